import { Decimal } from "../numbers/decimal";
import { parseNumber } from "../numbers/parse";

/** What the tables do not hold for one explainable item (one row of 说明底稿). */
export interface ItemInput {
  /** subject as written, for an item the tables no longer show (a 项 gone this year). */
  subject?: string;
  /** 上年决算数 in 万元 ("1,145.67" or 1145.67). */
  previous?: string | number | null;
  /** 年初预算数 in 万元. */
  budget?: string | number | null;
  /** reason of the year-on-year change (主要原因是：…), without the final "。". */
  reason?: string;
  /** reason of the budget-vs-final difference. */
  budgetReason?: string;
}

/**
 * Inputs of the explanation, keyed by item key (see items.ts): "overall", "fiscal", "gpb",
 * "item:2050101", "threePublic:total" … "threePublic:reception", "operation".
 */
export interface ExplainInputs {
  /** 2024 → "2024年度". */
  year?: number;
  /** 单位名称 as in 机关运行经费 sentence. */
  unitName?: string;
  /** "（行政单位和参照公务员法管理事业单位）". */
  unitType?: string;
  /** free text following the generated first sentence of 预算绩效 (成效、问题、改进措施). */
  performanceSummary?: string;
  items: Record<string, ItemInput>;
  /** the labelled inputs of 说明信息 by field id (info-fields.ts), as typed. */
  info?: Record<string, string>;
}

export const EMPTY_INPUTS: ExplainInputs = { items: {} };

/** An input amount as Decimal; undefined when blank or unreadable (never guessed). */
export function inputAmount(value: string | number | null | undefined): Decimal | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const parsed = parseNumber(value);
  if (!parsed.ok || parsed.blank) return undefined;
  return parsed.value;
}

/** A reason as given, or undefined when blank or still the placeholder. */
export function inputReason(text: string | undefined | null, placeholder: string): string | undefined {
  const t = (text ?? "").trim().replace(/[。.]$/, "");
  return t === "" || t === placeholder.replace(/[。.]$/, "") ? undefined : t;
}
