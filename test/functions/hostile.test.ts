/**
 * Hostile arguments (issue 11 item 6): whatever a cell holds, every FA function returns a finite
 * number that is not −0 (scores within 0…weight), a string or boolean, or one of the documented
 * errors with a short bilingual message. Never Infinity, NaN, −0, a negative score or a hang.
 */
import fc from "fast-check";
import { DEFINITIONS, type FunctionId } from "../../functions/definitions";
import { MAX_CELL_TEXT, runFunction } from "../../functions/runner";
import { MAX_NUMBER_TEXT_LENGTH } from "../../src/numbers/parse";

/** per function (8 × 1,500 = 12,000 calls in npm test); FA_PROPERTY_SCALE=20 in `npm run test:property`. */
export const HOSTILE_RUNS = 1_500 * Number(process.env.FA_PROPERTY_SCALE ?? 1);

const specialNumbers = fc.constantFrom(
  0, -0, 5e-324, -5e-324, 1e-308, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, 2 ** 53 + 2, -2147352572, 0.1 + 0.2, 1e-7, 94.2, 95,
);
const digits = (n: number, d = "9") => d.repeat(n);
const specialTexts = fc.constantFrom(
  digits(32_767), digits(65), digits(31), digits(30), "-" + digits(32_767), "1" + "0".repeat(400), "0." + "0".repeat(60) + "1",
  "1e400", "-1e400", "1e-400", "Infinity", "-Infinity", "NaN", "-0", "-0.00", "(0)", "0%", "-5", "-5%", "=-5%", ">=-5%",
  "5e-324", "１２３", "1,234,567.89万元", "９".repeat(70), " ".repeat(10_000) + "1", "1" + " ".repeat(10_000),
  ">=" + digits(32_767) + "%", "=" + digits(100) + "人", "2024年13月40日", "达到预期指标", "未达到", "满意度赋分", "直接赋分",
  "按评判等级赋分", "按照完成比例赋分", "提高", "—", "", "TRUE", "<=0", "<0%", ">0", "=0", "<=66.30万元", "=65.5万元",
);
const numericText = fc
  .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom("", "%", "万元", "人", "次"), fc.constantFrom("", ">=", "<=", "=", ">", "<", "-"))
  .map(([x, unit, op]) => `${op}${String(x)}${unit}`);
const exponentText = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: -400, max: 400 })).map(([m, e]) => `${m}e${e}`);
const longDigits = fc.integer({ min: 20, max: 40_000 }).map((n) => digits(n, "7"));
const cellLike = fc.oneof(
  specialNumbers,
  fc.double(),
  fc.integer(),
  specialTexts,
  numericText,
  exponentText,
  longDigits,
  fc.string({ maxLength: 30 }),
  fc.constantFrom(null, undefined, true, false, { error: "#DIV/0!" }, [[1]], [[1, 2]], [], [[Infinity]], [[-0]]),
);
const argsFor = (n: number) => fc.array(cellLike, { minLength: n, maxLength: n });

const hasChinese = /[\u4e00-\u9fff]/;
/** A score is at most the full score: the same weight at a 100% completion (rounded like the score). */
const FULL_SCORE: Partial<Record<FunctionId, (args: unknown[]) => unknown[]>> = {
  INDICATORSCORE: (args) => [args[0], "=1", "=1", "直接赋分"],
  EXECSCORE: (args) => [1, 1, args[2]],
};

describe.each(DEFINITIONS.map((d) => [d.id, d.args.length] as const))("%s on hostile arguments", (id, arity) => {
  test("a finite, non-negative-zero value within range, or a documented error", () => {
    let errors = 0;
    let values = 0;
    fc.assert(
      fc.property(argsFor(arity), (args) => {
        const r = runFunction(id, args);
        if ("value" in r) {
          values++;
          if (typeof r.value === "number") {
            expect(Number.isFinite(r.value)).toBe(true);
            expect(Object.is(r.value, -0)).toBe(false);
            const full = FULL_SCORE[id];
            if (full) {
              const max = runFunction(id, full(args));
              expect(r.value).toBeGreaterThanOrEqual(0);
              expect("value" in max && r.value <= (max.value as number)).toBe(true);
            }
          } else if (typeof r.value === "string") {
            expect(r.value.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
          }
        } else {
          errors++;
          expect(["#VALUE!", "#DIV/0!", "#NUM!"]).toContain(r.error);
          expect(r.message).toMatch(hasChinese);
          expect(r.message).toContain(" / ");
          expect(r.message.length).toBeLessThan(400); // a huge cell is never echoed whole
        }
      }),
      { numRuns: HOSTILE_RUNS, seed: 20261202 },
    );
    expect(errors).toBeGreaterThan(0);
    expect(values).toBeGreaterThan(0);
  });
});

describe("the cases the issue names", () => {
  const result = (id: FunctionId, ...args: unknown[]) => runFunction(id, args);
  test("a denominator of 5e-324 is #NUM!, not Infinity", () => {
    expect(result("EXECRATE", 1, 5e-324)).toMatchObject({ error: "#NUM!" });
    expect(result("SHARE", 1e308, 1e-308)).toMatchObject({ error: "#NUM!" });
    expect(result("VARIANCERATE", 1e308, 5e-324)).toMatchObject({ error: "#NUM!" });
  });
  test("a 32,767-digit numeric string is #VALUE! (and says why)", () => {
    for (const id of ["EXECRATE", "VARIANCETEXT", "SHARE"] as const) {
      const r = result(id, digits(32_767), 1);
      expect(r).toMatchObject({ error: "#VALUE!" });
      expect("message" in r && r.message).toContain(`${MAX_NUMBER_TEXT_LENGTH}个字符`);
    }
    expect(result("EXECRATE", digits(31), 1)).toMatchObject({ error: "#VALUE!" });
    expect(result("EXECRATE", digits(30), 1)).toHaveProperty("value");
  });
  test("a negative 业绩值 is #NUM!, not a negative score", () => {
    expect(result("INDICATORSCORE", 10, ">=95%", "-5")).toMatchObject({ error: "#NUM!" });
    expect(result("INDICATORSCORE", 10, ">=95%", "=-5%")).toMatchObject({ error: "#NUM!" });
    expect(result("COMPLETIONRATE", ">=-5%", "=5%")).toMatchObject({ error: "#NUM!" });
    expect(result("INDICATORSCORE", 10, "<=5%", "-0")).toEqual({ value: 10 }); // −0 is 0
  });
  test("a negative 分值 is #VALUE!", () => {
    expect(result("EXECSCORE", 1, 1, -5)).toMatchObject({ error: "#VALUE!" });
    expect(result("INDICATORSCORE", -5, ">=95%", "=100%")).toMatchObject({ error: "#VALUE!" });
  });
  test("−0 never reaches a cell", () => {
    expect(Object.is((result("SHARE", -0, 5) as { value: number }).value, 0)).toBe(true);
    expect(Object.is((result("EXECRATE", -0, -5) as { value: number }).value, 0)).toBe(true);
    expect(Object.is((result("VARIANCERATE", -0, 0) as { value: number }).value, 0)).toBe(true);
  });
});
