import type { TableModel } from "../../src/tables/types";
import type { Finding, Rule, RuleSettings } from "../../src/rules/shared/types";
import { DEFAULT_SETTINGS } from "../../src/validation/report-model";

export interface Brief {
  rule: string;
  severity: Finding["severity"];
  cell: string;
  expected: string;
  actual: string;
}

/** Runs one rule and returns its findings in brief; every message must be fully filled. */
export function run(rule: Rule, tables: TableModel[], settings: Partial<RuleSettings> = {}): Brief[] {
  const findings = rule.check({ tables, settings: { ...DEFAULT_SETTINGS, ...settings } });
  for (const f of findings) {
    expect(f.message).not.toMatch(/\{\{/);
    expect(f.messageEn).not.toMatch(/\{\{/);
    expect(f.rule).toBe(rule.meta.id);
  }
  return findings.map(({ rule: id, severity, sheet, cell, expected, actual }) => ({
    rule: id,
    severity,
    cell: `${sheet}!${cell}`,
    expected,
    actual,
  }));
}

/** Full findings, for related-cell assertions. */
export function runFull(rule: Rule, tables: TableModel[], settings: Partial<RuleSettings> = {}): Finding[] {
  run(rule, tables, settings);
  return rule.check({ tables, settings: { ...DEFAULT_SETTINGS, ...settings } });
}
