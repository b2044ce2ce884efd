import { Decimal, ZERO } from "../numbers/decimal";
import { parseNumber, toHalfWidth } from "../numbers/parse";
import {
  failure,
  type ActualExpression,
  type DateExpression,
  type IndicatorFailure,
  type IndicatorWarning,
  type Operator,
  type Parsed,
  type QuantityExpression,
  type TargetExpression,
} from "./types";

// Longest first, so "≥" and ">=" win over ">".
const OPERATORS: [string, Operator][] = [
  [">=", ">="], ["=>", ">="], ["≥", ">="], ["≧", ">="], ["大于等于", ">="], ["不低于", ">="], ["不少于", ">="],
  ["<=", "<="], ["=<", "<="], ["≤", "<="], ["≦", "<="], ["小于等于", "<="], ["不高于", "<="], ["不超过", "<="], ["不多于", "<="],
  [">", ">"], ["大于", ">"], ["高于", ">"], ["<", "<"], ["小于", "<"], ["低于", "<"], ["==", "="], ["=", "="], ["等于", "="],
];
const WIDE_OPERATORS: Record<string, string> = { "＞": ">", "＜": "<", "＝": "=" };

const DATE = /^(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?(?:之前|以前|前)?$/;
const ACHIEVED = new Set(["达到预期指标", "达到预期", "达到预期目标", "已达到", "已达到预期指标", "达到", "已完成", "完成"]);
const NOT_ACHIEVED = /^(未达到|未完成|部分达到|部分完成|基本达到)/;
/** The qualitative targets the seed uses; others are accepted with a warning. */
export const KNOWN_QUALITATIVE = ["提高", "有效提高", "提升", "有效提升", "有效改善", "改善", "有效发挥", "明显提高", "逐步提高", "持续提升"];

function normalize(text: string): string {
  return toHalfWidth(text)
    .replace(/[＞＜＝]/g, (c) => WIDE_OPERATORS[c])
    .replace(/[\s\u00a0\u3000]+/g, "");
}

function splitOperator(text: string): { operator: Operator | null; rest: string } {
  for (const [written, operator] of OPERATORS) {
    if (text.startsWith(written)) return { operator, rest: text.slice(written.length) };
  }
  return { operator: null, rest: text };
}

function parseDate(text: string): DateExpression | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { kind: "date", year, month, day, ordinal: year * 10000 + month * 100 + day, text };
}

/** Folds 万 into the value: "1.036万人" → 10360 人; "%" stays a unit (value already a ratio). */
function quantity(operator: Operator | null, body: string, text: string): QuantityExpression | null {
  const parsed = parseNumber(body);
  if (!parsed.ok || parsed.blank) return null;
  let value = parsed.value.isZero() ? ZERO : parsed.value; // "-0%" is 0, not a negative
  let unit = parsed.percent ? "%" : parsed.unit;
  if (unit.length > 1 && unit.startsWith("万")) {
    value = value.times(10000);
    unit = unit.slice(1);
  }
  return {
    kind: "quantity",
    operator: operator ?? "=",
    explicitOperator: operator !== null,
    value,
    unit,
    writtenUnit: parsed.percent ? "%" : parsed.unit,
    double: orderedDouble(value),
    text,
  };
}

/** DBL_DIG = 15: distinct decimals of ≤ 15 significant digits are distinct, equally ordered doubles. */
function orderedDouble(value: Decimal): number | null {
  if (value.isZero()) return 0;
  const magnitude = value.abs();
  if (value.sd() > 15 || magnitude.lt("1e-300") || magnitude.gt("1e300")) return null;
  return value.toNumber();
}

function asText(input: unknown): string {
  if (input === null || input === undefined) return "";
  if (typeof input === "number") return Number.isFinite(input) ? new Decimal(input).toString() : "";
  return String(input);
}

const EMPTY = (what: string, whatEn: string) => failure(`${what}为空`, `${whatEn} is empty`);

/**
 * Reads a 目标值: `>=95%`, `≥`, `>`, `<=66.30万元`, `≤`, `<5%`, `=1次`, a bare `0.98万元` (warned, read
 * as "="), a deadline `2024年12月20日之前` / `…前` / bare date, or a qualitative word (提高, 有效改善 …).
 */
export function parseTarget(input: unknown): Parsed<TargetExpression> | IndicatorFailure {
  return memo(targets, input, readTarget);
}

/** Reads a 业绩值: `=1次`, `=97.67%`, `=1.036万人`, `2024年8月16日`, `=2024年12月10日`, `达到预期指标`. */
export function parseActual(input: unknown): Parsed<ActualExpression> | IndicatorFailure {
  return memo(actuals, input, readActual);
}

// A table repeats the same few texts thousands of times; results are frozen, so they can be shared.
type Result<T> = Parsed<T> | IndicatorFailure;
const MEMO_LIMIT = 4096;
const targets = new Map<string, Result<TargetExpression>>();
const actuals = new Map<string, Result<ActualExpression>>();
function memo<T>(cache: Map<string, Result<T>>, input: unknown, read: (text: string) => Result<T>): Result<T> {
  const raw = typeof input === "string" ? input : asText(input);
  // a huge cell is refused without normalizing it (the readers check the length again after)
  if (raw.length > MAX_EXPRESSION_LENGTH * 4) return read(raw);
  let hit = cache.get(raw);
  if (hit === undefined) {
    hit = read(normalize(raw));
    if (hit.ok) {
      Object.freeze(hit.warnings);
      Object.freeze(hit.value);
    }
    Object.freeze(hit);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(raw, hit);
  }
  return hit;
}

/** Longer than any 目标值/业绩值 the seed has; refused before parsing (and never echoed whole). */
export const MAX_EXPRESSION_LENGTH = 100;
const TOO_LONG = (what: string, whatEn: string) =>
  failure(`${what}超过${MAX_EXPRESSION_LENGTH}个字符，无法识别`, `${whatEn} longer than ${MAX_EXPRESSION_LENGTH} characters`);

function readTarget(text: string): Result<TargetExpression> {
  if (!text) return EMPTY("目标值", "target");
  if (text.length > MAX_EXPRESSION_LENGTH) return TOO_LONG("目标值", "target");
  const warnings: IndicatorWarning[] = [];
  const { operator, rest } = splitOperator(text);
  const date = parseDate(rest);
  if (date) return { ok: true, value: { ...date, text }, warnings };
  const q = quantity(operator, rest, text);
  if (q) {
    if (!operator) {
      warnings.push({
        code: "no-operator",
        message: `目标值“${text}”缺少比较符号，按“=”处理`,
        messageEn: `target "${text}" has no operator; read as "="`,
      });
    }
    return { ok: true, value: q, warnings };
  }
  if (!operator && !/\d/.test(text)) {
    if (!KNOWN_QUALITATIVE.includes(text)) {
      warnings.push({
        code: "unknown-qualitative",
        message: `目标值“${text}”按定性指标处理`,
        messageEn: `target "${text}" read as qualitative`,
      });
    }
    return { ok: true, value: { kind: "qualitative", word: text, text }, warnings };
  }
  return failure(`无法识别目标值“${text}”`, `cannot read target "${text}"`);
}

function readActual(text: string): Result<ActualExpression> {
  if (!text) return EMPTY("业绩值", "actual");
  if (text.length > MAX_EXPRESSION_LENGTH) return TOO_LONG("业绩值", "actual");
  const warnings: IndicatorWarning[] = [];
  if (ACHIEVED.has(text)) return { ok: true, value: { kind: "achievement", achieved: true, text }, warnings };
  if (NOT_ACHIEVED.test(text)) return { ok: true, value: { kind: "achievement", achieved: false, text }, warnings };
  const { operator, rest } = splitOperator(text);
  const date = parseDate(rest);
  if (date) return { ok: true, value: { ...date, text }, warnings };
  // an actual is a value; any operator written before it ("=1次") only restates it.
  const q = quantity(operator === null ? null : "=", rest, text);
  if (q) return { ok: true, value: q, warnings };
  return failure(`无法识别业绩值“${text}”`, `cannot read actual "${text}"`);
}
