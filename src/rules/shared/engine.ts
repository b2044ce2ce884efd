import { parseA1 } from "../../workbook/address";
import type { TableKind, TableModel } from "../../tables/types";
import type { WorkbookFacts } from "../../tables/workbook-facts";
import { RULES } from "./registry";
import { SEVERITIES, type Finding, type Rule, type RuleSettings } from "./types";

/** Table kinds in the order findings are listed: T1 … T9, then the 绩效 tables. */
export const TABLE_ORDER: TableKind[] = [
  "summary",
  "income",
  "expenditure",
  "fiscal-summary",
  "gpb-expenditure",
  "gpb-basic",
  "gov-fund",
  "soe-capital",
  "three-public",
  "perf-overall",
  "perf-project",
];

/** Runs every enabled rule; a rule that throws becomes a finding rather than ending the run. */
export function runRules(tables: TableModel[], settings: RuleSettings, rules: readonly Rule[] = RULES, facts?: WorkbookFacts): Finding[] {
  const disabled = new Set(settings.disabled);
  const context = { tables, settings, facts };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.meta.id)) continue;
    try {
      findings.push(...rule.check(context));
    } catch (e) {
      const first = tables[0];
      findings.push({
        rule: rule.meta.id,
        severity: "warning",
        sheet: first?.sheet ?? "",
        cell: first?.range.split(":")[0] ?? "A1",
        related: [],
        message: `规则“${rule.meta.title}”未能完成检查：${(e as Error).message}`,
        messageEn: `rule "${rule.meta.titleEn}" could not finish: ${(e as Error).message}`,
        expected: "",
        actual: "",
      });
    }
  }
  return sortFindings(findings, tables);
}

/** Deterministic order: table kind, sheet (as first met), row, column, then rule and severity. */
export function sortFindings(findings: Finding[], tables: TableModel[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const keyed = findings.map((f) => {
    let pos = { row: 0, col: 0 };
    try {
      pos = parseA1(f.cell);
    } catch {
      // an unaddressable cell sorts first
    }
    const kind = f.table ? TABLE_ORDER.indexOf(f.table) : TABLE_ORDER.length;
    return { f, kind, sheet: sheetOrder.get(f.sheet) ?? sheetOrder.size, ...pos };
  });
  keyed.sort(
    (a, b) =>
      a.kind - b.kind ||
      a.sheet - b.sheet ||
      (a.sheet === sheetOrder.size ? a.f.sheet.localeCompare(b.f.sheet) : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      a.f.rule.localeCompare(b.f.rule) ||
      SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) ||
      a.f.message.localeCompare(b.f.message),
  );
  return keyed.map((k) => k.f);
}
