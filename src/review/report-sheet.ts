/** The 审核结果 sheet: the summary block, then one row per finding with a link to its cell. */
import type { RuleMeta } from "../rules/shared/types";
import type { Report } from "../validation/report-model";
import { generatedTitle, type GeneratedCell, type GeneratedSheet } from "../workbook/generated";
import { qualified } from "../workbook/address";
import { reportLines, SEVERITY_WORDS, STATUS_WORDS, summaryPairs, type ReviewMeta } from "./report-rows";
import type { ReviewedFinding } from "./waivers";

export const REPORT_SHEET = "审核结果";
/** A1 of the sheet: the identity by which a host knows the sheet is the add-in's to regenerate (workbook/generated). */
export const REPORT_TITLE = generatedTitle(REPORT_SHEET);

const HEADER = ["序号", "严重程度", "状态", "表", "单元格", "审核公式", "规则", "问题", "应为", "实际", "现场数据", "出错说明"];

/** =HYPERLINK("#'表'!A1","表!A1"): a click in Excel or WPS jumps to the cell. */
function linkCell(sheet: string, cell: string): GeneratedCell {
  const target = `#${qualified(sheet, cell)}`.replace(/"/g, '""');
  const text = `${sheet}!${cell}`;
  return { formula: `=HYPERLINK("${target}","${text.replace(/"/g, '""')}")`, result: text };
}

export function reportSheet(report: Report, reviewed: readonly ReviewedFinding[], meta: ReviewMeta, rules: ReadonlyMap<string, RuleMeta>): GeneratedSheet {
  const rows: GeneratedCell[][] = [[{ value: REPORT_TITLE, bold: true }]];
  for (const [label, value] of summaryPairs(meta, reviewed)) rows.push([{ value: label, bold: true }, { value }]);
  rows.push([]);
  rows.push(HEADER.map((value) => ({ value, bold: true })));
  for (const line of reportLines(report, reviewed, rules)) {
    rows.push([
      { value: line.index },
      { value: SEVERITY_WORDS[line.severity] },
      { value: STATUS_WORDS[line.status] },
      { value: line.table },
      linkCell(line.sheet, line.cell),
      { value: line.formula },
      { value: line.title },
      { value: line.message },
      { value: line.expected },
      { value: line.actual },
      { value: line.operands.join("\n") },
      { value: line.reason },
    ]);
  }
  return { name: REPORT_SHEET, rows, columnWidths: [6, 10, 12, 24, 18, 30, 24, 50, 12, 12, 50, 40] };
}
