/**
 * For hosts without custom functions (Office LTSC 2021): the 说明底稿 formulas written with built-in
 * functions give the same text and rates as FA.VARIANCETEXT / FA.VARIANCERATE, evaluated side by side
 * in HyperFormula. HyperFormula has no FIXED, so the test registers one as Excel documents it
 * (round half away from zero, comma thousands), independent of the add-in's own formatting.
 * Amounts have 2 decimals as the tables carry them; with a third decimal, binary floating point can
 * put a built-in result 0.01 off where decimal arithmetic rounds half-up (documented in docs/explain.md).
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from "hyperformula";
import { rateFormula, textFormula } from "../../src/explain/builtin-formulas";
import { registerFaPlugin } from "../functions/hyperformula-plugin";

class FixedPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    FIXED: { method: "fixed", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 }] },
  };
  fixed(ast: { args: never[] }, state: never) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (this as any).runFunction(ast.args, state, (this as any).metadata("FIXED"), (n: number, d: number) =>
      n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d, roundingMode: "halfExpand" } as Intl.NumberFormatOptions),
    );
  }
}

registerFaPlugin();
HyperFormula.registerFunctionPlugin(FixedPlugin, { enGB: { FIXED: "FIXED" }, enUS: { FIXED: "FIXED" } });

// 本年, 上年, 科目, 原因: the seed's cases (增加, 减少, from 0, to 0, 0 → 0, no subject, no reason, thousands)
const ROWS: [number, number | null, string, string][] = [
  [1196.98, 1145.67, "教育支出(类)教育管理事务(款)行政运行(项)", "本年在职人员工资调增"],
  [340.22, 386.87, "一般行政管理事务(项)", ""],
  [799, 0, "其他城乡社区支出(项)", "新增项目"],
  [0, 0.88, "宗教事务(项)", "科目调整"],
  [0, 0, "因公出国（境）费", "未安排"],
  [2349.21, 1685.31, "", "  人员经费增加  "],
  [12345.67, 10000.05, "大额", "x"],
  [10, 31.53, "其他支出(项)", "本年减少为民办事经费"],
  [5, null, "无上年", ""],
];

test("built-in formulas give FA.VARIANCETEXT's text and FA.VARIANCERATE's rate on every case", () => {
  const cells = { current: "A1", previous: "B1", subject: "C1", reason: "D1" };
  const sheet = ROWS.map(([cur, prev, subject, reason], i) => {
    const r = i + 1;
    const at = { current: `A${r}`, previous: `B${r}`, subject: `C${r}`, reason: `D${r}` };
    return [cur, prev, subject, reason, textFormula("fa", at), textFormula("builtin", at), rateFormula("fa", at.current, at.previous), rateFormula("builtin", at.current, at.previous)];
  });
  expect(cells.current).toBe("A1");
  const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3", smartRounding: false });
  try {
    const values = hf.getSheetValues(0);
    for (const row of values) {
      expect(row[5]).toBe(row[4]);
      expect(typeof row[7] === "number" ? (row[7] as number).toFixed(12) : row[7]).toBe(typeof row[6] === "number" ? (row[6] as number).toFixed(12) : row[6]);
    }
    expect(values[0][5]).toBe("教育支出(类)教育管理事务(款)行政运行(项):支出决算数为1,196.98万元，比上年决算增加51.31万元，增长4.48%,主要原因是：本年在职人员工资调增");
    expect(values[8][5]).toBe("【请填写上年决算数】");
  } finally {
    hf.destroy();
  }
  expect(textFormula("builtin", cells)).not.toMatch(/FA\./);
});
