import type { Decimal } from "../numbers/decimal";

/** A note about questionable but usable input (e.g. a target without an operator). */
export interface IndicatorWarning {
  code: "no-operator" | "unit-typo" | "unit-missing" | "strict-bound" | "achieved-for-quantity" | "unknown-qualitative";
  message: string;
  messageEn: string;
}

/**
 * Why a value cannot be computed. `kind` lets a caller map it to #VALUE! (invalid), #DIV/0!
 * (divide-by-zero) or #NUM! (out-of-range: a readable number no indicator can have, e.g. negative).
 */
export interface IndicatorFailure {
  ok: false;
  kind: "invalid" | "divide-by-zero" | "out-of-range";
  reason: string;
  reasonEn: string;
}

export type Operator = ">=" | ">" | "<=" | "<" | "=";

/** `>=95%`, `<=66.30万元`, `=1次`, bare `0.98万元` (operator "=", explicit false). */
export interface QuantityExpression {
  kind: "quantity";
  operator: Operator;
  /** the operator was written (a bare value is read as "="). */
  explicitOperator: boolean;
  /** in base units: "1.036万人" → 10360 with unit "人"; "95%" → 0.95 with unit "%". */
  value: Decimal;
  /** base unit: "%", "元", "元/天", "人", "" … (万 is folded into value). */
  unit: string;
  /** the unit as written ("万元"). */
  writtenUnit: string;
  /**
   * `value` as a double when that double keeps its order against every other such value (at most 15
   * significant digits, normal range), for the float fast path of fast-score.ts; else null.
   */
  double: number | null;
  text: string;
}

/** `2024年12月20日之前`, `2024年10月31日前`, `2024年12月20日` (a target date is a deadline). */
export interface DateExpression {
  kind: "date";
  year: number;
  month: number;
  day: number;
  /** yyyymmdd, for comparison. */
  ordinal: number;
  text: string;
}

/** 提高, 有效提高, 提升, 有效改善, 有效发挥 … */
export interface QualitativeExpression {
  kind: "qualitative";
  word: string;
  text: string;
}

/** 达到预期指标 (achieved: true) or 未达到预期指标 / 部分达到 (achieved: false). */
export interface AchievementExpression {
  kind: "achievement";
  achieved: boolean;
  text: string;
}

export type TargetExpression = QuantityExpression | DateExpression | QualitativeExpression;
export type ActualExpression = QuantityExpression | DateExpression | AchievementExpression;

export interface Parsed<T> {
  ok: true;
  value: T;
  warnings: IndicatorWarning[];
}

export function failure(reason: string, reasonEn: string, kind: IndicatorFailure["kind"] = "invalid"): IndicatorFailure {
  return { ok: false, kind, reason, reasonEn };
}
