import type { Decimal } from "../../numbers/decimal";
import { parseNumber } from "../../numbers/parse";

/** A figure written in a sentence, classified by the words just before it. */
export type Claim =
  | { kind: "amount"; label: string; value: Decimal; text: string; at: number }
  | { kind: "change"; sign: 1 | -1; value: Decimal; text: string; at: number }
  | { kind: "rate"; sign: 1 | -1; value: Decimal; text: string; at: number }
  | { kind: "share"; whole: string; value: Decimal; text: string; at: number }
  | { kind: "budget"; subject: string; value: Decimal; text: string; at: number }
  | { kind: "final"; value: Decimal; text: string; at: number }
  | { kind: "budgetRate"; value: Decimal; text: string; at: number }
  | { kind: "completion"; value: Decimal; text: string; at: number }
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

function classify(label: string, unit: string, value: Decimal, text: string, at: number): Claim | undefined {
  if (unit === "个") return { kind: "count", label, value, text, at };
  if (unit === "万元") {
    const change = /(增加|减少)$/.exec(label);
    if (change) return { kind: "change", sign: change[1] === "增加" ? 1 : -1, value, text, at };
    const budget = /^(.*?)(年初|全年)预算(数|为)$/.exec(label);
    if (budget) return { kind: "budget", subject: budget[1], value, text, at };
    if (/^(支出)?决算(数|为)$/.test(label)) return { kind: "final", value, text, at };
    return { kind: "amount", label: label.replace(/(支出决算数)?为$/, ""), value, text, at };
  }
  const ratio = value.div(100);
  const rate = /^(增长|下降)$/.exec(label);
  if (rate) return { kind: "rate", sign: rate[1] === "增长" ? 1 : -1, value: ratio, text, at };
  const share = /^占(.*?)的?$/.exec(label);
  if (share) return { kind: "share", whole: share[1], value: ratio, text, at };
  if (/预决算差异率$/.test(label)) return { kind: "budgetRate", value: ratio, text, at };
  if (/完成(年初|全年)预算的$/.test(label)) return { kind: "completion", value: ratio, text, at };
  return undefined;
}

/** Every figure of a sentence with what it claims to be, in reading order. */
export function claims(sentence: string): Claim[] {
  const out: Claim[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > 0 && /[\d.]/.test(sentence[at - 1])) continue;
    const parsed = parseNumber(m[1]);
    if (!parsed.ok) continue;
    const claim = classify(labelBefore(sentence, at), m[2], parsed.value, `${m[1]}${m[2]}`, at);
    if (claim) out.push(claim);
  }
  return out;
}
