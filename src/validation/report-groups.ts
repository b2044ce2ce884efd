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
  bySeverity: { severity: Severity; findings: Finding[] }[];
}

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
  for (const finding of report.findings) {
    if (!shown.has(finding.severity)) continue;
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
      return {
        table: typeof key === "string" ? undefined : key,
        sheet: typeof key === "string" ? key : key.sheet,
        bySeverity: SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
          (group) => group.findings.length > 0,
        ),
      };
    });
}

/** What the pane's filters keep; an absent field keeps everything. */
export interface FindingFilter {
  severities?: ReadonlySet<Severity>;
  /** tableKey() of one table instance. */
  table?: string;
  rule?: string;
  sheet?: string;
  /** matched, case-insensitively, against the message (both languages), cell, operand labels and extraText. */
  search?: string;
}

/** One table instance's identity (two 项目表 on one sheet differ by range). */
export function tableKey(table: Pick<TableSummary, "sheet" | "range">): string {
  return `${table.sheet}!${table.range}`;
}

export interface SeveritySection {
  severity: Severity;
  /** findings of this severity that pass the filter. */
  count: number;
  groups: { table?: TableSummary; sheet: string; findings: Finding[] }[];
}

function matches(finding: Finding, owner: TableSummary | undefined, filter: FindingFilter, extraText?: (f: Finding) => string): boolean {
  if (filter.severities && !filter.severities.has(finding.severity)) return false;
  if (filter.rule && finding.rule !== filter.rule) return false;
  if (filter.sheet && finding.sheet !== filter.sheet) return false;
  if (filter.table && (!owner || tableKey(owner) !== filter.table)) return false;
  const needle = filter.search?.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [
    finding.message,
    finding.messageEn,
    `${finding.sheet}!${finding.cell}`,
    finding.expected,
    finding.actual,
    ...(finding.operands ?? []).map((o) => `${o.label} ${o.sheet}!${o.cell} ${o.value}`),
    extraText?.(finding) ?? "",
  ];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/**
 * The 审核结果 order: errors, then warnings, then info; within each, by table in the report's table
 * order (findings outside every table last, by sheet). Only sections with findings are returned.
 */
export function sectionsBySeverity(report: Report, filter: FindingFilter = {}, extraText?: (f: Finding) => string): SeveritySection[] {
  const tables = report.tables.map((table) => ({ table, box: rangeBox(table.range) }));
  const owners = new Map<Finding, TableSummary | undefined>();
  for (const finding of report.findings) owners.set(finding, owningTable(finding, tables));
  const tableRank = new Map(report.tables.map((t, i) => [t, i]));
  const rank = (key: TableSummary | string) => (typeof key === "string" ? report.tables.length : tableRank.get(key)!);
  return SEVERITIES.map((severity) => {
    const kept = report.findings.filter((f) => f.severity === severity && matches(f, owners.get(f), filter, extraText));
    const buckets = new Map<TableSummary | string, Finding[]>();
    for (const finding of kept) {
      const key = owners.get(finding) ?? finding.sheet;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(finding);
      else buckets.set(key, [finding]);
    }
    const keys = [...buckets.keys()].sort((a, b) => rank(a) - rank(b));
    return {
      severity,
      count: kept.length,
      groups: keys.map((key) => ({
        table: typeof key === "string" ? undefined : key,
        sheet: typeof key === "string" ? key : key.sheet,
        findings: buckets.get(key)!,
      })),
    };
  }).filter((section) => section.count > 0);
}

/** The table each finding belongs to, for labels and filters (table boxes computed once). */
export function tableOwners(report: Report): Map<Finding, TableSummary | undefined> {
  const tables = report.tables.map((table) => ({ table, box: rangeBox(table.range) }));
  return new Map(report.findings.map((finding) => [finding, owningTable(finding, tables)]));
}
