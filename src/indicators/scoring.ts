import { Decimal, ONE, ZERO, round } from "../numbers/decimal";
import { quote } from "../numbers/quote";
import { completionRate } from "./completion";
import { parseActual, parseTarget } from "./expression";
import { failure, type IndicatorFailure, type IndicatorWarning } from "./types";

/** The four 赋分规则 of the seed. */
export type ScoringRule = "proportional" | "satisfaction" | "direct" | "graded";

export const RULE_LABELS: Record<ScoringRule, string> = {
  proportional: "按照完成比例赋分",
  satisfaction: "满意度赋分",
  direct: "直接赋分",
  graded: "按评判等级赋分",
};

/** Reads a 赋分规则 label; blank means 按照完成比例赋分. */
export function parseRule(label: unknown): ScoringRule | IndicatorFailure {
  const text = label === null || label === undefined ? "" : String(label).replace(/[\s\u3000]+/g, "");
  if (!text) return "proportional";
  if (text.includes("满意度")) return "satisfaction";
  if (text.includes("直接")) return "direct";
  if (text.includes("等级")) return "graded";
  if (text.includes("比例")) return "proportional";
  return failure(
    `未知的赋分规则“${quote(text)}”（可用：按照完成比例赋分、满意度赋分、直接赋分、按评判等级赋分）`,
    `unknown scoring rule "${quote(text)}"`,
  );
}

/**
 * 指标得分 from the exact r (not the displayed 完成率), rounded half-up to 2 decimals; null when the
 * rule leaves it to judgement (按评判等级赋分 not 达到预期指标: only 0 ≤ score ≤ weight can be checked).
 */
export function ruleScore(rule: ScoringRule, weight: Decimal, rate: Decimal | null, met: boolean, overAchievement: OverAchievement = "reduce"): Decimal | null {
  switch (rule) {
    case "proportional":
      if (rate === null) return null;
      if (rate.lte(ONE)) return round(weight.times(rate));
      // over-achievement means the target was set too low: w × (2 − r), floored at 0 (or, by choice, full marks)
      return round(overAchievement === "cap" ? weight : Decimal.max(ZERO, weight.times(new Decimal(2).minus(rate))));
    case "satisfaction":
      if (rate === null) return null;
      return round(rate.gte(ONE) ? weight : weight.times(rate));
    case "direct":
      return round(met ? weight : ZERO);
    case "graded":
      return met ? round(weight) : null;
  }
}

export interface IndicatorInput {
  /** 权重 (a number, or text such as "10"). */
  weight: Decimal.Value;
  /** 目标值 text, e.g. ">=95%". */
  target: unknown;
  /** 业绩值 text, e.g. "=100%". */
  actual: unknown;
  /** 赋分规则 label; blank → 按照完成比例赋分. */
  rule?: unknown;
  /** scoring conventions chosen in the settings; absent → the documented defaults. */
  options?: ScoringOptions;
}

/** 按照完成比例赋分 above 100%: w × (2 − r) (DOMAIN §3) or capped at w. */
export type OverAchievement = "reduce" | "cap";

export interface ScoringOptions {
  overAchievement?: OverAchievement;
  /** read a quantity target as an upper bound (≤) whatever its operator: a 成本指标 under that convention. */
  upperBound?: boolean;
}

export interface IndicatorScore {
  ok: true;
  /** exact 完成率 r, null when undeterminable. */
  rate: Decimal | null;
  /** 指标得分, 2 decimals; null when only 0 ≤ score ≤ maxScore can be checked. */
  score: Decimal | null;
  maxScore: Decimal;
  met: boolean;
  rule: ScoringRule;
  warnings: IndicatorWarning[];
}

/**
 * One indicator row: parse 目标值 and 业绩值, compute 完成率 and 指标得分 by the 赋分规则.
 * Bad input is a failure with a Chinese and English reason, never a number.
 */
export function scoreIndicator(input: IndicatorInput): IndicatorScore | IndicatorFailure {
  let weight: Decimal;
  try {
    weight = new Decimal(input.weight);
  } catch {
    return failure(`权重“${quote(String(input.weight))}”不是数字`, `weight "${quote(String(input.weight))}" is not a number`);
  }
  if (!weight.isFinite()) return failure(`权重不是有限数值`, `weight is not a finite number`);
  if (weight.lt(0)) return failure(`权重不能为负数：${weight.toString()}`, `weight is negative: ${weight.toString()}`);
  const rule = parseRule(input.rule);
  if (typeof rule !== "string") return rule;
  const target = parseTarget(input.target);
  if (!target.ok) return target;
  const actual = parseActual(input.actual);
  if (!actual.ok) return actual;
  const bound = input.options?.upperBound && target.value.kind === "quantity" ? { ...target.value, operator: "<=" as const } : target.value;
  const completion = completionRate(bound, actual.value);
  if (!completion.ok) return completion;
  return {
    ok: true,
    rate: completion.rate,
    score: ruleScore(rule, weight, completion.rate, completion.met, input.options?.overAchievement),
    maxScore: weight,
    met: completion.met,
    rule,
    warnings: [...target.warnings, ...actual.warnings, ...completion.warnings],
  };
}
