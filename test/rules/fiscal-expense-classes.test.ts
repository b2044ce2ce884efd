import { rule } from "../../src/rules/fiscal-expense-classes";
import { run } from "./harness";
import { fiscal } from "./models";

test("passes when each column's 本年支出合计 is the sum of its 类 rows", () => {
  const t4 = fiscal({ expenseTotal: ["2,336.21", "2,336.21", "0.00", "0.00"] }, [
    ["教育支出", ["1,537.21", "1,537.21", "0.00", "0.00"]],
    ["城乡社区支出", ["799.00", "799.00", "0.00", "0.00"]],
  ]);
  expect(run(rule, [t4])).toEqual([]);
});

test("reports the fund column whose total misses a 类", () => {
  const t4 = fiscal({ expenseTotal: ["2,336.21", "2,346.21", "0.00", "0.00"] }, [
    ["教育支出", ["1,537.21", "1,537.21", "0.00", "0.00"]],
    ["城乡社区支出", ["799.00", "799.00", "0.00", "0.00"]],
  ]);
  expect(run(rule, [t4])).toEqual([{ rule: "fiscal-expense-classes", severity: "error", cell: "T4!C6", expected: "2,336.21", actual: "2,346.21" }]);
});
