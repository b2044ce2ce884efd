import type { Place, TableKind } from "../../tables/types";
import { qualified } from "../../workbook/address";
import type { Finding, Operand, RuleMeta, Severity } from "./types";

/** Fills {{name}} placeholders; an unknown name stays visible so tests catch it. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? params[name] : whole));
}

/** The placeholder names a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
}

export interface Emission {
  /** the cell holding the wrong stated figure. */
  at: Place;
  table: TableKind;
  /** operand cells; absent ones are skipped. */
  related?: (Place | undefined)[];
  params?: Record<string, string>;
  expected: string;
  actual: string;
  /** defaults to the rule's severity. */
  severity?: Severity;
  /** a difference inside the rounding tolerance: reported as info with a 尾差 note. */
  tail?: boolean;
}

const TAIL_NOTE = "（尾差，在四舍五入容差内）";
const TAIL_NOTE_EN = " (tail difference within the rounding tolerance)";

/** A place's displayed text when it carries one (a Figure or a TextCell). */
function shownText(p: Place): string {
  const text = (p as { text?: unknown }).text;
  return typeof text === "string" ? text : "";
}

/** 现场数据: the stated cell first, then each operand once; labels are filled from the sheet later. */
function operandsOf(at: Place, related: readonly (Place | undefined)[]): Operand[] {
  const seen = new Set<string>();
  const out: Operand[] = [];
  for (const p of [at, ...related]) {
    if (!p) continue;
    const key = `${p.sheet}!${p.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ label: "", sheet: p.sheet, cell: p.cell, value: shownText(p) });
  }
  return out;
}

/** Builds a Finding from a rule's templates; the one place findings are made. */
export function emit(meta: RuleMeta, e: Emission): Finding {
  const params = { expected: e.expected, actual: e.actual, ...e.params };
  const related: string[] = [];
  for (const p of e.related ?? []) if (p) related.push(qualified(p.sheet, p.cell));
  return {
    rule: meta.id,
    severity: e.tail ? "info" : (e.severity ?? meta.severity),
    sheet: e.at.sheet,
    cell: e.at.cell,
    related,
    message: fill(meta.message, params) + (e.tail ? TAIL_NOTE : ""),
    messageEn: fill(meta.messageEn, params) + (e.tail ? TAIL_NOTE_EN : ""),
    expected: e.expected,
    actual: e.actual,
    table: e.table,
    operands: operandsOf(e.at, e.related ?? []),
  };
}
