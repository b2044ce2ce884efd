import { rule } from "../../src/rules/coded-row-sum";
import { run } from "./harness";
import { coded } from "./models";

test("passes when every row's total is the sum of its columns (T2, T3, T5)", () => {
  const t2 = coded("income", [["", "合计", "2,912.86", "2,349.21", "0.00", "0.00", "0.00", "0.00", "563.65"]]);
  const t3 = coded("expenditure", [["2050101", "行政运行", "1,196.98", "1,196.98", null, null, null, null]]);
  const t5 = coded("gpb-expenditure", [["", "合计", "2,349.21", "1,196.98", "1,152.23"]]);
  expect(run(rule, [t2, t3, t5])).toEqual([]);
});

test("reports a row total that is not the sum of its columns", () => {
  const t3 = coded("expenditure", [["2050102", "一般行政管理事务", "340.22", "0.00", "300.22", null, null, null]]);
  expect(run(rule, [t3])).toEqual([
    { rule: "coded-row-sum", severity: "error", cell: "expenditure!C6", expected: "300.22", actual: "340.22" },
  ]);
});

test("T5 基本 + 项目 off by a cent is a tail difference (info)", () => {
  const t5 = coded("gpb-expenditure", [["", "合计", "2,349.21", "1,196.98", "1,152.22"]]);
  expect(run(rule, [t5])).toEqual([
    { rule: "coded-row-sum", severity: "info", cell: "gpb-expenditure!C6", expected: "2,349.20", actual: "2,349.21" },
  ]);
});

test("T7 本年支出小计 = 基本 + 项目", () => {
  const t7 = coded("gov-fund", [["", "合计", "0.00", "5.00", "5.00", "2.00", "2.00", "0.00"]]);
  expect(run(rule, [t7])).toEqual([
    { rule: "coded-row-sum", severity: "error", cell: "gov-fund!E6", expected: "4.00", actual: "5.00" },
  ]);
});
