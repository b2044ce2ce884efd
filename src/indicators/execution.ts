import { Decimal, ONE, ZERO, round, sum } from "../numbers/decimal";
import { failure, type IndicatorFailure } from "./types";

/** 执行率 = 全年执行数 / 全年预算数 (never 年初预算数); a failure when the budget is 0. */
export function executionRate(executed: Decimal.Value, budget: Decimal.Value): Decimal | IndicatorFailure {
  const b = new Decimal(budget);
  if (b.isZero()) return failure("全年预算数为0，无法计算执行率", "budget is 0: no execution rate", "divide-by-zero");
  return new Decimal(executed).div(b);
}

/** 执行率得分 = min(执行率, 100%) × 分值 (10), floored at 0, rounded half-up to 2 decimals. */
export function executionScore(rate: Decimal.Value, weight: Decimal.Value = 10): Decimal {
  const r = Decimal.min(ONE, Decimal.max(ZERO, rate));
  return round(r.times(weight));
}

/** 总分 = 执行率得分 + Σ 指标得分, each rounded to 2 decimals first. */
export function totalScore(executionScoreValue: Decimal.Value, rowScores: Iterable<Decimal.Value>): Decimal {
  return round(executionScoreValue).plus(sum([...rowScores].map((s) => round(s))));
}
