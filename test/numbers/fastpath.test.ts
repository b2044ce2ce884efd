/** The float fast paths return exactly what decimal.js returns (src/numbers/fastpath.ts has the proof). */
import fc from "fast-check";
import { centsOf, changeRatio, decimalChangeRatio, decimalRatio, ratio } from "../../src/numbers/fastpath";
import { Decimal } from "../../src/numbers/decimal";

const RUNS = 200_000;
// amounts as the tables hold them: cents up to 10^15, both as computed doubles and as parsed text
const cents = fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 });
const smallCents = fc.integer({ min: -10_000_000, max: 10_000_000 });
const amount = fc.oneof(cents, smallCents).map((c) => c / 100);
const nonZero = amount.filter((x) => x !== 0);

test("centsOf accepts exactly the ≤2-decimal amounts and reads them as decimal.js does", () => {
  fc.assert(
    fc.property(fc.oneof(amount, fc.double({ noNaN: true, noDefaultInfinity: true })), (x) => {
      const c = centsOf(x);
      if (c !== undefined) expect(new Decimal(x).eq(new Decimal(c).div(100))).toBe(true);
      else expect(new Decimal(x).times(100).isInteger() && Math.abs(x) < 1e13).toBe(false);
    }),
    { numRuns: RUNS },
  );
});

test("ratio(a, b) === decimal.js a / b", () => {
  fc.assert(
    fc.property(amount, nonZero, (a, b) => {
      expect(Object.is(ratio(a, b), decimalRatio(a, b))).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test("changeRatio(a, b) === decimal.js (a − b) / b", () => {
  fc.assert(
    fc.property(amount, nonZero, (a, b) => {
      expect(Object.is(changeRatio(a, b), decimalChangeRatio(a, b))).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test("any doubles: the fast path either declines or agrees", () => {
  const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 });
  fc.assert(
    fc.property(anyDouble, anyDouble.filter((x) => x !== 0), (a, b) => {
      expect(Object.is(ratio(a, b), decimalRatio(a, b))).toBe(true);
      expect(Object.is(changeRatio(a, b), decimalChangeRatio(a, b))).toBe(true);
    }),
    { numRuns: 50_000 },
  );
});

test("known hard cases: float division of the doubles would differ, the fast path does not", () => {
  // 94.2 / 95 as doubles vs as decimals; 0.1 + 0.2 style inputs
  for (const [a, b] of [[94.2, 95], [2902.41, 2971.92], [0.07, 0.1], [1.15, 100], [0.3, 0.1]]) {
    expect(ratio(a, b)).toBe(new Decimal(String(a)).div(String(b)).toNumber());
  }
  expect(ratio(0.3, 0.1)).toBe(3);
  expect(0.3 / 0.1).not.toBe(3);
});
