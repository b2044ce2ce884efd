/** What checking one workbook gave the command: a report, or the reason the file could not be read. */
import type { Report } from "../validation/report-model";
import type { Finding, Severity } from "../rules/shared/types";
import type { TableModel } from "../tables/types";
import type { WorkbookSnapshot } from "../workbook/types";
import type { Waiver } from "../review/waivers";

export interface FileOutcome {
  /** the path as the user gave it (or as joined from the folder). */
  file: string;
  report?: Report;
  /** kept so the text formats can show the operands' values (现场数据). */
  snapshot?: WorkbookSnapshot;
  /** the recognized table models (reused by --explain / --narrative). */
  tables?: TableModel[];
  /** 出错说明 stored in the workbook by the pane. */
  waivers?: Waiver[];
  /** one line, Chinese then English, when the file is unusable. */
  error?: string;
}

/** 0 no error, 1 errors found, 2 unusable input or no standard table recognized. */
export function exitCodeOf(outcome: FileOutcome): 0 | 1 | 2 {
  if (outcome.error !== undefined || !outcome.report || outcome.report.tables.length === 0) return 2;
  return outcome.report.summary.error > 0 ? 1 : 0;
}

/** The line for a workbook without any standard table: what it did find instead (its sheet names). */
export function noTablesLine(outcome: FileOutcome): string | undefined {
  const report = outcome.report;
  if (!report || report.tables.length > 0) return undefined;
  const sheets = report.sheets ?? outcome.snapshot?.sheets.map((s) => s.name) ?? [];
  const list = sheets.length > 0 ? sheets.join("、") : "（无）";
  return `未识别到部门决算表；工作簿中的工作表：${list} / no final-accounts table recognized; sheets found: ${sheets.join(", ") || "(none)"}`;
}

/** A folder exits with its worst file's code (2 > 1 > 0), so scripts notice any problem. */
export function worstExitCode(outcomes: FileOutcome[]): 0 | 1 | 2 {
  return outcomes.reduce<0 | 1 | 2>((worst, outcome) => Math.max(worst, exitCodeOf(outcome)) as 0 | 1 | 2, 0);
}

/** The report with more findings (e.g. the 文表 findings of --narrative), summary recounted. */
export function withFindings(report: Report, extra: Finding[]): Report {
  const findings = [...report.findings, ...extra];
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (!finding.cause) summary[finding.severity]++;
  return { ...report, findings, summary };
}
