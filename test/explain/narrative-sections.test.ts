/**
 * A figure is compared with the table its section is about: a 科目 quoted in 三 支出决算情况 is the
 * 支出决算表 (T3) figure, the same 科目 in 五 is the 一般公共预算财政拨款支出决算表 (T5) figure; 基本支出 and
 * 项目支出 in the 一般公共预算 sections are T5's columns. A unit with non-fiscal funds has different figures
 * in T3 and T5, so a checker that always used T5 raised false errors in 三 and missed real ones in 五.
 */
import { checkNarrative } from "../../src/explain";
import type { Finding } from "../../src/rules/shared/types";
import { coded } from "../rules/models";

// T3 (all funds) and T5 (一般公共预算财政拨款 only) of a unit with 事业收入: the 教育支出 类 differs
const tables = [
  coded("expenditure", [
    ["", "合计", 2500, 1600, 900, 0, 0, 0],
    ["205", "教育支出", 2000, 1300, 700, 0, 0, 0],
    ["212", "城乡社区支出", 500, 300, 200, 0, 0, 0],
  ]),
  coded("gpb-expenditure", [
    ["", "合计", 1800, 1200, 600],
    ["205", "教育支出", 1300, 900, 400],
    ["212", "城乡社区支出", 500, 300, 200],
  ]),
];

const THREE = "三、支出决算情况说明\n";
const FIVE = "五、一般公共预算财政拨款支出决算情况说明\n";
const amountErrors = (text: string) =>
  checkNarrative(text, tables)
    .filter((f: Finding) => f.rule === "narrative-amount")
    .map((f) => f.message.replace(/^第\d+行：/, ""));

test("三: a 类 is the 支出决算表 figure", () => {
  expect(amountErrors(`${THREE}教育支出(类)2,000.00万元。`)).toEqual([]);
  expect(amountErrors(`${THREE}教育支出(类)1,300.00万元。`)).toEqual([expect.stringContaining("2,000.00万元")]);
});

test("五: the same 类 is the 一般公共预算财政拨款 figure", () => {
  expect(amountErrors(`${FIVE}教育支出(类)1,300.00万元。`)).toEqual([]);
  expect(amountErrors(`${FIVE}教育支出(类)2,000.00万元。`)).toEqual([expect.stringContaining("1,300.00万元")]);
});

test("五: 基本支出 and 项目支出 are T5's columns; in 三 they are T3's", () => {
  expect(amountErrors(`${FIVE}基本支出1,200.00万元，项目支出600.00万元。`)).toEqual([]);
  expect(amountErrors(`${FIVE}基本支出1,600.00万元。`)).toEqual([expect.stringContaining("1,200.00万元")]);
  expect(amountErrors(`${THREE}基本支出1,600.00万元，项目支出900.00万元。`)).toEqual([]);
  expect(amountErrors(`${THREE}项目支出600.00万元。`)).toEqual([expect.stringContaining("900.00万元")]);
});
