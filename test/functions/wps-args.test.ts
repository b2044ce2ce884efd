/**
 * WPS arguments normalized in one place (functions/wps-args.ts) before the shared runner: one test
 * per shape, and the registered WPS callbacks giving what Excel gives for an omitted argument.
 */
import { registerWps, type WpsCustomFunctionHost } from "../../functions/register-wps";
import { COM_MISSING, dateSerial, normalizeWpsArg, normalizeWpsArgs } from "../../functions/wps-args";

/** Records what wps.AddCustomFunction received (WPS 12.1.0.20540+). */
function registered(): Map<string, (...args: unknown[]) => unknown> {
  const callbacks = new Map<string, (...args: unknown[]) => unknown>();
  const host: WpsCustomFunctionHost = {
    AddCustomFunction: (_ns, name, callback) => void callbacks.set(name, callback as (...args: unknown[]) => unknown),
  };
  registerWps(host);
  return callbacks;
}

function outcome(call: () => unknown): unknown {
  try {
    return { value: call() };
  } catch (e) {
    return { error: (e as { code?: string }).code };
  }
}

describe("an omitted optional argument under WPS (the COM missing marker)", () => {
  const wps = registered();
  test("EXECSCORE(94.2, 95, <missing>) is 9.92 with the default 分值 10, as in Excel", () => {
    expect(outcome(() => wps.get("EXECSCORE")!(94.2, 95, COM_MISSING))).toEqual({ value: 9.92 });
    expect(outcome(() => wps.get("EXECSCORE")!(94.2, 95, 0x80020004))).toEqual({ value: 9.92 }); // unsigned form
  });
  test("VARIANCERATE(799, 0, <missing>) follows the 0→X = 100% convention, not strict #DIV/0!", () => {
    expect(outcome(() => wps.get("VARIANCERATE")!(799, 0, COM_MISSING))).toEqual({ value: 1 });
  });
  test("VARIANCETEXT and INDICATORSCORE with missing optional text", () => {
    const text = wps.get("VARIANCETEXT")!(1196.98, 1145.67, COM_MISSING, COM_MISSING) as string;
    expect(text.startsWith("支出决算数为1,196.98万元")).toBe(true);
    expect(outcome(() => wps.get("INDICATORSCORE")!(10, ">=95%", "=100%", COM_MISSING))).toEqual({ value: 9.47 });
  });
  test("a missing required argument is what Excel makes of a blank", () => {
    expect(outcome(() => wps.get("EXECRATE")!(COM_MISSING, 95))).toEqual(outcome(() => wps.get("EXECRATE")!(null, 95)));
  });
});

describe("one normalization per shape", () => {
  test("the missing marker and undefined become undefined", () => {
    expect(normalizeWpsArg(COM_MISSING)).toBeUndefined();
    expect(normalizeWpsArg(2147614724)).toBeUndefined();
    expect(normalizeWpsArg(undefined)).toBeUndefined();
    expect(normalizeWpsArgs([1, COM_MISSING, undefined])).toEqual([1, undefined, undefined]);
  });
  test("2-D arrays stay 2-D; a flat row becomes one row", () => {
    expect(normalizeWpsArg([[1], [2]])).toEqual([[1], [2]]);
    expect(normalizeWpsArg([1, 2, 3])).toEqual([[1, 2, 3]]);
    expect(normalizeWpsArg([])).toEqual([]);
  });
  test("Range objects: Value2 or Value, as a property or a method", () => {
    expect(normalizeWpsArg({ Value2: [[1196.98], [340.22]] })).toEqual([[1196.98], [340.22]]);
    expect(normalizeWpsArg({ Value2: () => 94.2 })).toBe(94.2);
    expect(normalizeWpsArg({ Value: [["1,234.56"]] })).toEqual([["1,234.56"]]);
    const wps = registered();
    expect(wps.get("SUMCHECK")!(1537.21, { Value2: () => [[1196.98], [340.22]] })).toBe(true);
    expect(wps.get("EXECRATE")!({ Value2: 94.2 }, { Value2: () => 95 })).toBe(0.991578947368421);
  });
  test("CVErr codes are cell errors, not amounts", () => {
    expect(normalizeWpsArg(-2146826281)).toEqual({ error: "#DIV/0!" });
    expect(normalizeWpsArg([[1, -2146826265]])).toEqual([[1, { error: "#REF!" }]]);
    expect(outcome(() => registered().get("SUMCHECK")!(1, [[1, -2146826246]]))).toEqual({ error: "#VALUE!" });
  });
  test("dates become Excel serials of their wall-clock time", () => {
    expect(dateSerial(new Date(2024, 11, 20))).toBe(45646);
    expect(dateSerial(new Date(1900, 2, 1))).toBe(61);
    expect(dateSerial(new Date(2024, 0, 1, 12))).toBe(45292.5);
    expect(normalizeWpsArg([[new Date(2024, 11, 20)]])).toEqual([[45646]]);
    expect(normalizeWpsArg(new Date(Number.NaN))).toEqual({ error: "#VALUE!" });
  });
  test("everything else passes through unchanged", () => {
    for (const x of [null, 0, -0, 94.2, "1,234.56", "", true, { error: "#REF!" }]) expect(normalizeWpsArg(x)).toBe(x);
  });
});
