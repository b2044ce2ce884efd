import { rule } from "../../src/rules/summary-income-total";
import { run } from "./harness";
import { summary } from "./models";

// seed: 财政拨款收入 2,349.21 + 其他收入 563.65 = 本年收入合计 2,912.86
const lines = (total: string) => ({
  gpbIncome: "2,349.21",
  govFundIncome: null,
  soeIncome: null,
  superiorSubsidy: "0.00",
  businessIncome: "0.00",
  operatingIncome: "0.00",
  affiliatedIncome: "0.00",
  otherIncome: "563.65",
  incomeTotal: total,
});

test("passes when 本年收入合计 is the sum of the income rows", () => {
  expect(run(rule, [summary(lines("2,912.86"))])).toEqual([]);
});

test("reports a wrong 本年收入合计 on its own cell", () => {
  expect(run(rule, [summary(lines("2,921.86"))])).toEqual([
    { rule: "summary-income-total", severity: "error", cell: "T1!B14", expected: "2,912.86", actual: "2,921.86" },
  ]);
});

test("a difference inside the rounding tolerance is info", () => {
  expect(run(rule, [summary(lines("2,912.87"))])).toEqual([
    { rule: "summary-income-total", severity: "info", cell: "T1!B14", expected: "2,912.86", actual: "2,912.87" },
  ]);
});
