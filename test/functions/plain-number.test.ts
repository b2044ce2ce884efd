/** The allocation-free reader of plain numeric text equals Number() and decimal.js, or declines. */
import fc from "fast-check";
import { plainNumber } from "../../functions/runner";
import { Decimal } from "../../src/numbers/decimal";

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

test("random plain texts: same double as Number(), same decimal as decimal.js", () => {
  const text = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,16}$/), fc.option(fc.stringMatching(/^[0-9]{1,8}$/)), fc.boolean())
    .map(([neg, int, frac, commas]) => `${neg ? "-" : ""}${commas ? group(int.replace(/^0+(?=\d)/, "")) : int}${frac === null ? "" : "." + frac}`);
  fc.assert(
    fc.property(text, (s) => {
      const fast = plainNumber(s);
      const plain = s.replace(/,/g, "");
      if (fast === undefined) {
        const [int, frac = ""] = plain.replace("-", "").split(".");
        expect(int.replace(/^0+/, "").length + frac.length).toBeGreaterThan(15);
        return;
      }
      expect(Object.is(fast, Number(plain))).toBe(true);
      expect(new Decimal(fast).eq(new Decimal(plain))).toBe(true);
    }),
    { numRuns: 100_000 },
  );
});

test.each(["12,34", ",123", "1000,000", "1,2345", "-", ".", "5.", "1.2.3", " 1", "１２", "1e5", "97.66%", "1,234.56万元"])(
  "declines %j (the full parser decides)",
  (s) => expect(plainNumber(s)).toBeUndefined(),
);

test.each([
  ["1,234.56", 1234.56],
  ["0.5", 0.5],
  [".5", 0.5],
  ["-46.65", -46.65],
  ["1,234,567.8", 1234567.8],
  ["007", 7],
])("reads %j", (s, n) => expect(plainNumber(s)).toBe(n));
