/**
 * The FA custom functions as Excel sees them. custom-functions-metadata reads the JSDoc below to
 * write functions.json; each body only forwards to the shared runner (functions/runner.ts).
 * Parameters are typed as unions so Excel passes text and blanks through unchanged ("any").
 */
import type { FunctionId } from "./definitions";
import { invoke } from "./invoke";
import { fastIndicatorScore } from "../src/indicators/fast-score";

/**
 * 执行率 = 全年执行数 ÷ 全年预算数（比值，设为百分比格式显示为 99.16%）。
 * @customfunction EXECRATE
 * @param executed 全年执行数
 * @param budget 全年预算数（不是年初预算数）
 * @returns 执行率（比值）
 */
export function EXECRATE(executed: number | string | null, budget: number | string | null): number {
  return invoke("EXECRATE", [executed, budget]) as number;
}

/**
 * 增减率 =（本期数 − 基数）÷ 基数；基数为0时 0→X 为100%、0→0 为0%，strict 为 TRUE 时返回 #DIV/0!。
 * @customfunction VARIANCERATE
 * @param actual 本期数（本年决算数或决算数）
 * @param base 基数（上年决算数或年初预算数）
 * @param [strict] TRUE：基数为0时返回 #DIV/0!
 * @returns 增减率（比值）
 */
export function VARIANCERATE(actual: number | string | null, base: number | string | null, strict?: boolean | string | null): number {
  return invoke("VARIANCERATE", [actual, base, strict]) as number;
}

/**
 * 指标得分（保留2位小数），按赋分规则由权重、目标值、业绩值计算。
 * @customfunction INDICATORSCORE
 * @param weight 权重（分值）
 * @param target 目标值，如 >=95%、<=66.30万元、2024年12月20日之前、提高
 * @param actual 业绩值，如 =100%、=161人、2024年8月16日、达到预期指标
 * @param [rule] 赋分规则：按照完成比例赋分（默认）、满意度赋分、直接赋分、按评判等级赋分
 * @returns 指标得分
 */
export function INDICATORSCORE(
  weight: number | string | null,
  target: number | string | null,
  actual: number | string | null,
  rule?: number | string | null,
): number {
  // the everyday call (a number weight, text target and actual, a text or absent rule) goes straight
  // to the float path, skipping the general argument reading, whose result it would be
  const plainRule = typeof rule === "string" ? rule : rule === null || rule === undefined ? "" : null;
  if (plainRule !== null && typeof weight === "number" && Number.isFinite(weight) && typeof target === "string" && target !== "" && typeof actual === "string" && actual !== "") {
    const fast = fastIndicatorScore(weight + 0, target, actual, plainRule);
    if (fast !== undefined) return fast;
  }
  return invoke("INDICATORSCORE", [weight, target, actual, rule]) as number;
}

/**
 * 完成率（比值）：由目标值与业绩值计算，如 >=95% 与 =100% 得 105.26%。
 * @customfunction COMPLETIONRATE
 * @param target 目标值
 * @param actual 业绩值
 * @returns 完成率（比值）
 */
export function COMPLETIONRATE(target: number | string | null, actual: number | string | null): number {
  return invoke("COMPLETIONRATE", [target, actual]) as number;
}

/**
 * 执行率得分 = min(执行率, 100%) × 分值（默认10），保留2位小数。
 * @customfunction EXECSCORE
 * @param executed 全年执行数
 * @param budget 全年预算数
 * @param [weight] 分值，默认10
 * @returns 执行率得分
 */
export function EXECSCORE(executed: number | string | null, budget: number | string | null, weight?: number | string | null): number {
  return invoke("EXECSCORE", [executed, budget, weight]) as number;
}

/**
 * 占比 = 部分 ÷ 合计（比值，设为百分比格式显示）。
 * @customfunction SHARE
 * @param part 部分金额
 * @param total 合计金额
 * @returns 占比（比值）
 */
export function SHARE(part: number | string | null, total: number | string | null): number {
  return invoke("SHARE", [part, total]) as number;
}

/**
 * 与上年比较的说明句：支出决算数为…万元，比上年决算增加…万元，增长…%,主要原因是：…
 * @customfunction VARIANCETEXT
 * @param current 本年决算数（万元）
 * @param previous 上年决算数（万元）
 * @param [subject] 科目或项目名称
 * @param [reason] 主要原因（省略时填入【请填写原因】）
 * @returns 说明文字
 */
export function VARIANCETEXT(
  current: number | string | null,
  previous: number | string | null,
  subject?: string | null,
  reason?: string | null,
): string {
  return invoke("VARIANCETEXT", [current, previous, subject, reason]) as string;
}

/**
 * 合计校验：合计与明细一致（含容差内尾差）返回 TRUE，否则返回带符号的差额说明。
 * @customfunction SUMCHECK
 * @param total 合计数
 * @param items 明细单元格区域
 * @returns TRUE 或差额说明
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a range of any cell values
export function SUMCHECK(total: number | string | null, items: any[][]): boolean | string {
  return invoke("SUMCHECK", [total, items]) as boolean | string;
}

/** Every wrapper by id; registration in Excel and WPS walks this table (no second copy of a function). */
export const WRAPPERS: Record<FunctionId, (...args: never[]) => unknown> = {
  EXECRATE,
  VARIANCERATE,
  INDICATORSCORE,
  COMPLETIONRATE,
  EXECSCORE,
  SHARE,
  VARIANCETEXT,
  SUMCHECK,
};
