import { DEFINITIONS } from "../../functions/definitions";
import { runFunction } from "../../functions/runner";
import * as wrappers from "../../functions/functions";
import { FunctionError } from "../../functions/invoke";
import { registerWps } from "../../functions/register-wps";

const ok = (id: Parameters<typeof runFunction>[0], ...args: unknown[]) => {
  const r = runFunction(id, args);
  if (!("value" in r)) throw new Error(`${r.error} ${r.message}`);
  return r.value;
};
const err = (id: Parameters<typeof runFunction>[0], ...args: unknown[]) => {
  const r = runFunction(id, args);
  if ("value" in r) throw new Error(`expected an error, got ${String(r.value)}`);
  return r;
};

describe("the issue's examples", () => {
  test("INDICATORSCORE", () => {
    expect(ok("INDICATORSCORE", 10, ">=95%", "=100%")).toBe(9.47);
    expect(ok("INDICATORSCORE", 30, ">=100人", "=161人")).toBe(11.7);
    expect(ok("INDICATORSCORE", 10, "<=66.30万元", "=65.5万元")).toBe(10);
    expect(ok("INDICATORSCORE", 10, ">=95%", "=100%", "满意度赋分")).toBe(10);
  });
  test("VARIANCETEXT", () => {
    expect(ok("VARIANCETEXT", 1196.98, 1145.67)).toContain("增加51.31万元，增长4.48%");
    expect(ok("VARIANCETEXT", 340.22, 386.87)).toContain("减少46.65万元，下降12.06%");
  });
  test("EXECRATE, EXECSCORE, SHARE, COMPLETIONRATE, SUMCHECK", () => {
    expect(ok("EXECRATE", 94.2, 95)).toBe(0.991578947368421);
    expect(ok("EXECSCORE", 94.2, 95)).toBe(9.92);
    expect(ok("EXECSCORE", 94.2, 95, 20)).toBe(19.83);
    expect(ok("SHARE", "2,349.21", "2,912.86")).toBe(2349.21 / 2912.86);
    expect(ok("COMPLETIONRATE", ">=1万人", "=1.036万人")).toBe(1.036);
    expect(ok("SUMCHECK", 1537.21, [[1196.98], [340.22]])).toBe(true);
    expect(ok("SUMCHECK", 1537.15, [[1196.98], [340.22]])).toBe("不一致：差额-0.05（合计−明细）");
  });
});

describe("coercion in one place", () => {
  test("numeric text, full width, percent and units read like numbers", () => {
    expect(ok("EXECRATE", "1,196.98", "1,145.67")).toBe(ok("EXECRATE", 1196.98, 1145.67));
    expect(ok("EXECRATE", "９４．２", "９５")).toBe(ok("EXECRATE", 94.2, 95));
    expect(ok("EXECRATE", "94.2万元", 95)).toBe(ok("EXECRATE", 94.2, 95));
    expect(ok("SHARE", "50%", 1)).toBe(0.5);
  });
  test("blank as null (web) and as 0 (desktop) give the same result", () => {
    expect(ok("EXECRATE", null, 95)).toBe(ok("EXECRATE", 0, 95));
    expect(ok("EXECRATE", "", 95)).toBe(0);
    expect(ok("EXECRATE", "—", 95)).toBe(0);
    expect(err("EXECRATE", 1, null)).toEqual(err("EXECRATE", 1, 0));
    expect(ok("SUMCHECK", 10, [[10, null, ""], ["—", 0, null]])).toBe(true);
  });
  test("omitted optional arguments take their defaults", () => {
    expect(ok("EXECSCORE", 94.2, 95, undefined)).toBe(9.92);
    expect(ok("VARIANCERATE", 799, 0, null)).toBe(1);
    expect(ok("VARIANCERATE", 799, 0, "FALSE")).toBe(1);
  });
  test("text is #VALUE! with a Chinese message naming the argument", () => {
    expect(err("EXECRATE", "abc", 95)).toEqual({
      error: "#VALUE!",
      message: '参数 executed（全年执行数）不是数字：“abc” / argument executed is not a number: "abc"',
    });
    expect(err("SUMCHECK", 10, [[1, "x"]]).message).toContain("参数 items（明细）第2个单元格不是数字");
    expect(err("INDICATORSCORE", 10, "", "=1次").message).toContain("参数 target（目标值）为空");
    expect(err("INDICATORSCORE", 10, ">=95%", "很好").message).toContain("无法识别业绩值");
    expect(err("EXECRATE", true, 95).error).toBe("#VALUE!");
    expect(err("EXECRATE", { error: "#REF!" }, 95).message).toContain("#REF!");
    expect(err("VARIANCERATE", 1, 0, "maybe").message).toContain("应为 TRUE 或 FALSE");
  });
  test("no base is #DIV/0!", () => {
    expect(err("EXECRATE", 1, 0).error).toBe("#DIV/0!");
    expect(err("SHARE", 1, "0.00").error).toBe("#DIV/0!");
    expect(err("VARIANCERATE", 1, 0, true).error).toBe("#DIV/0!");
    expect(err("COMPLETIONRATE", ">=0次", "=1次").error).toBe("#DIV/0!");
    expect(err("EXECSCORE", 1, 0).error).toBe("#DIV/0!");
  });
  test("a 1×1 range passed to a scalar argument is its value", () => {
    expect(ok("EXECRATE", [[94.2]], [[95]])).toBe(ok("EXECRATE", 94.2, 95));
    expect(err("EXECRATE", [[1, 2]], 95).message).toContain("应为单个单元格");
  });
});

describe("wrappers and registration", () => {
  test("every definition has a wrapper, documented and registered once", () => {
    expect(Object.keys(wrappers.WRAPPERS).sort()).toEqual(DEFINITIONS.map((d) => d.id).sort());
    for (const d of DEFINITIONS) {
      expect(d.description).toMatch(/[\u4e00-\u9fff]/);
      expect(d.args.every((a) => /[\u4e00-\u9fff]/.test(a.nameZh + a.description))).toBe(true);
    }
  });
  test("wrappers throw a FunctionError with the Excel code outside Excel", () => {
    expect(wrappers.EXECRATE(94.2, 95)).toBe(0.991578947368421);
    expect(() => wrappers.EXECRATE(1, 0)).toThrow(FunctionError);
    try {
      wrappers.EXECRATE("abc", 1);
    } catch (e) {
      expect((e as FunctionError).code).toBe("#VALUE!");
    }
  });
  test("registerWps registers the same wrappers with metadata", () => {
    const calls: { ns: string; name: string; fn: unknown; meta?: { parameters: unknown[] } }[] = [];
    const ids = registerWps({ AddCustomFunction: (ns, name, fn, meta) => void calls.push({ ns, name, fn, meta }) });
    expect(ids).toHaveLength(8);
    for (const c of calls) {
      expect(c.ns).toBe("FA");
      // WPS gets the wrapper behind its argument normalization (functions/wps-args.ts), same results
      const id = c.name as keyof typeof wrappers.WRAPPERS;
      const args = id === "SUMCHECK" ? [10, [[4], [6]]] : id === "INDICATORSCORE" || id === "COMPLETIONRATE" ? [10, ">=95%", "=100%"].slice(id === "COMPLETIONRATE" ? 1 : 0) : [94.2, 95];
      expect((c.fn as (...a: unknown[]) => unknown)(...args)).toEqual((wrappers.WRAPPERS[id] as (...a: unknown[]) => unknown)(...args));
      expect(c.meta!.parameters.length).toBe(DEFINITIONS.find((d) => d.id === c.name)!.args.length);
    }
  });
});
