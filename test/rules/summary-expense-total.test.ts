import { rule } from "../../src/rules/summary-expense-total";
import { runFull, run } from "./harness";
import { summary } from "./models";

const classes: [string, string][] = [
  ["教育支出", "2,090.41"],
  ["城乡社区支出", "799.00"],
  ["灾害防治及应急管理支出", "3.00"],
  ["其他支出", "10.00"],
];

test("passes when 本年支出合计 equals Σ 类", () => {
  expect(run(rule, [summary({ expenseTotal: "2,902.41" }, classes)])).toEqual([]);
});

test("reports a wrong 本年支出合计 with the class cells as operands", () => {
  const t = summary({ expenseTotal: "2,903.41" }, classes);
  expect(run(rule, [t])).toEqual([
    { rule: "summary-expense-total", severity: "error", cell: "T1!B6", expected: "2,902.41", actual: "2,903.41" },
  ]);
  expect(runFull(rule, [t])[0].related).toEqual(["T1!B7", "T1!B8", "T1!B9", "T1!B10"]);
});
