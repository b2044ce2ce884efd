import { checkSum, formatAmount, formatPercent, percentStatus, round, Decimal } from "../../numbers";
import { approxNumber } from "../../tables/figures";
import type { Figure, Place, TableKind } from "../../tables/types";
import { emit } from "./emit";
import type { Finding, RuleMeta } from "./types";

/** Who is checking: the rule, the table the finding belongs to, and the template params. */
export interface CheckSite {
  meta: RuleMeta;
  table: TableKind;
  /** template params, or a function making them only when a finding is reported (hot loops). */
  params: Record<string, string> | (() => Record<string, string>);
}

function paramsOf(site: CheckSite): Record<string, string> {
  return typeof site.params === "function" ? site.params() : site.params;
}

/** What a passing check returns: one shared, frozen empty list (a check runs once per cell). */
const NONE: readonly Finding[] = Object.freeze([]);

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * A figure at `decimals` as an integer count of units, when a float gets it exactly: |x| small and x
 * not near a .5 boundary, so Math.round agrees with half-up rounding of the exact value (the float is
 * within a few ulps of it, far less than the 0.25 margin). Otherwise undefined (use Decimal).
 * Only ever used to prove two sides EQUAL (or in order); any difference is measured again with Decimal.
 */
function units(f: Figure, decimals: number): number | undefined {
  if (decimals >= POW10.length) return undefined;
  const x = approxNumber(f) * POW10[decimals];
  const r = Math.round(x);
  return Math.abs(x - r) < 0.25 && Math.abs(x) < 1e13 ? r : undefined;
}

/** The coarsest displayed precision of total and the present operands; -1 when no operand is present. */
function coarsestOf(total: Figure, plus: readonly (Figure | undefined)[], minus: readonly (Figure | undefined)[]): number {
  let d = total.decimals;
  let operands = 0;
  for (let i = 0; i < plus.length; i++) {
    const f = plus[i];
    if (f === undefined) continue;
    operands++;
    if (f.decimals < d) d = f.decimals;
  }
  for (let i = 0; i < minus.length; i++) {
    const f = minus[i];
    if (f === undefined) continue;
    operands++;
    if (f.decimals < d) d = f.decimals;
  }
  return operands === 0 ? -1 : d;
}

/**
 * Fast proof that total = Σ plus − Σ minus at `decimals` (absent operands left out), without building
 * a Decimal or an array; false means "not proven", not "different".
 */
function provenEqual(total: Figure, plus: readonly (Figure | undefined)[], minus: readonly (Figure | undefined)[], decimals: number): boolean {
  let acc = units(total, decimals);
  if (acc === undefined) return false;
  for (let i = 0; i < plus.length; i++) {
    const f = plus[i];
    if (f === undefined) continue;
    const u = units(f, decimals);
    if (u === undefined) return false;
    acc -= u;
  }
  for (let i = 0; i < minus.length; i++) {
    const f = minus[i];
    if (f === undefined) continue;
    const u = units(f, decimals);
    if (u === undefined) return false;
    acc += u;
  }
  return acc === 0;
}

/** The coarsest displayed precision among figures: the figures can be no better than that. */
export function coarsest(figures: Figure[]): number {
  let d = Infinity;
  for (const f of figures) if (f.decimals < d) d = f.decimals;
  return Number.isFinite(d) ? d : 2;
}

export function amountText(value: Decimal.Value, decimals = 2): string {
  return formatAmount(value, { decimals });
}

function present(figures: (Figure | undefined)[]): Figure[] {
  return figures.filter((f): f is Figure => f !== undefined);
}

/**
 * stated total = Σ plus − Σ minus, XBRL calc 1.1 tolerance (tolerance.checkSum): a difference inside
 * the bound is 尾差 (info), outside it the rule's severity. Absent operands are left out.
 */
export function checkTotal(
  site: CheckSite,
  total: Figure | undefined,
  plus: (Figure | undefined)[],
  minus: (Figure | undefined)[] = [],
): readonly Finding[] {
  if (!total) return NONE;
  const d = coarsestOf(total, plus, minus);
  if (d < 0) return NONE;
  // the bulk of a large workbook passes here, before any array or Decimal is made
  if (provenEqual(total, plus, minus, d)) return NONE;
  const p = present(plus);
  const m = present(minus);
  const items = [...p.map((f) => round(f.value, d)), ...m.map((f) => round(f.value, d).neg())];
  const result = checkSum(round(total.value, d), items, d);
  if (result.status === "equal") return NONE;
  return [
    emit(site.meta, {
      at: total,
      table: site.table,
      related: [...p, ...m],
      params: { ...paramsOf(site), difference: amountText(result.difference, d) },
      expected: amountText(result.expected, d),
      actual: amountText(total.value, d),
      tail: result.status === "tail",
    }),
  ];
}

/** The same figure shown in two places must agree at the coarser displayed precision. */
export function checkSame(site: CheckSite, stated: Figure | undefined, reference: Figure | undefined): readonly Finding[] {
  if (!stated || !reference) return NONE;
  const d = Math.min(stated.decimals, reference.decimals);
  const us = units(stated, d);
  if (us !== undefined && us === units(reference, d)) return NONE;
  const a = round(stated.value, d);
  const b = round(reference.value, d);
  if (a.eq(b)) return NONE;
  return [
    emit(site.meta, {
      at: stated,
      table: site.table,
      related: [reference],
      params: { ...paramsOf(site), difference: amountText(a.minus(b), d) },
      expected: amountText(b, d),
      actual: amountText(a, d),
    }),
  ];
}

/**
 * The same figure where the other table has no such row at all: a non-zero `stated` is compared with
 * an implied 0.00 (a 类 in one table and missing from the other is as wrong as a different amount).
 */
export function checkSameAsMissing(site: CheckSite, stated: Figure | undefined): readonly Finding[] {
  if (!stated) return NONE;
  const a = round(stated.value, stated.decimals);
  if (a.isZero()) return NONE;
  return [
    emit(site.meta, {
      at: stated,
      table: site.table,
      related: [],
      params: { ...paramsOf(site), difference: amountText(a, stated.decimals) },
      expected: amountText(a.minus(a), stated.decimals),
      actual: amountText(a, stated.decimals),
    }),
  ];
}

/**
 * A stated percentage against the exact ratio it should show: recomputed to 2 decimals of percent;
 * off by ≤ 0.01 point is truncation (info), more is the rule's severity.
 */
export function checkPercent(site: CheckSite, stated: Figure, exact: Decimal, related: (Place | undefined)[]): readonly Finding[] {
  const expected = round(exact, 4);
  const status = percentStatus(stated.value, expected);
  if (status === "equal") return NONE;
  return [
    emit(site.meta, {
      at: stated,
      table: site.table,
      related,
      params: paramsOf(site),
      expected: formatPercent(expected),
      actual: formatPercent(stated.value),
      tail: status === "tail",
    }),
  ];
}

/** A part may not exceed its whole (compared at displayed precision). */
export function checkNotAbove(site: CheckSite, part: Figure | undefined, whole: Figure | undefined): readonly Finding[] {
  if (!part || !whole) return NONE;
  const d = Math.min(part.decimals, whole.decimals);
  const up = units(part, d);
  const uw = units(whole, d);
  if (up !== undefined && uw !== undefined && up <= uw) return NONE;
  const a = round(part.value, d);
  const b = round(whole.value, d);
  if (a.lte(b)) return NONE;
  return [
    emit(site.meta, {
      at: part,
      table: site.table,
      related: [whole],
      params: { ...paramsOf(site), limit: amountText(b, d), excess: amountText(a.minus(b), d) },
      expected: `≤${amountText(b, d)}`,
      actual: amountText(a, d),
    }),
  ];
}
