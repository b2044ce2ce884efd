import { rule } from "../../src/rules/perf-overall-vs-summary";
import { run } from "./harness";
import { overall, summary } from "./models";

test("passes when 合计 执行 = T1 本年支出合计 (seed 2,902.41)", () => {
  expect(run(rule, [overall({ total: ["1,937.64", "2,971.92", "2,902.41"] }), summary({ expenseTotal: "2,902.41" })])).toEqual([]);
});

test("warns when they differ", () => {
  expect(run(rule, [overall({ total: ["1,937.64", "2,971.92", "2,900.41"] }), summary({ expenseTotal: "2,902.41" })])).toEqual([
    { rule: "perf-overall-vs-summary", severity: "warning", cell: "整体!E9", expected: "2,902.41", actual: "2,900.41" },
  ]);
});
