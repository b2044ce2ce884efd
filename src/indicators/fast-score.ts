import { parseActual, parseTarget } from "./expression";
import { parseRule, type ScoringRule } from "./scoring";
import type { QuantityExpression } from "./types";

/**
 * 指标得分 in floats, returning exactly what scoreIndicator(...).score.toNumber() returns, or
 * undefined when it cannot be sure (then the caller takes the decimal.js path). Proof sketch
 * (test/indicators/fast-score.test.ts checks it on generated rows):
 * - Branches. Targets and actuals are used only when their value has ≤ 15 significant digits
 *   (QuantityExpression.double): such decimals map to distinct doubles in the same order, so
 *   a ≤ t, a = t, a ≥ t (r ≤ 1, r = 1, r ≥ 1) are decided exactly in floats. decimal.js decides
 *   them on r rounded to 40 digits, which agrees: r ≠ 1 differs from 1 by more than 10^-31 for such
 *   inputs. r ≥ 2 is compared as a ≥ 2t, exact unless fl(a) = 2·fl(t) (declined).
 * - Value. The score is round-half-up(x) / 100 with x = 100·w·r (or 100·w·(2 − r)). The float x and
 *   decimal.js's x (40-digit intermediates) both lie within 2^-46·100·w·max(1, r) of the exact x;
 *   outside that distance from a half-cent they round to the same integer k, and k / 100 (one
 *   correctly rounded division) is the double Decimal("k/100").toNumber() reads. Near a half-cent,
 *   or when x ≥ 2^52, the fast path declines.
 * - Failures (units that differ, zero targets, negative values, judgement-only scores) decline too,
 *   so the reference path reports them.
 */
export function fastIndicatorScore(weight: number, target: unknown, actual: unknown, ruleLabel: unknown): number | undefined {
  if (!(weight >= 0 && weight < 1e300)) return undefined;
  const rule = ruleOf(ruleLabel);
  if (rule === undefined) return undefined;
  const t = parseTarget(target);
  if (!t.ok) return undefined;
  const a = parseActual(actual);
  if (!a.ok) return undefined;
  const tv = t.value;
  const av = a.value;
  if (av.kind === "achievement") {
    if (tv.kind === "date") return undefined;
    // 达到预期指标: rate 1; otherwise only 直接赋分 scores (0), the others need a judgement
    if (av.achieved) return score(rule, weight, 1, 1, true);
    return rule === "direct" ? 0 : undefined;
  }
  if (tv.kind === "date" && av.kind === "date") {
    const met = av.ordinal <= tv.ordinal;
    return score(rule, weight, met ? 1 : 0, 1, met);
  }
  if (tv.kind === "quantity" && av.kind === "quantity") return quantityScore(rule, weight, tv, av);
  return undefined;
}

function quantityScore(rule: ScoringRule, w: number, target: QuantityExpression, actual: QuantityExpression): number | undefined {
  const t = target.double;
  const a = actual.double;
  if (target.unit !== actual.unit || t === null || a === null || t < 0 || a < 0) return undefined;
  switch (target.operator) {
    case ">=":
    case ">":
      if (t === 0) return undefined;
      return score(rule, w, a, t, target.operator === ">=" ? a >= t : a > t);
    case "=":
      if (a === t) return score(rule, w, 1, 1, true);
      if (t === 0) return undefined;
      return score(rule, w, a, t, false);
    case "<=":
    case "<": {
      const met = target.operator === "<=" ? a <= t : a < t;
      return met || a === 0 ? score(rule, w, 1, 1, met) : score(rule, w, t, a, met);
    }
  }
}

const HALF_CENT_MARGIN = 2 ** -46;
const LARGEST_CENTS = 2 ** 52;

/** round-half-up(100 × score) / 100 for completion rate r = num / den, as ruleScore computes it. */
function score(rule: ScoringRule, w: number, num: number, den: number, met: boolean): number | undefined {
  const r = num / den;
  let x: number;
  switch (rule) {
    case "proportional":
      if (num <= den) x = 100 * w * r;
      else if (num < 2 * den) x = 100 * w * (2 - r);
      else if (num > 2 * den) return 0;
      else return undefined;
      break;
    case "satisfaction":
      x = num >= den ? 100 * w : 100 * w * r;
      break;
    case "direct":
      x = met ? 100 * w : 0;
      break;
    case "graded":
      if (!met) return undefined;
      x = 100 * w;
      break;
  }
  if (!(x < LARGEST_CENTS)) return undefined;
  const cents = Math.floor(x);
  const fraction = x - cents;
  if (Math.abs(fraction - 0.5) <= HALF_CENT_MARGIN * 100 * w * (r > 1 ? r : 1)) return undefined;
  return (fraction > 0.5 ? cents + 1 : cents) / 100 + 0; // the function hands no cell −0
}

// The few 赋分规则 labels of a workbook, read once.
const rules = new Map<string, ScoringRule | undefined>();
function ruleOf(label: unknown): ScoringRule | undefined {
  if (label === "" || label === null || label === undefined) return "proportional";
  if (typeof label !== "string" || label.length > 40) return undefined;
  let rule = rules.get(label);
  if (rule === undefined && !rules.has(label)) {
    const parsed = parseRule(label);
    rule = typeof parsed === "string" ? parsed : undefined;
    if (rules.size >= 256) rules.clear();
    rules.set(label, rule);
  }
  return rule;
}
