import { Decimal, ZERO } from "../numbers/decimal";
import { formatAmount, formatPercent } from "../numbers/format";

/** Conventions of DOMAIN §5 for year-on-year wording; all configurable, none an error. */
export interface VarianceOptions {
  /** thousands separators (Xinjiang 2,970.86) or not (Shanghai 2970.86); default on. */
  thousands?: boolean;
  /** amount unit written after amounts; default 万元. */
  unit?: string;
  /** equal years: "增加0.00万元，增长0.00%" (default) or "与上年持平". */
  equal?: "zero-change" | "flat";
  /** previous year 0: "增长100.00%" (default) or "上年无此项，不可比". */
  fromZero?: "hundred" | "incomparable";
  /** previous year 0 gives no rate (null) instead of the 100% / 0% convention. */
  strict?: boolean;
}

/**
 * (current − previous) / previous. Previous 0 follows the disclosure convention — 0 → X gives 1
 * (增长100.00%), 0 → 0 gives 0 — unless `strict`, which gives null (no base).
 */
export function varianceRate(current: Decimal.Value, previous: Decimal.Value, options: { strict?: boolean } = {}): Decimal | null {
  const p = new Decimal(previous);
  const c = new Decimal(current);
  if (p.isZero()) {
    if (options.strict) return null;
    return c.isZero() ? ZERO : new Decimal(c.isNeg() ? -1 : 1);
  }
  return c.minus(p).div(p);
}

/**
 * "增加51.31万元，增长4.48%" / "减少46.65万元，下降12.06%"; direction words come from the signs.
 * The rate is computed from the exact amounts, then rounded half-up to 2 decimals of percent.
 */
export function variancePhrase(current: Decimal.Value, previous: Decimal.Value, options: VarianceOptions = {}): string {
  const { thousands = true, unit = "万元", equal = "zero-change", fromZero = "hundred" } = options;
  const c = new Decimal(current);
  const p = new Decimal(previous);
  const change = c.minus(p);
  if (change.isZero() && equal === "flat") return "与上年持平";
  const amount = `${change.isNeg() ? "减少" : "增加"}${formatAmount(change.abs(), { thousands })}${unit}`;
  if (p.isZero() && !c.isZero() && fromZero === "incomparable") return `${amount}，上年无此项，不可比`;
  const rate = varianceRate(c, p) ?? ZERO;
  return `${amount}，${rate.isNeg() ? "下降" : "增长"}${formatPercent(rate.abs(), { thousands })}`;
}

/** What a reader must replace when no reason is given. */
export const REASON_PLACEHOLDER = "【请填写原因】";

/**
 * The seed's 项 sentence:
 * "{subject}:支出决算数为1,196.98万元，比上年决算增加51.31万元，增长4.48%,主要原因是：{reason}"
 * (the ASCII ":" and "," are the seed's own). Without a reason the placeholder 【请填写原因】 stands in.
 */
export function varianceSentence(
  current: Decimal.Value,
  previous: Decimal.Value,
  subject?: string | null,
  reason?: string | null,
  options: VarianceOptions = {},
): string {
  const { thousands = true, unit = "万元" } = options;
  const head = subject && subject.trim() ? `${subject.trim()}:` : "";
  const why = reason && reason.trim() ? reason.trim() : REASON_PLACEHOLDER;
  const phrase = variancePhrase(current, previous, options);
  const link = phrase === "与上年持平" ? "与上年持平" : `比上年决算${phrase}`;
  return `${head}支出决算数为${formatAmount(current, { thousands })}${unit}，${link},主要原因是：${why}`;
}
