import { rule } from "../../src/rules/non-negative-amounts";
import { run } from "./harness";
import { coded, summary, threePublic } from "./models";

test("passes when amounts are zero or positive, and a negative 结余分配 is allowed", () => {
  const t1 = summary({ incomeTotal: "2,912.86", balanceDistribution: "-3.00" });
  const t3 = coded("expenditure", [["", "合计", "10.00", "10.00", "0.00", null, null, null]]);
  expect(run(rule, [t1, t3])).toEqual([]);
});

test("warns on a negative expenditure and a negative 三公 决算数", () => {
  const t3 = coded("expenditure", [["205", "教育支出", "-10.00", "-10.00", "0.00", null, null, null]]);
  const t9 = threePublic(["1.00", "0.00", "0.00", "0.00", "0.00", "1.00"], ["-1.00", "0.00", "0.00", "0.00", "0.00", "1.00"]);
  expect(run(rule, [t3, t9])).toEqual([
    { rule: "non-negative-amounts", severity: "warning", cell: "expenditure!C6", expected: "≥0.00", actual: "-10.00" },
    { rule: "non-negative-amounts", severity: "warning", cell: "expenditure!D6", expected: "≥0.00", actual: "-10.00" },
    { rule: "non-negative-amounts", severity: "warning", cell: "T9!A8", expected: "≥0.00", actual: "-1.00" },
  ]);
});
