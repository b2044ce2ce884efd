import { groupFindings, SEVERITIES } from "../../taskpane/grouping";
import type { Finding, Severity } from "../../src/rules/types";
import type { TableKind } from "../../src/tables/types";

function finding(rule: string, severity: Severity, table?: TableKind): Finding {
  return { rule, severity, table, sheet: "表", cell: "A1", related: [], message: rule, messageEn: rule, expected: "", actual: "" };
}

const findings = [
  finding("a", "info", "perf-project"),
  finding("b", "error", "summary"),
  finding("c", "warning", undefined),
  finding("d", "error", "perf-project"),
  finding("e", "warning", "summary"),
  finding("f", "error", "income"),
  finding("g", "error", "perf-project"),
];

describe("groupFindings", () => {
  test("groups by table in the report's order, then error → warning → info, unassigned last", () => {
    const groups = groupFindings(findings, new Set(SEVERITIES), ["summary", "perf-project"]);
    expect(groups.map((g) => g.table)).toEqual(["summary", "perf-project", "income", undefined]);
    const project = groups[1];
    expect(project.count).toBe(3);
    expect(project.severities.map((s) => [s.severity, s.findings.map((f) => f.rule)])).toEqual([
      ["error", ["d", "g"]],
      ["info", ["a"]],
    ]);
  });

  test("the severity filter hides findings and empty tables", () => {
    const groups = groupFindings(findings, new Set<Severity>(["warning"]), ["summary"]);
    expect(groups.map((g) => [g.table, g.count])).toEqual([
      ["summary", 1],
      [undefined, 1],
    ]);
    expect(groupFindings(findings, new Set(), [])).toEqual([]);
  });
});
