import DecimalBase from "decimal.js";

/** The one Decimal constructor of the project: 40 significant digits, 四舍五入 (half-up). */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;
/** `Decimal.Value` (number | string | Decimal) as on decimal.js's own class. */
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace Decimal {
  type Value = DecimalBase.Value;
}

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/** Rounds half-up (away from zero on .5, as 四舍五入 does for negatives too) to `places` decimals. */
export function round(value: Decimal.Value, places = 2): Decimal {
  return new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

export function sum(values: Iterable<Decimal.Value>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
