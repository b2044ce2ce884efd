import { rule } from "../../src/rules/perf-local-vs-fiscal";
import { run } from "./harness";
import { fiscal, overall } from "./models";

const t4 = fiscal({ expenseTotal: ["2,349.21", "2,349.21", "0.00", "0.00"] });

test("passes when 本级资金 执行 = T4 本年支出合计 (seed 2,349.21)", () => {
  expect(run(rule, [overall({ local: ["1,326.66", "2,350.27", "2,349.21"] }), t4])).toEqual([]);
});

test("warns when they differ", () => {
  expect(run(rule, [overall({ local: ["1,326.66", "2,350.27", "2,350.27"] }), t4])).toEqual([
    { rule: "perf-local-vs-fiscal", severity: "warning", cell: "整体!E7", expected: "2,349.21", actual: "2,350.27" },
  ]);
});
