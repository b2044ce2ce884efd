import { Decimal, HUNDRED, round, sum } from "../numbers/decimal";
import { formatAmount, formatPercent } from "../numbers/format";
import type { Figure } from "../tables/types";
import { quoted } from "./quotes";
import { ExplainSettings, MISSING_BUDGET, MISSING_PREVIOUS, MISSING_REASON } from "./settings";
import { variancePhrase, varianceRate, type VarianceOptions } from "./variance";

/** "2,970.86" or "2970.86" by the thousands setting. */
export function amount(value: Decimal.Value, s: ExplainSettings): string {
  return formatAmount(value, { thousands: s.thousands });
}

/** "万元" amount: "2,970.86万元". */
export function wan(value: Decimal.Value, s: ExplainSettings): string {
  return `${amount(value, s)}万元`;
}

/** A table cell's amount, tagged with the cell it quotes (see quotes.ts); a missing cell reads 0.00万元. */
export function wanOf(figure: Figure | undefined, s: ExplainSettings): string {
  return `${quoted(figure)}${wan(figure ? figure.value : 0, s)}`;
}

/** A ratio as signed percent, 2 decimals: "-5.94%". */
export function percent(ratio: Decimal.Value): string {
  return formatPercent(ratio);
}

/** part / whole as percent; a zero whole gives 0.00% (nothing to share). */
export function shareOf(part: Decimal, whole: Decimal): string {
  return percent(whole.isZero() ? 0 : part.div(whole));
}

/**
 * Shares of one whole as display text. With adjustment on, the largest-remainder method moves
 * hundredths of a percent so the displayed shares add to exactly 100.00% (only when parts sum to the whole).
 */
export function shares(parts: Decimal[], whole: Decimal, adjust: boolean): string[] {
  if (whole.isZero()) return parts.map(() => percent(0));
  const exact = parts.map((p) => p.div(whole).times(HUNDRED));
  if (!adjust || !sum(parts).eq(whole)) return exact.map((e) => `${formatAmount(round(e, 2), { thousands: false })}%`);
  const floors = exact.map((e) => e.toDecimalPlaces(2, Decimal.ROUND_DOWN));
  let missing = HUNDRED.minus(sum(floors)).times(100).round().toNumber();
  const order = exact.map((e, i) => ({ i, rest: e.minus(floors[i]) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const result = floors.slice();
  for (const { i } of order) {
    if (missing <= 0) break;
    result[i] = result[i].plus("0.01");
    missing--;
  }
  return result.map((r) => `${formatAmount(r, { thousands: false })}%`);
}

/** The settings as variance.ts options (one implementation of the year-on-year arithmetic). */
export function varianceOptions(s: ExplainSettings): VarianceOptions {
  return { thousands: s.thousands, equal: s.equal, fromZero: s.fromZero };
}

/** (current − base) / base; undefined when the base is zero (no rate exists). */
export function changeRate(current: Decimal, base: Decimal): Decimal | undefined {
  return varianceRate(current, base, { strict: true }) ?? undefined;
}

/**
 * The year-on-year clause "增加51.31万元，增长4.48%" (variance.ts) behind `prefix` ("比上年决算");
 * "与上年持平" stands alone; a missing previous figure shows the placeholder, never a guess.
 */
export function yearOnYear(current: Decimal, previous: Decimal | undefined, s: ExplainSettings, prefix = ""): string {
  if (previous === undefined) return `${prefix}${MISSING_PREVIOUS}`;
  const phrase = variancePhrase(current, previous, varianceOptions(s));
  return phrase === "与上年持平" ? phrase : `${prefix}${phrase}`;
}

/** 预决算差异率 text: signed, 0/0 → 0.00%, budget 0 with spending → by the zero-base convention. */
export function budgetVarianceRate(final: Decimal, budget: Decimal, s: ExplainSettings): string {
  const rate = changeRate(final, budget);
  if (rate !== undefined) return percent(rate);
  if (final.isZero()) return percent(0);
  return s.fromZero === "incomparable" ? "不可比（年初无预算）" : percent(1);
}

/**
 * Budget against final, Xinjiang: "年初预算数X万元，决算数Y万元，预决算差异率Z%";
 * Shanghai: "年初预算为X万元，支出决算为Y万元，完成年初预算的Z%". `word` is 年初 or 全年.
 */
export function budgetClause(final: Decimal, budget: Decimal | undefined, s: ExplainSettings, word = "年初"): string {
  if (s.budgetPhrasing === "shanghai") {
    if (budget === undefined) return `${word}预算为${MISSING_BUDGET}，支出决算为${wan(final, s)}`;
    const done = budget.isZero() ? (final.isZero() ? percent(0) : percent(1)) : percent(final.div(budget));
    return `${word}预算为${wan(budget, s)}，支出决算为${wan(final, s)}，完成${word}预算的${done}`;
  }
  if (budget === undefined) return `${word}预算数${MISSING_BUDGET}，决算数${wan(final, s)}`;
  return `${word}预算数${wan(budget, s)}，决算数${wan(final, s)}，预决算差异率${budgetVarianceRate(final, budget, s)}`;
}

/** Shanghai closes the budget sentence with a computed 大于/小于/等于 before the reason. */
export function budgetReasonLead(final: Decimal, budget: Decimal | undefined, s: ExplainSettings): string {
  if (s.budgetPhrasing !== "shanghai") return "主要原因是：";
  if (budget === undefined) return "主要原因是：";
  const cmp = final.comparedTo(budget);
  return `决算数${cmp > 0 ? "大于" : cmp < 0 ? "小于" : "等于"}年初预算数的主要原因是：`;
}

/** "主要原因是：…" body: the accountant's reason or the placeholder, never invented. */
export function reason(text: string | undefined): string {
  return text && text.trim() ? text.trim().replace(/[。]$/, "") : MISSING_REASON;
}

/** "2024年度" or "本年度" when no year is known. */
export function yearPrefix(year: number | undefined): string {
  return year ? `${year}年度` : "本年度";
}

/**
 * A whole budget sentence. Xinjiang: "{intro}{subject}年初预算数X万元，决算数Y万元，预决算差异率Z%，主要原因是：R。"
 * Shanghai drops the intro: "{subject}年初预算为X万元，支出决算为Y万元，完成年初预算的Z%。决算数大于年初预算数的主要原因是：R。"
 */
export function budgetSentence(
  final: Decimal,
  budget: Decimal | undefined,
  reasonText: string | undefined,
  s: ExplainSettings,
  parts: { intro: string; subject?: string; word?: string },
): string {
  const clause = budgetClause(final, budget, s, parts.word);
  const subject = parts.subject ?? "";
  if (s.budgetPhrasing === "shanghai") return `${subject}${clause}。${budgetReasonLead(final, budget, s)}${reason(reasonText)}。`;
  return `${parts.intro}${subject}${clause}，主要原因是：${reason(reasonText)}。`;
}
