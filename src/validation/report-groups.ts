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

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rows and columns an A1 range covers; undefined when it is not a range. */
export function rangeBox(range: string): Box | undefined {
  try {
    const [from, to = from] = range.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  } catch {
    return undefined;
  }
}

export function inBox(box: Box, at: { row: number; col: number }): boolean {
  return at.row >= box.top && at.row <= box.bottom && at.col >= box.left && at.col <= box.right;
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
    ? onSheet.find(({ box }) => box && inBox(box, position!))
    : undefined;
  return (containing ?? onSheet.find(({ table }) => table.kind === finding.table))?.table;
}

/**
 * Which kept findings sit under their cause: a finding with a `cause` is nested under it when that
 * cause is itself kept (otherwise it stands on its own, so a filter never hides it).
 */
export function causeLinks(findings: Finding[], keep: (f: Finding) => boolean): { causedBy: Map<Finding, Finding[]>; nested: (f: Finding) => boolean } {
  const roots = new Map<string, Finding>();
  for (const finding of findings) if (!finding.cause) roots.set(causeKey(finding), finding);
  const causedBy = new Map<Finding, Finding[]>();
  const under = new Set<Finding>();
  for (const finding of findings) {
    const root = finding.cause && roots.get(causeKey(finding.cause));
    if (!root || !keep(finding) || !keep(root)) continue;
    causedBy.set(root, [...(causedBy.get(root) ?? []), finding]);
    under.add(finding);
  }
  return { causedBy, nested: (f) => under.has(f) };
}

/**
 * Groups in the report's table order; findings outside every table come last, by sheet. Only the
 * severities in `shown` (all by default) are kept, and a group left empty is dropped.
 */
export function groupFindings(report: Report, shown: ReadonlySet<Severity> = new Set(SEVERITIES)): FindingGroup[] {
  const tables = report.tables.map((table) => ({ table, box: rangeBox(table.range) }));
  const buckets = new Map<TableSummary | string, Finding[]>();
  const { causedBy, nested } = causeLinks(report.findings, (f) => shown.has(f.severity));
  for (const finding of report.findings) {
    if (!shown.has(finding.severity)) continue;
    if (nested(finding)) continue;
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
  /** findings of this severity that pass the filter, not counting those nested under their cause. */
  count: number;
  groups: { table?: TableSummary; sheet: string; findings: Finding[]; caused: Map<Finding, Finding[]> }[];
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
  const passes = new Set(report.findings.filter((f) => matches(f, owners.get(f), filter, extraText)));
  const { causedBy, nested } = causeLinks(report.findings, (f) => passes.has(f));
  return SEVERITIES.map((severity) => {
    const kept = report.findings.filter((f) => f.severity === severity && passes.has(f) && !nested(f));
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
        caused: new Map(buckets.get(key)!.filter((f) => causedBy.has(f)).map((f) => [f, causedBy.get(f)!])),
      })),
    };
  }).filter((section) => section.count > 0);
}

/** The table each finding belongs to, for labels and filters (table boxes computed once). */
export function tableOwners(report: Report): Map<Finding, TableSummary | undefined> {
  const tables = report.tables.map((table) => ({ table, box: rangeBox(table.range) }));
  return new Map(report.findings.map((finding) => [finding, owningTable(finding, tables)]));
}
