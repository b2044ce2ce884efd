/**
 * The FA functions registered in WPS through wps.AddCustomFunction give what the Excel wrappers give
 * on the same inputs, errors included (Excel: CustomFunctions.Error; WPS: FunctionError, same code).
 */
import { DEFINITIONS, type FunctionId } from "../../../functions/definitions";
import { WRAPPERS } from "../../../functions/functions";
import { registerWps, WPS_NAMESPACE } from "../../../functions/register-wps";

interface Registered {
  namespace: string;
  name: string;
  callback: (...args: unknown[]) => unknown;
  metadata?: { parameters: unknown[] };
}

/** A stand-in for WPS 12.1.0.20540+'s wps.AddCustomFunction: records what was registered. */
function wpsStandin() {
  const registered: Registered[] = [];
  return {
    registered,
    AddCustomFunction(namespace: string, name: string, callback: (...args: never[]) => unknown, metadata?: { parameters: unknown[] }) {
      if (registered.some((r) => r.namespace === namespace && r.name === name)) throw new Error(`duplicate ${namespace}.${name}`);
      registered.push({ namespace, name, callback: callback as (...args: unknown[]) => unknown, metadata });
    },
  };
}

type Outcome = { value: unknown } | { error: string; message: string };

function outcome(call: () => unknown): Outcome {
  try {
    return { value: call() };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (typeof err.code !== "string") throw e; // anything else is a bug, not a cell error
    return { error: err.code, message: err.message ?? "" };
  }
}

/** The Excel runtime's error, as much of it as the wrappers use. */
class ExcelCfError {
  constructor(public code: string, public message?: string) {}
}
const excelRuntime = {
  ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!" },
  Error: ExcelCfError,
};

function inExcel<T>(work: () => T): T {
  (globalThis as Record<string, unknown>).CustomFunctions = excelRuntime;
  try {
    return work();
  } finally {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  }
}

/** Seed-like arguments per function (the examples in definitions.ts), then bad variants of each. */
const BASE: Record<FunctionId, unknown[]> = {
  EXECRATE: [94.2, 95],
  VARIANCERATE: [1196.98, 1145.67],
  INDICATORSCORE: [10, ">=95%", "=100%"],
  COMPLETIONRATE: [">=1万人", "=1.036万人"],
  EXECSCORE: [94.2, 95],
  SHARE: [2349.21, 2912.86],
  VARIANCETEXT: [1196.98, 1145.67, "行政运行(项)"],
  SUMCHECK: [1537.21, [[1000], [537.2]]],
};
const BAD: unknown[] = ["abc", null, 0, "1,234.56", { error: "#REF!" }, [[1], [2]], [["97.66%"]], "", true];

function cases(id: FunctionId): unknown[][] {
  const base = BASE[id];
  const out: unknown[][] = [base];
  base.forEach((_, i) => BAD.forEach((bad) => out.push(base.map((a, j) => (i === j ? bad : a)))));
  return out;
}

describe("FA functions in WPS (wps.AddCustomFunction)", () => {
  const wps = wpsStandin();
  const ids = registerWps(wps);
  const byName = new Map(wps.registered.map((r) => [r.name, r]));

  test("every FA function is registered once, in the FA namespace, with its parameters", () => {
    expect(ids.sort()).toEqual(DEFINITIONS.map((d) => d.id).sort());
    expect(wps.registered).toHaveLength(DEFINITIONS.length);
    for (const def of DEFINITIONS) {
      const r = byName.get(def.id)!;
      expect(r.namespace).toBe(WPS_NAMESPACE);
      expect(r.metadata?.parameters).toHaveLength(def.args.length);
    }
  });

  test.each(DEFINITIONS.map((d) => d.id))("%s returns what the Excel wrapper returns, errors included", (id) => {
    let errors = 0;
    for (const args of cases(id)) {
      const excel = inExcel(() => outcome(() => (WRAPPERS[id] as (...a: unknown[]) => unknown)(...args)));
      const wpsResult = outcome(() => byName.get(id)!.callback(...args));
      expect({ args, result: wpsResult }).toEqual({ args, result: excel });
      if ("error" in excel) errors++;
    }
    expect(errors).toBeGreaterThan(0); // the comparison covered the error path too
  });

  test("seed figures: the 9.79 → 9.92 execution score and the 9.47 indicator score", () => {
    expect(byName.get("EXECSCORE")!.callback(94.2, 95)).toBe(9.92);
    expect(byName.get("INDICATORSCORE")!.callback(10, ">=95%", "=100%")).toBe(9.47);
    expect(outcome(() => byName.get("SHARE")!.callback(1, 0))).toMatchObject({ error: "#DIV/0!" });
  });
});
