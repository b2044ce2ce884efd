import { Decimal, sum } from "./decimal";

/**
 * XBRL Calculations 1.1 round-to-nearest: a total and n items shown at `decimals` decimals are
 * consistent iff |T − Σ| ≤ ½·10^−decimals·(n + 1). The only tolerance in the project.
 */
export function sumTolerance(decimals: number, itemCount: number): Decimal {
  return new Decimal(10).pow(-decimals).times(itemCount + 1).div(2);
}

export type SumStatus = "equal" | "tail" | "mismatch";
export interface SumCheck {
  status: SumStatus;
  /** stated total − Σ items */
  difference: Decimal;
  expected: Decimal;
  tolerance: Decimal;
}

/** Compares a stated total with its items; a non-zero difference inside the bound is 尾差. */
export function checkSum(total: Decimal.Value, items: Decimal.Value[], decimals = 2): SumCheck {
  const expected = sum(items);
  const difference = new Decimal(total).minus(expected);
  const tolerance = sumTolerance(decimals, items.length);
  const status: SumStatus = difference.isZero() ? "equal" : difference.abs().lte(tolerance) ? "tail" : "mismatch";
  return { status, difference, expected, tolerance };
}

/** The same figure in two places, compared at displayed precision. */
export function sameAtPrecision(a: Decimal.Value, b: Decimal.Value, decimals = 2): boolean {
  return new Decimal(a).toDecimalPlaces(decimals).eq(new Decimal(b).toDecimalPlaces(decimals));
}

/**
 * A stated percentage against its recomputation: ≤ 0.01 point is truncation (info). A percent
 * written with fewer decimals (`places`, "39.4%") allows one unit of its own last place.
 */
export function percentStatus(stated: Decimal.Value, recomputed: Decimal.Value, places = 2): SumStatus {
  const diff = new Decimal(stated).minus(recomputed).abs();
  return diff.isZero() ? "equal" : diff.lte(new Decimal(10).pow(-(places + 2))) ? "tail" : "mismatch";
}
