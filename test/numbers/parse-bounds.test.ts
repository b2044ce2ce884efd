/** The one bound on numeric text (src/numbers/parse.ts), shared by the functions and the table readers. */
import fc from "fast-check";
import { MAX_NUMBER_TEXT_LENGTH, MAX_SIGNIFICANT_DIGITS, parseNumber } from "../../src/numbers/parse";
import { formatAmount } from "../../src/numbers/format";
import { Decimal } from "../../src/numbers/decimal";

test("text longer than any amount is refused, saying why", () => {
  for (const text of ["9".repeat(32_767), "1".repeat(MAX_NUMBER_TEXT_LENGTH + 1), `-${"9".repeat(100)}%`]) {
    const p = parseNumber(text);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.tooLong).toBe(true);
    expect(!p.ok && p.reason).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
  }
});

test("at most 30 significant digits; leading zeros and padding do not count", () => {
  expect(parseNumber("9".repeat(MAX_SIGNIFICANT_DIGITS)).ok).toBe(true);
  expect(parseNumber("9".repeat(MAX_SIGNIFICANT_DIGITS + 1))).toMatchObject({ ok: false, tooLong: true });
  expect(parseNumber(`0.${"0".repeat(20)}1`)).toMatchObject({ ok: true });
  expect(parseNumber(`${" ".repeat(5_000)}1,234.56${" ".repeat(5_000)}`)).toMatchObject({ ok: true, decimals: 2 });
  expect(parseNumber("1,234,567,890,123,456.78万元")).toMatchObject({ ok: true, unit: "万元" });
});

test("formatAmount groups thousands as the lookahead regex did, for any digit count", () => {
  const reference = (x: Decimal) => {
    const [i, f] = x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2).split(".");
    const sign = i.startsWith("-") ? "-" : "";
    return `${sign}${(sign ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${f}`;
  };
  fc.assert(
    fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 4 }), (n, scale) => {
      const x = new Decimal(n.toString()).div(10 ** scale);
      expect(formatAmount(x)).toBe(reference(x));
    }),
    { numRuns: 5_000 },
  );
});
