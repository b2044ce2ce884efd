/**
 * 绩效自评表 arithmetic (DOMAIN §3), stable API for rules and explanations:
 * - parseTarget(text) / parseActual(text): 目标值 and 业绩值 expressions (operators, units, dates, qualitative).
 * - completionRate(target, actual): exact 完成率 r and whether the target is met.
 * - scoreIndicator({ weight, target, actual, rule, options? }): { rate, score, maxScore, met, rule, warnings } or a failure.
 * - parseRule(label), ruleScore(rule, weight, rate, met, overAchievement = "reduce"): 赋分规则.
 * - options: { overAchievement: "reduce" | "cap", upperBound } (the settings' scoring conventions; default = DOMAIN §3).
 * - fastIndicatorScore(weight, target, actual, rule): the same score in floats, or undefined (then use scoreIndicator).
 * - executionRate(executed, budget), executionScore(rate, weight = 10), totalScore(execScore, rowScores).
 * Failures are { ok: false, kind: "invalid" | "divide-by-zero", reason (中文), reasonEn }.
 */
export * from "./types";
export { parseTarget, parseActual, KNOWN_QUALITATIVE } from "./expression";
export { completionRate, type Completion } from "./completion";
export { parseRule, ruleScore, scoreIndicator, RULE_LABELS, type ScoringRule, type IndicatorInput, type IndicatorScore, type OverAchievement, type ScoringOptions } from "./scoring";
export { fastIndicatorScore } from "./fast-score";
export { executionRate, executionScore, totalScore } from "./execution";
