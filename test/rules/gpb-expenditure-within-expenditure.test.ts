import { rule } from "../../src/rules/gpb-expenditure-within-expenditure";
import { run } from "./harness";
import { coded } from "./models";

const t3 = coded("expenditure", [
  ["", "合计", "2,902.41", "1,495.90", "1,406.51"],
  ["2050102", "一般行政管理事务", "340.22", "0.00", "340.22"],
]);

test("passes when every T5 row is within the T3 row of the same code", () => {
  const t5 = coded("gpb-expenditure", [
    ["", "合计", "2,349.21", "1,196.98", "1,152.23"],
    ["2050102", "一般行政管理事务", "340.22", "0.00", "340.22"],
  ]);
  expect(run(rule, [t5, t3])).toEqual([]);
});

test("reports a T5 figure above the T3 figure", () => {
  const t5 = coded("gpb-expenditure", [["2050102", "一般行政管理事务", "350.22", "0.00", "350.22"]]);
  expect(run(rule, [t5, t3])).toEqual([
    { rule: "gpb-expenditure-within-expenditure", severity: "error", cell: "gpb-expenditure!C6", expected: "≤340.22", actual: "350.22" },
    { rule: "gpb-expenditure-within-expenditure", severity: "error", cell: "gpb-expenditure!E6", expected: "≤340.22", actual: "350.22" },
  ]);
});
