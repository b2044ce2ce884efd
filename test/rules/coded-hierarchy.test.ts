import { rule } from "../../src/rules/coded-hierarchy";
import { run, runFull } from "./harness";
import { coded } from "./models";

test("passes when 合计 = Σ类, 类 = Σ款, 款 = Σ项", () => {
  const t5 = coded("gpb-expenditure", [
    ["", "合计", "1,547.20", "1,196.98", "350.22"],
    ["205", "教育支出", "1,537.20", "1,196.98", "340.22"],
    ["20501", "教育管理事务", "1,537.20", "1,196.98", "340.22"],
    ["2050101", "行政运行", "1,196.98", "1,196.98", "0.00"],
    ["2050102", "一般行政管理事务", "340.22", "0.00", "340.22"],
    ["229", "其他支出", "10.00", "0.00", "10.00"],
  ]);
  expect(run(rule, [t5])).toEqual([]);
});

test("seed: 教育支出 1,537.21 vs 1,196.98 + 340.22 is a tail difference, info only", () => {
  const t3 = coded("expenditure", [
    ["205", "教育支出", "1,537.21"],
    ["20501", "教育管理事务", "1,537.21"],
    ["2050101", "行政运行", "1,196.98"],
    ["2050102", "一般行政管理事务", "340.22"],
  ]);
  const findings = runFull(rule, [t3]);
  expect(run(rule, [t3])).toEqual([
    { rule: "coded-hierarchy", severity: "info", cell: "expenditure!C7", expected: "1,537.20", actual: "1,537.21" },
  ]);
  expect(findings[0].related).toEqual(["expenditure!C8", "expenditure!C9"]);
  expect(findings[0].message).toContain("尾差");
});

test("a 类 off by more than the tolerance is an error on the 类 cell", () => {
  const t2 = coded("income", [
    ["", "合计", "810.00", "810.00"],
    ["205", "教育支出", "810.00", "810.00"],
    ["20501", "教育管理事务", "800.00", "800.00"],
  ]);
  expect(run(rule, [t2])).toEqual([
    { rule: "coded-hierarchy", severity: "error", cell: "income!C7", expected: "800.00", actual: "810.00" },
    { rule: "coded-hierarchy", severity: "error", cell: "income!D7", expected: "800.00", actual: "810.00" },
  ]);
});
