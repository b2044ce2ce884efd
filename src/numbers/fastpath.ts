import { Decimal } from "./decimal";

/**
 * Float fast paths that return exactly what the decimal.js reference returns, for the common case
 * of amounts with at most 2 decimals. Proof sketch (test/numbers/fastpath.test.ts checks it on
 * random inputs):
 * - `centsOf(x)` accepts x only when x === fl(A/100) for an integer A with |A| < 10^15. A/100 then
 *   has ≤ 15 significant digits, so (DBL_DIG = 15) the shortest decimal of x — what `new Decimal(x)`
 *   reads — is exactly A/100.
 * - For integers N, D with |N|, |D| < 2^53, IEEE division N / D is the correctly rounded double of
 *   the exact quotient. decimal.js rounds the quotient to 40 digits first, then to a double; that
 *   double rounding can only differ if the quotient lies within 10^-40 (relative) of a midpoint
 *   between doubles, but a non-dyadic N/D is at least 1/(2^54·D) > 10^-33 away from any midpoint,
 *   and a dyadic N/D needs fewer than 54 bits, so it is never a midpoint.
 * Everything else (more decimals, huge values, Decimal inputs) goes to the reference path.
 */

const CENTS_LIMIT = 1e15;

/** The integer number of cents x is exactly, or undefined when x is not a ≤2-decimal amount. */
export function centsOf(x: number): number | undefined {
  const cents = Math.round(x * 100);
  return cents / 100 === x && cents < CENTS_LIMIT && cents > -CENTS_LIMIT ? cents : undefined;
}

/** An exact operand: a plain number (fast path eligible) or a Decimal. */
export type Exact = number | Decimal;

export function toDecimal(x: Exact): Decimal {
  return typeof x === "number" ? new Decimal(x) : x;
}

/** Reference: a / b via decimal.js, as a double (+0 normalizes −0). */
export function decimalRatio(a: Decimal.Value, b: Decimal.Value): number {
  return new Decimal(a).div(b).toNumber() + 0;
}

/** Reference: (a − b) / b via decimal.js, as a double. */
export function decimalChangeRatio(a: Decimal.Value, b: Decimal.Value): number {
  return new Decimal(a).minus(b).div(b).toNumber() + 0;
}

/** a / b identical to decimalRatio, fast for ≤2-decimal numbers. b must be non-zero. */
export function ratio(a: Exact, b: Exact): number {
  if (typeof a === "number" && typeof b === "number") {
    const n = centsOf(a);
    const d = n === undefined ? undefined : centsOf(b);
    if (d !== undefined && n !== undefined) return n / d + 0;
  }
  return decimalRatio(toDecimal(a), toDecimal(b));
}

/** (a − b) / b identical to decimalChangeRatio, fast for ≤2-decimal numbers. b must be non-zero. */
export function changeRatio(a: Exact, b: Exact): number {
  if (typeof a === "number" && typeof b === "number") {
    const n = centsOf(a);
    const d = n === undefined ? undefined : centsOf(b);
    // n − d is exact below 2^53 (|n|, |d| < 10^15 ⇒ |n − d| < 2·10^15 < 2^53)
    if (d !== undefined && n !== undefined) return (n - d) / d + 0;
  }
  return decimalChangeRatio(toDecimal(a), toDecimal(b));
}
