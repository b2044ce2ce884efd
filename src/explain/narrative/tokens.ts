import type { Decimal } from "../../numbers/decimal";
import { parseNumber } from "../../numbers/parse";

/** A figure written in a sentence, classified by the words just before it. */
export type Claim =
  | { kind: "amount"; label: string; value: Decimal; text: string; at: number }
  | { kind: "change"; sign: 1 | -1; value: Decimal; text: string; at: number }
  | { kind: "rate"; sign: 1 | -1; value: Decimal; text: string; at: number; places: number }
  /** `pair`: index (in the sentence's claims) of the amount a listed share belongs to ("分别占…的x%、y%"). */
  | { kind: "share"; whole: string; value: Decimal; text: string; at: number; places: number; pair?: number }
  | { kind: "budget"; subject: string; value: Decimal; text: string; at: number }
  | { kind: "final"; value: Decimal; text: string; at: number }
  | { kind: "budgetRate"; value: Decimal; text: string; at: number; places: number }
  | { kind: "completion"; value: Decimal; text: string; at: number; places: number }
  /** final − budget as stated: "决算数大于预算数X万元" (+1), "比预算减少X万元" (−1), "差值为X万元" (0: either way). */
  | { kind: "gap"; sign: 1 | 0 | -1; value: Decimal; text: string; at: number }
  | { kind: "count"; label: string; value: Decimal; text: string; at: number };

const TOKEN = /(-?\d[\d,]*(?:\.\d+)?)(万元|%|个)/g;
const DELIMITERS = "，,；;、：:。";
const NUMBERING = /^(\d+[.、．]|[（(][一二三四五六七八九十]+[）)])/;

/** Label text as a key: no spaces or quotes, half-width parentheses, no year or list numbering. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, "")
    .replace(/[“”"'‘’]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(NUMBERING, "")
    .replace(/^\d{4}年度?/, "")
    .replace(/^其中/, "");
}

/** The words between the previous delimiter and position `end`; a 项 subject spans its ":". */
function labelBefore(sentence: string, end: number): string {
  let start = end;
  while (start > 0 && !DELIMITERS.includes(sentence[start - 1])) start--;
  let label = sentence.slice(start, end);
  if (/^支出决算数为?$/.test(label) && start > 0 && /[:：]$/.test(sentence.slice(0, start))) {
    const head = sentence.slice(0, start - 1);
    let s = head.length;
    while (s > 0 && !DELIMITERS.replace(/[:：]/g, "").includes(head[s - 1])) s--;
    label = head.slice(s);
  }
  return normalizeLabel(label);
}

/** Decimals written after the point ("39.4" → 1): a percent is checked at the precision it is stated in. */
function placesOf(number: string): number {
  return number.includes(".") ? number.length - number.indexOf(".") - 1 : 0;
}

function classify(label: string, unit: string, value: Decimal, text: string, at: number, places: number): Claim | undefined {
  if (unit === "个") return { kind: "count", label, value, text, at };
  if (unit === "万元") {
    const gap = /(大于|超过|超出|小于|低于)(年初|全年)?预算数?$|比(年初|全年)?预算(增加|减少)$|(差值|差额|相差|差异)(为|是)?$/.exec(label);
    if (gap) return { kind: "gap", sign: gap[5] ? 0 : /大于|超|增加/.test(gap[0]) ? 1 : -1, value, text, at };
    const change = /(增加|减少)$/.exec(label);
    if (change) return { kind: "change", sign: change[1] === "增加" ? 1 : -1, value, text, at };
    const budget = /^(.*?)(年初|全年)预算(数|为)$/.exec(label);
    if (budget) return { kind: "budget", subject: budget[1], value, text, at };
    if (/^(支出)?决算(数|为)$/.test(label)) return { kind: "final", value, text, at };
    // "公务接待费支出决算", "…经费支出决算总额为": the figure's name without the 决算 wording
    return { kind: "amount", label: label.replace(/(支出决算数)?为$/, "").replace(/决算(数|总额)?$/, ""), value, text, at };
  }
  const ratio = value.div(100);
  // "增长/下降" as the seed writes; "降低", "上升", "减少了", "增加了" as other departments do
  const rate = /^(增长|下降|降低|上升|增加|减少)了?$/.exec(label);
  if (rate) return { kind: "rate", sign: /增长|上升|增加/.test(rate[1]) ? 1 : -1, value: ratio, text, at, places };
  const share = /^占(.*?)的?$/.exec(label);
  if (share) return { kind: "share", whole: share[1], value: ratio, text, at, places };
  if (/预决算差异率$/.test(label)) return { kind: "budgetRate", value: ratio, text, at, places };
  if (/完成(年初|全年)预算的?$/.test(label)) return { kind: "completion", value: ratio, text, at, places };
  return undefined;
}

/** What may stand between two figures of one list: "A万元、B万元", "x%和y%". */
const LIST_GAP = /^[\s、和及与,，]+$/;
/** A listed amount's label: "基本支出、项目支出分别为"; the names are split at 、/和/及/与. */
const AMOUNT_LIST = /^(.+)分别(为|是)$/;
/** The first of listed shares: "分别占本年支出合计的", "占比分别为", "分别占比", "分别占". */
const SHARE_LIST = /^(?:占比分别(?:为|是)?|分别占比(?:为|是)?|分别占(.*?)的?(?:比重|比例)?(?:为|是)?|占(.*?)的?(?:比重|比例)?分别(?:为|是)?)$/;

/** The words before `end` back to a delimiter other than 、 ("其中：基本支出、项目支出分别为"). */
function listLabelBefore(sentence: string, end: number): string {
  let start = end;
  while (start > 0 && !DELIMITERS.replace("、", "").includes(sentence[start - 1])) start--;
  return sentence.slice(start, end);
}

interface OpenList {
  unit: string;
  count: number;
  /** listed amounts: the item names, in order. */
  names?: string[];
  /** listed shares: their whole and the index of the first share. */
  whole?: string;
  first?: number;
  places?: number;
}

/** Each listed share gets the amount it belongs to: the n shares pair with the n amounts just before them. */
function pairShares(out: Claim[], list: OpenList | undefined): void {
  if (!list || list.first === undefined) return;
  const amounts = out.slice(0, list.first).map((c, i) => (c.kind === "amount" ? i : -1)).filter((i) => i >= 0);
  if (amounts.length < list.count) return;
  const items = amounts.slice(amounts.length - list.count);
  for (let k = 0; k < list.count; k++) {
    const c = out[list.first + k];
    if (c.kind === "share") c.pair = items[k];
  }
}

/**
 * Every figure of a sentence with what it claims to be, in reading order. Lists are read item by
 * item: "基本支出、项目支出分别为A万元、B万元" labels A and B with their own names, and
 * "…A万元，…B万元，分别占W的x%、y%" pairs x with A and y with B.
 */
export function claims(sentence: string): Claim[] {
  const out: Claim[] = [];
  let list: OpenList | undefined;
  let previousEnd = -1;
  for (const m of sentence.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > 0 && /[\d.]/.test(sentence[at - 1])) continue;
    const parsed = parseNumber(m[1]);
    if (!parsed.ok) continue;
    const [unit, text, places] = [m[2], `${m[1]}${m[2]}`, placesOf(m[1])];
    const continues = list && list.unit === unit && previousEnd >= 0 && LIST_GAP.test(sentence.slice(previousEnd, at));
    previousEnd = at + m[0].length;
    if (list && continues) {
      const k = list.count++;
      if (list.names) out.push({ kind: "amount", label: list.names[k] ?? "", value: parsed.value, text, at });
      else out.push({ kind: "share", whole: list.whole ?? "", value: parsed.value.div(100), text, at, places });
      continue;
    }
    pairShares(out, list);
    list = undefined;
    const label = labelBefore(sentence, at);
    const listed = unit === "万元" ? AMOUNT_LIST.exec(normalizeLabel(listLabelBefore(sentence, at))) : null;
    const names = listed?.[1].split(/[、和及与]/).map(normalizeLabel).filter(Boolean);
    if (names && names.length >= 2) {
      list = { unit, count: 1, names };
      out.push({ kind: "amount", label: names[0], value: parsed.value, text, at });
      continue;
    }
    const shares = unit === "%" ? SHARE_LIST.exec(label) : null;
    if (shares) {
      list = { unit, count: 1, whole: shares[1] ?? shares[2] ?? "", first: out.length };
      out.push({ kind: "share", whole: list.whole!, value: parsed.value.div(100), text, at, places });
      continue;
    }
    const claim = classify(label, unit, parsed.value, text, at, places);
    if (claim) out.push(claim);
  }
  pairShares(out, list);
  return out;
}
