import { rule } from "../../src/rules/expenditure-vs-summary";
import { run } from "./harness";
import { coded, summary } from "./models";

const t3 = coded("expenditure", [
  ["", "合计", "663.43"],
  ["205", "教育支出", "336.72"],
  ["208", "社会保障和就业支出", "326.71"],
]);

test("passes when T1's 类 and 合计 equal T3", () => {
  const t1 = summary({ expenseTotal: "663.43" }, [["教育支出(类)", "336.72"], ["社会保障和就业支出", "326.71"]]);
  expect(run(rule, [t1, t3])).toEqual([]);
});

test("seed error: 社会保障和就业支出 326.71 in T1 but 326.72 in T3", () => {
  const wrongT3 = coded("expenditure", [
    ["", "合计", "663.44"],
    ["205", "教育支出", "336.72"],
    ["208", "社会保障和就业支出", "326.72"],
  ]);
  const t1 = summary({ expenseTotal: "663.43" }, [["教育支出", "336.72"], ["社会保障和就业支出", "326.71"]]);
  expect(run(rule, [t1, wrongT3])).toEqual([
    { rule: "expenditure-vs-summary", severity: "error", cell: "T1!B6", expected: "663.44", actual: "663.43" },
    { rule: "expenditure-vs-summary", severity: "error", cell: "T1!B8", expected: "326.72", actual: "326.71" },
  ]);
});

test("a 类 T1 shows with money but T3 lacks is reported against an implied 0.00; a zero 类 missing is fine", () => {
  const t1 = summary({ expenseTotal: "663.43" }, [["教育支出", "336.72"], ["社会保障和就业支出", "326.71"], ["卫生健康支出", "0.00"]]);
  const shortT3 = coded("expenditure", [
    ["", "合计", "663.43"],
    ["205", "教育支出", "336.72"],
  ]);
  expect(run(rule, [t1, shortT3])).toEqual([{ rule: "expenditure-vs-summary", severity: "error", cell: "T1!B8", expected: "0.00", actual: "326.71" }]);
  expect(run(rule, [t1, t3])).toEqual([]);
});
