/** --report 审核报告.xlsx|.md: the 审核结果 sheet in a copy of the workbook, or the same as Markdown. */
import { writeFile } from "fs/promises";
import * as path from "path";
import { RULES } from "../rules/shared/registry";
import type { RuleMeta } from "../rules/shared/types";
import { settingsLines, type ReviewConfig } from "../review/config";
import { reportMarkdown } from "../review/report-markdown";
import { reportSheet } from "../review/report-sheet";
import { review, type Waiver } from "../review/waivers";
import { workbookFacts } from "../review/workbook-facts";
import type { Report } from "../validation/report-model";
import type { WorkbookSnapshot } from "../workbook/types";
import { packageVersion } from "./version";
import { UsageError } from "./args";
import { writeCopyWithSheets } from "./write-copy";

const RULE_META: ReadonlyMap<string, RuleMeta> = new Map(RULES.map(({ meta }) => [meta.id, meta]));

export function checkReportTarget(target: string, input: string): void {
  if (!/\.(xlsx|md)$/i.test(target)) throw new UsageError(`--report 只能是 .xlsx 或 .md：${target} / --report must be .xlsx or .md: ${target}`);
  if (path.resolve(target) === path.resolve(input)) throw new UsageError("输出文件不能是被检查的工作簿本身 / the output file must not be the checked workbook itself");
}

/** Writes the report; returns the note for stderr. */
export async function writeReport(target: string, input: string, snapshot: WorkbookSnapshot, report: Report, waivers: Waiver[], config: ReviewConfig, now = new Date()): Promise<string> {
  const meta = {
    workbook: path.basename(input),
    ...workbookFacts(snapshot),
    profile: config.profile || "财政部通用",
    checkedAt: now,
    version: packageVersion(),
    settings: settingsLines(config, report.profile?.id),
  };
  const reviewed = review(report.findings, waivers);
  if (/\.md$/i.test(target)) await writeFile(target, reportMarkdown(report, reviewed, meta, RULE_META), "utf8");
  else await writeCopyWithSheets(input, target, [reportSheet(report, reviewed, meta, RULE_META)]);
  return `已写入审核报告 / review report written: ${target}`;
}
