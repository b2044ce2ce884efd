import { groupFindings } from "../../src/validation/report-groups";
import type { Report } from "../../src/validation/report-model";
import type { Finding, Severity } from "../../src/rules/shared/types";

function finding(rule: string, severity: Severity, sheet: string, cell: string): Finding {
  return { rule, severity, sheet, cell, related: [], message: rule, messageEn: rule, expected: "", actual: "" };
}

// two 项目表 stacked on one sheet, a T1 on another, and a finding on a line of a 说明 text
const report: Report = {
  tables: [
    { kind: "summary", sheet: "总表", range: "A1:F32", title: "收入支出决算总表" },
    { kind: "perf-project", sheet: "绩效", range: "A1:N20", title: "项目支出绩效自评表", name: "甲项目" },
    { kind: "perf-project", sheet: "绩效", range: "A22:N41", title: "项目支出绩效自评表", name: "乙项目" },
  ],
  findings: [
    finding("a", "info", "绩效", "H30"),
    finding("b", "error", "总表", "C29"),
    finding("c", "warning", "说明.txt", "L38"),
    finding("d", "error", "绩效", "I5"),
    finding("e", "warning", "总表", "F32"),
    finding("g", "error", "绩效", "I25"),
  ],
  summary: { error: 3, warning: 2, info: 1 },
  unrecognized: [],
  notes: [],
};

test("groups by the table instance holding the cell, in report order, error → warning → info; text lines last", () => {
  const groups = groupFindings(report);
  expect(groups.map((g) => g.table?.name ?? g.table?.kind ?? g.sheet)).toEqual(["summary", "甲项目", "乙项目", "说明.txt"]);
  expect(groups[0].bySeverity.map((s) => [s.severity, s.findings.map((f) => f.rule)])).toEqual([
    ["error", ["b"]],
    ["warning", ["e"]],
  ]);
  expect(groups[2].bySeverity.map((s) => [s.severity, s.findings.map((f) => f.rule)])).toEqual([
    ["error", ["g"]],
    ["info", ["a"]],
  ]);
});

test("the severity filter keeps only what is shown and drops emptied groups", () => {
  const groups = groupFindings(report, new Set<Severity>(["warning"]));
  expect(groups.map((g) => [g.sheet, g.bySeverity.map((s) => s.findings.length)])).toEqual([
    ["总表", [1]],
    ["说明.txt", [1]],
  ]);
  expect(groupFindings(report, new Set())).toEqual([]);
});
