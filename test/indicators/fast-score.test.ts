/**
 * INDICATORSCORE's float fast path returns exactly what the decimal.js path returns (issue 17
 * item 5; the proof sketch is in src/indicators/fast-score.ts). Generated rows: targets and actuals
 * of every shape (quantities with operators and units, 万-scaled, percentages, dates, qualitative
 * words, achievements), weights from integers to odd doubles, the four 赋分规则 and unknown ones;
 * half-cent cases are generated on purpose. FA_PROPERTY_SCALE multiplies the runs
 * (`npm run test:property`).
 */
import fc from "fast-check";
import { fastIndicatorScore, scoreIndicator } from "../../src/indicators";
import { runFunction } from "../../functions/runner";
import { INDICATORSCORE } from "../../functions/functions";

const SCALE = Number(process.env.FA_PROPERTY_SCALE ?? 1);
export const FAST_SCORE_RUNS = 100_000 * SCALE;

/** A decimal as written in a 目标值/业绩值: up to 15 significant digits, sometimes more. */
const decimalText = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 4 })) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })) }, // small: half-cents happen
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 20 })) },
).map(([n, decimals]) => {
  const digits = String(n).padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
});
const unit = fc.constantFrom("%", "万元", "元", "人", "次", "", "万人", "天", "元/天");
const operator = fc.constantFrom(">=", ">", "<=", "<", "=", "≥", "≤", "不低于", "不超过", "");
const date = fc
  .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}年${m}月${d}日`);

const row = fc
  .tuple(decimalText, decimalText, unit, unit, operator, fc.integer({ min: 0, max: 19 }), date, date)
  .map(([t, a, tu, au, op, shape, td, ad]) => {
    if (shape === 0) return { target: `${td}之前`, actual: ad };
    if (shape === 1) return { target: "提高", actual: "达到预期指标" };
    if (shape === 2) return { target: "有效改善", actual: "未达到预期指标" };
    if (shape === 3) return { target: `${op}${t}${tu}`, actual: "达到预期指标" };
    if (shape === 4) return { target: `${op}${t}${tu}`, actual: `=-${a}${tu}` }; // negative: #NUM!
    if (shape === 5) return { target: `${op}${t}${tu}`, actual: `=${a}${au}` }; // units may differ
    if (shape === 6) return { target: `${op}${t}${tu}`, actual: `=${t}${tu}` }; // on the target
    return { target: `${op}${t}${tu}`, actual: `=${a}${tu}` };
  });
const weight = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.constantFrom(0.5, 1.5, 2.5, 0.05, 0.005, 0.015, 3, 7, 12.5, 0.1 + 0.2, 1e-9, 1e15),
  fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
const rule = fc.constantFrom("", "按照完成比例赋分", "满意度赋分", "直接赋分", "按评判等级赋分", "比例", "随便");

/** The decimal.js path, as the function body ran it before the fast path (the runner turns −0 into 0). */
function reference(w: number, target: string, actual: string, r: string): number | "declined" {
  const s = scoreIndicator({ weight: w, target, actual, rule: r });
  return s.ok && s.score !== null ? s.score.toNumber() + 0 : "declined";
}

test(`fast path === decimal.js path on ${FAST_SCORE_RUNS.toLocaleString("en-US")} generated rows`, () => {
  let fast = 0;
  let agreedDeclined = 0;
  fc.assert(
    fc.property(weight, row, rule, (w, { target, actual }, r) => {
      const got = fastIndicatorScore(w, target, actual, r);
      const want = reference(w, target, actual, r);
      if (got === undefined) {
        agreedDeclined++;
        return;
      }
      fast++;
      expect(Object.is(got, want)).toBe(true);
    }),
    { numRuns: FAST_SCORE_RUNS, seed: 17_05 },
  );
  // the fast path carries the ordinary rows; only failures, judgements and half-cents decline
  expect(fast).toBeGreaterThan(FAST_SCORE_RUNS * 0.5);
  expect(agreedDeclined).toBeGreaterThan(0);
});

test("the function gives the reference result or the reference error on every shape", () => {
  fc.assert(
    fc.property(weight, row, rule, (w, { target, actual }, r) => {
      const out = runFunction("INDICATORSCORE", [w, target, actual, r]);
      const want = reference(w, target, actual, r);
      if (want === "declined") expect(out).toHaveProperty("error");
      else expect(out).toEqual({ value: want });
    }),
    { numRuns: 5_000 * SCALE, seed: 17_06 },
  );
});

/**
 * The fast path keeps each distinct 目标值 and 业绩值 text it has read (a sheet repeats them): rows drawn
 * from a small pool of texts, met again and again with other partners, weights and rules, must give
 * what the decimal.js path gives for that row, never what an earlier row with the same text gave.
 */
test(`cached texts: the same target with different actuals (and back) on ${(FAST_SCORE_RUNS / 5).toLocaleString("en-US")} rows`, () => {
  const pool = fc.sample(row, { numRuns: 40, seed: 17_07 });
  // with percentages on both sides too, so that many pairs share a unit and take the fast path
  const percents = fc.sample(fc.tuple(operator, decimalText), { numRuns: 30, seed: 17_11 }).map(([op, d]) => `${op}${d}%`);
  const targets = [...pool.map((r) => r.target), ...percents];
  const actuals = [...pool.map((r) => r.actual), ...fc.sample(decimalText, { numRuns: 30, seed: 17_08 }).map((d) => `=${d}%`)];
  let fast = 0;
  fc.assert(
    fc.property(weight, fc.nat(targets.length - 1), fc.nat(actuals.length - 1), rule, (w, ti, ai, r) => {
      const got = fastIndicatorScore(w, targets[ti], actuals[ai], r);
      if (got === undefined) return;
      fast++;
      expect(Object.is(got, reference(w, targets[ti], actuals[ai], r))).toBe(true);
    }),
    { numRuns: FAST_SCORE_RUNS / 5, seed: 17_09 },
  );
  expect(fast).toBeGreaterThan(FAST_SCORE_RUNS / 50);
  // one target text, many actuals, in a row: each its own score
  const scores = ["=90%", "=95%", "=100%", "=96.5%", "=90%"].map((a) => fastIndicatorScore(10, ">=95%", a, ""));
  expect(scores).toEqual([9.47, 10, 9.47, 9.84, 9.47]);
});

test("the function's shortcut for everyday arguments gives what the general path gives", () => {
  // rules of every kind a host may pass: text, blank, a number, a boolean, a 1×1 range
  const anyRule = fc.oneof(rule, fc.constant(null), fc.constant(undefined), fc.constant(5), fc.constant(true), rule.map((r) => [[r]]));
  fc.assert(
    fc.property(weight, row, anyRule, (w, { target, actual }, r) => {
      const general = runFunction("INDICATORSCORE", [w, target, actual, r]);
      let out: { value: unknown } | { error: string };
      try {
        out = { value: INDICATORSCORE(w, target, actual, r as Parameters<typeof INDICATORSCORE>[3]) };
      } catch (error) {
        out = { error: (error as { code: string }).code };
      }
      if ("error" in general) expect(out).toEqual({ error: general.error });
      else expect(out).toEqual({ value: general.value });
    }),
    { numRuns: 5_000 * SCALE, seed: 17_10 },
  );
});

test("half-cent rows decline to the reference, which rounds half up", () => {
  // 1.5 × 0.0033… : exact 0.005 but decimal.js rounds its 40-digit rate first
  for (const [w, t, a] of [
    [1.5, ">=3", "=0.01"],
    [0.05, ">=10", "=1"],
    [12.5, ">=95%", "=93.1%"],
  ] as const) {
    expect(fastIndicatorScore(w, t, a, "") === undefined || fastIndicatorScore(w, t, a, "") === reference(w, t, a, "")).toBe(true);
  }
  expect(fastIndicatorScore(0.05, ">=10", "=1", "")).toBeUndefined(); // 0.005 exactly: a half-cent
  expect(reference(0.05, ">=10", "=1", "")).toBe(0.01);
  expect(fastIndicatorScore(10, ">=95%", "=100%", "")).toBe(9.47); // the seed row
});
