import type { Report, TableSummary } from "./report-model";
import { DEFAULT_SETTINGS } from "./report-model";
import { runRules } from "../rules/shared/engine";
import type { RuleSettings, Severity } from "../rules/shared/types";
import { recognize } from "../tables";
import { labelOperands } from "./operand-labels";
import type { Recognition, TableModel } from "../tables/types";
import type { WorkbookSnapshot } from "../workbook/types";

export { runRules } from "../rules/shared/engine";

export const NO_TABLE_NOTE = "未找到任何标准决算表 / no standard table found";

/** The recognized table models next to the report, so that callers (--explain) need not recognize twice. */
export interface Analysis {
  recognition: Recognition;
  report: Report;
}

/** Recognize the standard tables of a workbook and run every enabled rule on them. */
export function analyze(snapshot: WorkbookSnapshot, settings: Partial<RuleSettings> = {}, onStep?: (step: "recognizing" | "checking") => void): Analysis {
  onStep?.("recognizing");
  const recognition = recognize(snapshot);
  onStep?.("checking");
  const full: RuleSettings = { ...DEFAULT_SETTINGS, ...settings, disabled: settings.disabled ?? DEFAULT_SETTINGS.disabled };
  const findings = runRules(recognition.tables, full);
  labelOperands(findings, snapshot);
  return { recognition, report: buildReport(recognition.tables, findings, recognition.unrecognized) };
}

/** The report of analyze(). */
export function validate(snapshot: WorkbookSnapshot, settings: Partial<RuleSettings> = {}): Report {
  return analyze(snapshot, settings).report;
}

export function buildReport(tables: TableModel[], findings: Report["findings"], unrecognized: Report["unrecognized"] = []): Report {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  const notes: string[] = [];
  if (tables.length === 0) notes.push(NO_TABLE_NOTE);
  return {
    tables: tables.map(summarize),
    findings,
    summary,
    unrecognized,
    notes,
  };
}

function summarize(t: TableModel): TableSummary {
  const name = t.kind === "perf-project" ? t.projectName.text : t.kind === "perf-overall" ? t.unitName?.text : undefined;
  return { kind: t.kind, sheet: t.sheet, range: t.range, title: t.title, ...(name ? { name } : {}) };
}
