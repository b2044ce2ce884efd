import { parseActual, parseTarget } from "./expression";
import { parseRule, type ScoringRule } from "./scoring";
import type { ActualExpression, IndicatorFailure, Operator, Parsed, TargetExpression } from "./types";

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
 * Speed: each distinct target and actual text is parsed once into an Operand (a Map lookup after), the
 * rule label likewise; a call then allocates nothing.
 */
export function fastIndicatorScore(weight: number, target: unknown, actual: unknown, ruleLabel: unknown): number | undefined {
  if (!(weight >= 0 && weight < 1e300)) return undefined;
  const rule = ruleOf(ruleLabel);
  if (rule === undefined) return undefined;
  const t = targetOperand(target);
  if (t.kind === OTHER) return undefined;
  const a = actualOperand(actual);
  switch (a.kind) {
    case ACHIEVED:
      // 达到预期指标: rate 1 (against a quantity or a qualitative target, not a deadline)
      return t.kind === DATE ? undefined : score(rule, weight, 1, 1, true);
    case NOT_ACHIEVED:
      // only 直接赋分 scores (0), the others need a judgement
      return t.kind !== DATE && rule === "direct" ? 0 : undefined;
    case DATE:
      if (t.kind !== DATE) return undefined;
      return a.value <= t.value ? score(rule, weight, 1, 1, true) : score(rule, weight, 0, 1, false);
    case QUANTITY:
      return t.kind === QUANTITY ? quantityScore(rule, weight, t, a) : undefined;
    default:
      return undefined;
  }
}

function quantityScore(rule: ScoringRule, w: number, target: Operand, actual: Operand): number | undefined {
  const t = target.value;
  const a = actual.value;
  // NaN (no order-keeping double) fails both comparisons and declines here
  if (target.unit !== actual.unit || !(t >= 0 && a >= 0)) return undefined;
  switch (target.operator) {
    case GE:
    case GT:
      if (t === 0) return undefined;
      return score(rule, w, a, t, target.operator === GE ? a >= t : a > t);
    case EQ:
      if (a === t) return score(rule, w, 1, 1, true);
      if (t === 0) return undefined;
      return score(rule, w, a, t, false);
    default: {
      const met = target.operator === LE ? a <= t : a < t;
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

// Kinds and operators of an Operand, as small integers.
const OTHER = 0; // unreadable, qualitative (as an actual), or anything the fast path leaves alone
const QUANTITY = 1;
const DATE = 2;
const ACHIEVED = 3;
const NOT_ACHIEVED = 4;
const QUALITATIVE = 5;
const GE = 0;
const GT = 1;
const EQ = 2;
const LE = 3;
const LT = 4;
const OPERATOR_CODES: Record<Operator, number> = { ">=": GE, ">": GT, "=": EQ, "<=": LE, "<": LT };

/**
 * A 目标值 or 业绩值 reduced to what the float path reads, one shape for every kind (the calls stay
 * monomorphic): a quantity's order-keeping double (NaN when it has none) with its operator and unit,
 * or a date's yyyymmdd.
 */
class Operand {
  constructor(
    readonly kind: number,
    readonly value: number,
    readonly operator: number,
    readonly unit: string,
  ) {}
}

const OTHER_OPERAND = new Operand(OTHER, NaN, EQ, "");

function operandOf(parsed: Parsed<TargetExpression | ActualExpression> | IndicatorFailure): Operand {
  if (!parsed.ok) return OTHER_OPERAND;
  const v = parsed.value;
  switch (v.kind) {
    case "quantity":
      return new Operand(QUANTITY, v.double ?? NaN, OPERATOR_CODES[v.operator], v.unit);
    case "date":
      return new Operand(DATE, v.ordinal, EQ, "");
    case "achievement":
      return new Operand(v.achieved ? ACHIEVED : NOT_ACHIEVED, NaN, EQ, "");
    case "qualitative":
      return new Operand(QUALITATIVE, NaN, EQ, "");
  }
}

/**
 * The operands of the texts met so far: a sheet repeats the same 目标值 (and often the same 业绩值)
 * down its rows, so each distinct text is parsed once and later calls are one Map lookup.
 */
const CACHE_LIMIT = 4096;
const targetOperands = new Map<string, Operand>();
const actualOperands = new Map<string, Operand>();

function targetOperand(text: unknown): Operand {
  return cachedOperand(targetOperands, text, parseTarget);
}

function actualOperand(text: unknown): Operand {
  return cachedOperand(actualOperands, text, parseActual);
}

function cachedOperand(cache: Map<string, Operand>, text: unknown, parse: (text: unknown) => Parsed<TargetExpression | ActualExpression> | IndicatorFailure): Operand {
  if (typeof text !== "string") return operandOf(parse(text));
  let operand = cache.get(text);
  if (operand === undefined) {
    operand = operandOf(parse(text));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, operand);
  }
  return operand;
}
