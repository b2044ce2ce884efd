import type { ProfileNote, Report, TableSummary } from "./report-model";
import { DEFAULT_SETTINGS } from "./report-model";
import { runRules } from "../rules/shared/engine";
import { RULES } from "../rules/shared/registry";
import type { Finding, RuleSettings, Severity } from "../rules/shared/types";
import { recognize } from "../tables";
import { labelOperands } from "./operand-labels";
import type { Recognition, TableModel } from "../tables/types";
import type { WorkbookSnapshot } from "../workbook/types";
import { chooseProfile, type ProfileChoice } from "../profiles/guess";
import { dropRepeats, linkCauses } from "./causes";

export { runRules } from "../rules/shared/engine";

export const NO_TABLE_NOTE = "未识别到部门决算表 / no standard final-accounts table found";

/** The recognized table models next to the report, so that callers (--explain) need not recognize twice. */
export interface Analysis {
  recognition: Recognition;
  report: Report;
  /** the profile the rules used (chosen in settings, or guessed). */
  profile: ProfileChoice;
}

/** Recognize the standard tables of a workbook and run every enabled rule on them. */
export function analyze(snapshot: WorkbookSnapshot, settings: Partial<RuleSettings> = {}, onStep?: (step: "recognizing" | "checking") => void): Analysis {
  onStep?.("recognizing");
  const recognition = recognize(snapshot);
  const profile = chooseProfile(settings.profile, recognition.tables, recognition.facts);
  const full: RuleSettings = {
    ...DEFAULT_SETTINGS,
    ...settings,
    disabled: settings.disabled ?? DEFAULT_SETTINGS.disabled,
    profile: profile.profile,
  };
  onStep?.("checking");
  const findings = runRules(recognition.tables, full, RULES, recognition.facts);
  labelOperands(findings, snapshot, recognition.tables.filter((t) => t.transposed));
  const report = buildReport(recognition.tables, findings, recognition.unrecognized);
  report.profile = profileNote(profile);
  if (recognition.tables.length > 0) report.notes.push(profileLine(report.profile));
  if (recognition.facts) report.sheets = [...recognition.facts.sheets];
  return { recognition, report, profile };
}

/** The report of analyze(). */
export function validate(snapshot: WorkbookSnapshot, settings: Partial<RuleSettings> = {}): Report {
  return analyze(snapshot, settings).report;
}

function profileNote(choice: ProfileChoice): ProfileNote {
  const { profile } = choice;
  return { id: profile.id, name: profile.name.zh, nameEn: profile.name.en, guessed: choice.guessed, reason: choice.reason, reasonEn: choice.reasonEn };
}

/** The report line saying which profile was used and why. */
export function profileLine(p: ProfileNote): string {
  const how = p.guessed ? "自动判断" : "已指定";
  const howEn = p.guessed ? "guessed" : "chosen";
  return `地区口径：${p.name}（${how}：${p.reason}） / profile: ${p.nameEn} (${howEn}: ${p.reasonEn})`;
}

/** Counts per severity, leaving out findings that follow from another (they carry `cause`). */
export function countFindings(findings: Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.cause) summary[f.severity]++;
  return summary;
}

export function buildReport(tables: TableModel[], raw: Report["findings"], unrecognized: Report["unrecognized"] = []): Report {
  const findings = linkCauses(dropRepeats(raw));
  const notes: string[] = [];
  if (tables.length === 0) notes.push(NO_TABLE_NOTE);
  for (const t of tables) if (t.transposed) notes.push(transposedLine(t));
  return {
    tables: tables.map(summarize),
    findings,
    summary: countFindings(findings),
    caused: findings.filter((f) => f.cause).length,
    unrecognized,
    notes,
  };
}

function summarize(t: TableModel): TableSummary {
  const name = t.kind === "perf-project" ? t.projectName.text : t.kind === "perf-overall" ? t.unitName?.text : undefined;
  return { kind: t.kind, sheet: t.sheet, range: t.range, title: t.title, ...(name ? { name } : {}), ...(t.transposed ? { transposed: true as const } : {}) };
}

/** The report line saying a table was read with rows and columns swapped (its cells are named as on the sheet). */
export function transposedLine(t: Pick<TableModel, "title" | "sheet" | "range">): string {
  return `转置布局：“${t.title}”（${t.sheet}!${t.range}）的项目横排、栏目竖排，已按行列互换识别 / transposed layout: "${t.title}" (${t.sheet}!${t.range}) has its items across and its columns down; read with rows and columns swapped`;
}
