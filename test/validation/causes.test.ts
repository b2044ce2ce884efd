import { dropRepeats, linkCauses } from "../../src/validation/causes";
import { buildReport } from "../../src/validation/validate";
import { groupFindings } from "../../src/validation/report-groups";
import type { Finding } from "../../src/rules/shared/types";

const finding = (rule: string, cell: string, related: string[], severity: Finding["severity"] = "error", message = rule): Finding => ({
  rule,
  severity,
  sheet: "T1",
  cell,
  related,
  message,
  messageEn: rule,
  expected: "1",
  actual: "2",
});

test("the same rule on the same cell is kept once; another rule on it stays", () => {
  const out = dropRepeats([finding("a", "C6", []), finding("a", "C6", ["T1!C7"]), finding("b", "C6", [])]);
  expect(out.map((f) => `${f.rule}@${f.cell}`)).toEqual(["a@C6", "b@C6"]);
});

test("a finding with a wrong figure among its operands points to it; the root has no cause; no cycles", () => {
  const root = finding("same", "C6", ["T4!C6"]);
  const total = finding("sum", "C14", ["T1!C6", "T1!C7"]);
  const mutualA = finding("x", "D1", ["T1!D2"]);
  const mutualB = finding("y", "D2", ["T1!D1"]);
  const out = linkCauses([root, total, mutualA, mutualB]);
  expect(out.map((f) => f.cause ?? null)).toEqual([null, { rule: "same", sheet: "T1", cell: "C6" }, expect.anything(), null]);
  expect(out.filter((f) => f.rule === "x" || f.rule === "y").filter((f) => f.cause)).toHaveLength(1);
});

test("caused findings are listed under their cause and not counted; tails of a table share one heading", () => {
  const report = buildReport(
    [],
    [
      finding("same", "C6", []),
      finding("sum", "C14", ["T1!C6"]),
      finding("tail1", "C8", [], "info", "合计差0.01（尾差，在四舍五入容差内）"),
      finding("tail2", "C9", [], "info", "合计差0.01（尾差，在四舍五入容差内）"),
    ],
  );
  expect(report.summary).toEqual({ error: 1, warning: 0, info: 2 });
  expect(report.caused).toBe(1);
  const [group] = groupFindings(report);
  expect(group.bySeverity.map((g) => [g.severity, g.findings.map((f) => f.rule)])).toEqual([
    ["error", ["same"]],
    ["info", ["tail1", "tail2"]],
  ]);
  expect([...group.caused.entries()].map(([root, list]) => [root.rule, list.map((f) => f.rule)])).toEqual([["same", ["sum"]]]);
  expect(group.tails.map((f) => f.cell)).toEqual(["C8", "C9"]);
  // with errors hidden, the caused error shows on its own rather than vanishing
  const shown = groupFindings(report, new Set(["info"] as const));
  expect(shown.flatMap((g) => g.bySeverity.flatMap((s) => s.findings.map((f) => f.rule)))).toEqual(["tail1", "tail2"]);
});
