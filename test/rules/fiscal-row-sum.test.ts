import { rule } from "../../src/rules/fiscal-row-sum";
import { run } from "./harness";
import { fiscal } from "./models";

test("passes when each T4 row's 合计 is the sum of the three funds", () => {
  const t4 = fiscal(
    { gpbIncome: "2,349.21", govFundIncome: "0.00", soeIncome: "0.00", incomeTotal: "2,349.21", expenseTotal: ["2,349.21", "2,349.21", "0.00", "0.00"] },
    [["教育支出", ["1,537.21", "1,537.21", null, null]]],
  );
  expect(run(rule, [t4])).toEqual([]);
});

test("reports a 类 whose 合计 is not the sum of its fund columns", () => {
  const t4 = fiscal({ expenseTotal: ["2,349.21", "2,349.21", "0.00", "0.00"] }, [["城乡社区支出", ["809.00", "799.00", "0.00", null]]]);
  expect(run(rule, [t4])).toEqual([
    { rule: "fiscal-row-sum", severity: "error", cell: "T4!B7", expected: "799.00", actual: "809.00" },
  ]);
});

test("reports a wrong 本年收入合计", () => {
  const t4 = fiscal({ gpbIncome: "2,349.21", govFundIncome: "1.00", soeIncome: "0.00", incomeTotal: "2,349.21" });
  expect(run(rule, [t4])).toEqual([
    { rule: "fiscal-row-sum", severity: "error", cell: "T4!B9", expected: "2,350.21", actual: "2,349.21" },
  ]);
});
