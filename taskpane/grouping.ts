/** Orders findings for the pane: by table (in the report's table order), then by severity. */
import type { Finding, Severity } from "../src/rules/types";
import type { TableKind } from "../src/tables/types";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface TableGroup {
  /** undefined: findings that name no table. */
  table: TableKind | undefined;
  count: number;
  severities: SeverityGroup[];
}

/**
 * Groups the findings whose severity is shown. Tables come in `tableOrder` (the order the report
 * recognized them), unknown tables after them in first-seen order, findings without a table last.
 */
export function groupFindings(findings: Finding[], shown: ReadonlySet<Severity>, tableOrder: TableKind[] = []): TableGroup[] {
  const groups = new Map<TableKind | undefined, Map<Severity, Finding[]>>();
  for (const finding of findings) {
    if (!shown.has(finding.severity)) continue;
    let bySeverity = groups.get(finding.table);
    if (!bySeverity) groups.set(finding.table, (bySeverity = new Map()));
    const list = bySeverity.get(finding.severity);
    if (list) list.push(finding);
    else bySeverity.set(finding.severity, [finding]);
  }
  const rank = (table: TableKind | undefined): number => {
    if (table === undefined) return Number.MAX_SAFE_INTEGER;
    const index = tableOrder.indexOf(table);
    return index < 0 ? tableOrder.length : index;
  };
  // Map keeps first-seen order, and Array.prototype.sort is stable: ties keep that order.
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([table, bySeverity]) => {
      const severities = SEVERITIES.filter((s) => bySeverity.has(s)).map((severity) => ({
        severity,
        findings: bySeverity.get(severity) as Finding[],
      }));
      return { table, count: severities.reduce((n, g) => n + g.findings.length, 0), severities };
    });
}
