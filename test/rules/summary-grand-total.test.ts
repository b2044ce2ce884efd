import { rule } from "../../src/rules/summary-grand-total";
import { run } from "./harness";
import { summary } from "./models";

const seed = {
  incomeTotal: "2,912.86",
  useNonFiscalBalance: "0.00",
  openingBalance: "58.00",
  incomeGrandTotal: "2,970.86",
  expenseTotal: "2,902.41",
  balanceDistribution: "0.00",
  closingBalance: "68.45",
  expenseGrandTotal: "2,970.86",
};

test("passes on the seed's totals", () => {
  expect(run(rule, [summary(seed)])).toEqual([]);
});

test("reports a wrong 支出总计 both as a composition and as unequal to 收入总计", () => {
  expect(run(rule, [summary({ ...seed, expenseGrandTotal: "2,980.86" })])).toEqual([
    { rule: "summary-grand-total", severity: "error", cell: "T1!B13", expected: "2,970.86", actual: "2,980.86" },
    { rule: "summary-grand-total", severity: "error", cell: "T1!B13", expected: "2,970.86", actual: "2,980.86" },
  ]);
});

test("reports a wrong 收入总计 on its cell", () => {
  const findings = run(rule, [summary({ ...seed, incomeGrandTotal: "2,960.86", expenseGrandTotal: "2,960.86" })]);
  expect(findings).toEqual([
    { rule: "summary-grand-total", severity: "error", cell: "T1!B9", expected: "2,970.86", actual: "2,960.86" },
    { rule: "summary-grand-total", severity: "error", cell: "T1!B13", expected: "2,970.86", actual: "2,960.86" },
  ]);
});
