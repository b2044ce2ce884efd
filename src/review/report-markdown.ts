/** The 审核报告 as Markdown: the same content as the 审核结果 sheet; every workbook string escaped. */
import type { RuleMeta } from "../rules/shared/types";
import type { Report } from "../validation/report-model";
import { reportLines, SEVERITY_WORDS, STATUS_WORDS, summaryPairs, type ReviewMeta } from "./report-rows";
import type { ReviewedFinding } from "./waivers";

/** Text in a table cell: Markdown and HTML metacharacters escaped, line breaks as <br>. */
export function mdCell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]()#+!|~-])/g, "\\$1")
    .replace(/\r?\n/g, "<br>");
}

export function reportMarkdown(report: Report, reviewed: readonly ReviewedFinding[], meta: ReviewMeta, rules: ReadonlyMap<string, RuleMeta>): string {
  const out = ["# 审核报告", "", "| 项目 | 内容 |", "|---|---|"];
  for (const [label, value] of summaryPairs(meta, reviewed)) out.push(`| ${mdCell(label)} | ${mdCell(value)} |`);
  out.push("", "## 审核结果", "");
  const lines = reportLines(report, reviewed, rules);
  if (lines.length === 0) out.push("未发现问题。");
  else {
    out.push("| 序号 | 严重程度 | 状态 | 表 | 单元格 | 审核公式 | 问题 | 应为 | 实际 | 现场数据 | 出错说明 |", "|---|---|---|---|---|---|---|---|---|---|---|");
    for (const l of lines) {
      const cells = [String(l.index), SEVERITY_WORDS[l.severity], STATUS_WORDS[l.status], l.table, `${l.sheet}!${l.cell}`, l.formula, l.message, l.expected, l.actual, l.operands.join("\n"), l.reason];
      out.push(`| ${cells.map(mdCell).join(" | ")} |`);
    }
  }
  return out.join("\n") + "\n";
}
