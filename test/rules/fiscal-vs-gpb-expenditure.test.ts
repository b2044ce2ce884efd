import { rule } from "../../src/rules/fiscal-vs-gpb-expenditure";
import { run } from "./harness";
import { coded, fiscal } from "./models";

const t5 = coded("gpb-expenditure", [
  ["", "合计", "663.43"],
  ["205", "教育支出", "336.72"],
  ["208", "社会保障和就业支出", "326.71"],
]);

test("passes when T4's 一般公共预算 column equals T5", () => {
  const t4 = fiscal({ expenseTotal: ["663.43", "663.43", "0.00", "0.00"] }, [
    ["教育支出", ["336.72", "336.72", "0.00", "0.00"]],
    ["社会保障和就业支出", ["326.71", "326.71", "0.00", "0.00"]],
  ]);
  expect(run(rule, [t4, t5])).toEqual([]);
});

test("reports the T4 一般公共预算 cell that differs from T5", () => {
  const t4 = fiscal({ expenseTotal: ["663.43", "663.43", "0.00", "0.00"] }, [
    ["教育支出", ["336.72", "336.72", "0.00", "0.00"]],
    ["社会保障和就业支出", ["326.72", "326.72", "0.00", "0.00"]],
  ]);
  expect(run(rule, [t4, t5])).toEqual([
    { rule: "fiscal-vs-gpb-expenditure", severity: "error", cell: "T4!C8", expected: "326.71", actual: "326.72" },
  ]);
});

test("a 类 with 一般公共预算 money in T4 that T5 lacks is reported against an implied 0.00", () => {
  const t4 = fiscal({ expenseTotal: ["663.43", "663.43", "0.00", "0.00"] }, [
    ["教育支出", ["336.72", "336.72", "0.00", "0.00"]],
    ["社会保障和就业支出", ["326.71", "326.71", "0.00", "0.00"]],
    ["卫生健康支出", ["0.00", "0.00", "0.00", "0.00"]],
  ]);
  const shortT5 = coded("gpb-expenditure", [
    ["", "合计", "663.43"],
    ["205", "教育支出", "336.72"],
  ]);
  expect(run(rule, [t4, shortT5])).toEqual([
    { rule: "fiscal-vs-gpb-expenditure", severity: "error", cell: "T4!C8", expected: "0.00", actual: "326.71" },
  ]);
});
