import { rule } from "../../src/rules/fiscal-grand-total";
import { run } from "./harness";
import { fiscal } from "./models";

const lines = (expenseGrand: string) => ({
  incomeTotal: "2,349.21",
  openingBalance: "0.00",
  incomeGrandTotal: "2,349.21",
  expenseTotal: ["2,349.21", "2,349.21", "0.00", "0.00"] as [string, string, string, string],
  closingBalance: ["0.00", "0.00", "0.00", "0.00"] as [string, string, string, string],
  expenseGrandTotal: expenseGrand,
});

test("passes on the seed's T4 totals", () => {
  expect(run(rule, [fiscal(lines("2,349.21"))])).toEqual([]);
});

test("reports a 支出总计 that is neither 本年支出 + 年末 nor 收入总计", () => {
  expect(run(rule, [fiscal(lines("2,394.21"))])).toEqual([
    { rule: "fiscal-grand-total", severity: "error", cell: "T4!B11", expected: "2,349.21", actual: "2,394.21" },
    { rule: "fiscal-grand-total", severity: "error", cell: "T4!B11", expected: "2,349.21", actual: "2,394.21" },
  ]);
});
