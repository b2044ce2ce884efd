/**
 * Groups a report's findings by the table holding their cell (each of 16 stacked 项目表 on its own),
 * then by severity, error first. The one grouping the CLI's reports and the task pane share.
 */
import type { Report, TableSummary } from "./report-model";
import { SEVERITIES, type Finding, type Severity } from "../rules/shared/types";
import { parseA1 } from "../workbook/address";

export interface FindingGroup {
  /** undefined for findings outside every recognized table (e.g. --narrative's, on text lines). */
  table?: TableSummary;
  /** the findings' sheet (or text file) when outside every table. */
  sheet: string;
  /** findings without a `cause`, by severity; those with one are under their cause in `caused`. */
  bySeverity: { severity: Severity; findings: Finding[] }[];
  /** the findings that follow from a listed finding, shown under it (not counted again). */
  caused: Map<Finding, Finding[]>;
  /** this table's 尾差 (tail differences), shown under one heading, each cell kept (also in bySeverity info). */
  tails: Finding[];
}

/** A 尾差: an info finding whose difference is inside the rounding tolerance. */
export function isTail(finding: Finding): boolean {
  return finding.severity === "info" && finding.message.includes("尾差");
}

const causeKey = (c: { sheet: string; cell: string; rule: string }) => `${c.rule}\u0000${c.sheet}\u0000${c.cell}`;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function rangeBox(range: string): Box | undefined {
  try {
    const [from, to = from] = range.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  } catch {
    return undefined;
  }
}

/** The table whose range contains the finding's cell; failing that, the first of its kind on the sheet. */
function owningTable(finding: Finding, tables: { table: TableSummary; box?: Box }[]): TableSummary | undefined {
  let position: { row: number; col: number } | undefined;
  try {
    position = parseA1(finding.cell);
  } catch {
    position = undefined;
  }
  const onSheet = tables.filter(({ table }) => table.sheet === finding.sheet);
  const containing = position
    ? onSheet.find(({ box }) => box && position!.row >= box.top && position!.row <= box.bottom && position!.col >= box.left && position!.col <= box.right)
    : undefined;
  return (containing ?? onSheet.find(({ table }) => table.kind === finding.table))?.table;
}

/**
 * Groups in the report's table order; findings outside every table come last, by sheet. Only the
 * severities in `shown` (all by default) are kept, and a group left empty is dropped.
 */
export function groupFindings(report: Report, shown: ReadonlySet<Severity> = new Set(SEVERITIES)): FindingGroup[] {
  const tables = report.tables.map((table) => ({ table, box: rangeBox(table.range) }));
  const buckets = new Map<TableSummary | string, Finding[]>();
  const roots = new Map<string, Finding>();
  for (const finding of report.findings) if (!finding.cause) roots.set(causeKey(finding), finding);
  const causedBy = new Map<Finding, Finding[]>();
  for (const finding of report.findings) {
    const root = finding.cause && roots.get(causeKey(finding.cause));
    if (!root || !shown.has(finding.severity) || !shown.has(root.severity)) continue;
    causedBy.set(root, [...(causedBy.get(root) ?? []), finding]);
  }
  for (const finding of report.findings) {
    if (!shown.has(finding.severity)) continue;
    // a caused finding is shown under its cause, unless its cause is unknown here
    const root = finding.cause && roots.get(causeKey(finding.cause));
    if (root && shown.has(root.severity)) continue;
    const key = owningTable(finding, tables) ?? finding.sheet;
    const bucket = buckets.get(key) ?? [];
    bucket.push(finding);
    buckets.set(key, bucket);
  }
  const order = [...report.tables, ...[...buckets.keys()].filter((key): key is string => typeof key === "string")];
  return order
    .filter((key) => buckets.has(key))
    .map((key) => {
      const findings = buckets.get(key)!;
      const caused = new Map<Finding, Finding[]>();
      for (const f of findings) if (causedBy.has(f)) caused.set(f, causedBy.get(f)!);
      return {
        table: typeof key === "string" ? undefined : key,
        sheet: typeof key === "string" ? key : key.sheet,
        caused,
        tails: findings.filter(isTail),
        bySeverity: SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
          (group) => group.findings.length > 0,
        ),
      };
    });
}
