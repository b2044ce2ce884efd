import { rule } from "../../src/rules/perf-equal-target";
import { run } from "./harness";
import { overall } from "./models";

test("passes when an = target is met exactly", () => {
  expect(run(rule, [overall({ indicators: [{ weight: 10, target: "=100%", actual: "100%", score: "10" }] })])).toEqual([]);
});

test("seed: =85% with 100% actual is a warning on the actual cell", () => {
  expect(run(rule, [overall({ indicators: [{ weight: 10, target: "=85%", actual: "100%", score: "10" }] })])).toEqual([
    { rule: "perf-equal-target", severity: "warning", cell: "整体!F13", expected: "=85%", actual: "100%" },
  ]);
});
