/**
 * The FA custom functions as DATA: id, Chinese name and description, argument declarations, and a
 * body that is only arithmetic. Coercion and error mapping live once in runner.ts (the shape of
 * HyperFormula's function plugins). Argument order is a public contract.
 */
import { checkSum } from "../src/numbers/tolerance";
import { changeRatio, ratio, toDecimal, type Exact } from "../src/numbers/fastpath";
import { formatAmount } from "../src/numbers/format";
import {
  completionRate,
  executionRate,
  executionScore,
  fastIndicatorScore,
  parseActual,
  parseTarget,
  scoreIndicator,
} from "../src/indicators";
import { varianceRate, varianceSentence } from "../src/explain/variance";

export type ArgType = "number" | "text" | "boolean" | "range";

export interface ArgSpec {
  /** English parameter name (the JSDoc @param name in functions.ts). */
  name: string;
  /** Chinese name used in messages: 参数 budget（全年预算数）. */
  nameZh: string;
  type: ArgType;
  description: string;
  optional?: boolean;
  /** value of an omitted optional argument. */
  default?: number | string | boolean;
}

export type ErrorCode = "#VALUE!" | "#DIV/0!" | "#NUM!";
export interface FnError {
  error: ErrorCode;
  message: string;
}
export type FnValue = number | string | boolean;
export type Coerced = Exact | string | boolean | Exact[] | null;

export interface FunctionDef {
  id: FunctionId;
  nameZh: string;
  description: string;
  args: ArgSpec[];
  result: "number" | "string" | "any";
  example: { formula: string; result: string };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: (...args: any[]) => FnValue | FnError;
}

export type FunctionId =
  | "EXECRATE"
  | "VARIANCERATE"
  | "INDICATORSCORE"
  | "COMPLETIONRATE"
  | "EXECSCORE"
  | "SHARE"
  | "VARIANCETEXT"
  | "SUMCHECK";

export const valueError = (message: string): FnError => ({ error: "#VALUE!", message });
export const divError = (message: string): FnError => ({ error: "#DIV/0!", message });
export const numError = (message: string): FnError => ({ error: "#NUM!", message });

const isZero = (x: Exact) => (typeof x === "number" ? x === 0 : x.isZero());
/** An indicators failure → the Excel error a user expects. */
const fromFailure = (f: { kind: string; reason: string; reasonEn: string }): FnError => {
  const message = `${f.reason} / ${f.reasonEn}`;
  return f.kind === "divide-by-zero" ? divError(message) : f.kind === "out-of-range" ? numError(message) : valueError(message);
};

const amount = (name: string, nameZh: string, description: string): ArgSpec => ({ name, nameZh, type: "number", description });

export const DEFINITIONS: FunctionDef[] = [
  {
    id: "EXECRATE",
    nameZh: "执行率",
    description: "执行率 = 全年执行数 ÷ 全年预算数（比值，设为百分比格式显示）",
    args: [amount("executed", "全年执行数", "全年执行数"), amount("budget", "全年预算数", "全年预算数（不是年初预算数）")],
    result: "number",
    example: { formula: "=FA.EXECRATE(94.2,95)", result: "0.991578947…（显示为 99.16%）" },
    body: (executed: Exact, budget: Exact) =>
      isZero(budget) ? divError("全年预算数为0，无法计算执行率 / budget is 0") : ratio(executed, budget),
  },
  {
    id: "VARIANCERATE",
    nameZh: "增减率",
    description: "增减率 =（本期数 − 基数）÷ 基数；基数为0时按公开惯例：0→X 为 100%，0→0 为 0%（strict 为 TRUE 时返回 #DIV/0!）",
    args: [
      amount("actual", "本期数", "本年决算数（或决算数）"),
      amount("base", "基数", "上年决算数（或年初预算数）"),
      { name: "strict", nameZh: "严格", type: "boolean", description: "TRUE：基数为0时返回 #DIV/0!", optional: true, default: false },
    ],
    result: "number",
    example: { formula: "=FA.VARIANCERATE(1196.98,1145.67)", result: "0.04478…（4.48%）" },
    body: (actual: Exact, base: Exact, strict: boolean) => {
      if (!isZero(base)) return changeRatio(actual, base);
      const conventional = varianceRate(toDecimal(actual), 0, { strict });
      return conventional === null ? divError("基数为0，无法计算增减率 / base is 0") : conventional.toNumber();
    },
  },
  {
    id: "INDICATORSCORE",
    nameZh: "指标得分",
    description: "指标得分（保留2位小数）：按赋分规则由目标值、业绩值和权重计算",
    args: [
      amount("weight", "权重", "指标权重（分值）"),
      { name: "target", nameZh: "目标值", type: "text", description: "目标值，如 >=95%、<=66.30万元、2024年12月20日之前、提高" },
      { name: "actual", nameZh: "业绩值", type: "text", description: "业绩值，如 =100%、=161人、2024年8月16日、达到预期指标" },
      {
        name: "rule",
        nameZh: "赋分规则",
        type: "text",
        description: "按照完成比例赋分（默认）、满意度赋分、直接赋分、按评判等级赋分",
        optional: true,
        default: "",
      },
    ],
    result: "number",
    example: { formula: '=FA.INDICATORSCORE(10,">=95%","=100%")', result: "9.47" },
    body: (weight: Exact, target: string, actual: string, rule: string) => {
      // floats when they provably give the same 2-decimal score (src/indicators/fast-score.ts)
      const fast = typeof weight === "number" ? fastIndicatorScore(weight, target, actual, rule) : undefined;
      if (fast !== undefined) return fast;
      const scored = scoreIndicator({ weight: toDecimal(weight), target, actual, rule });
      if (!scored.ok) return fromFailure(scored);
      if (scored.score === null) {
        return valueError(`需按评判等级人工评定，得分应在0至${scored.maxScore.toString()}之间 / graded by judgement`);
      }
      return scored.score.toNumber();
    },
  },
  {
    id: "COMPLETIONRATE",
    nameZh: "完成率",
    description: "完成率（比值）：由目标值与业绩值计算，如 >=95% 与 =100% 得 1.0526…",
    args: [
      { name: "target", nameZh: "目标值", type: "text", description: "目标值，如 >=95%" },
      { name: "actual", nameZh: "业绩值", type: "text", description: "业绩值，如 =100%" },
    ],
    result: "number",
    example: { formula: '=FA.COMPLETIONRATE(">=1万人","=1.036万人")', result: "1.036（103.60%）" },
    body: (target: string, actual: string) => {
      const t = parseTarget(target);
      if (!t.ok) return fromFailure(t);
      const a = parseActual(actual);
      if (!a.ok) return fromFailure(a);
      const c = completionRate(t.value, a.value);
      if (!c.ok) return fromFailure(c);
      return c.rate === null ? valueError("定性指标未达到预期，完成率需人工评定 / rate needs a judgement") : c.rate.toNumber();
    },
  },
  {
    id: "EXECSCORE",
    nameZh: "执行率得分",
    description: "执行率得分 = min(执行率, 100%) × 分值（默认10），保留2位小数",
    args: [
      amount("executed", "全年执行数", "全年执行数"),
      amount("budget", "全年预算数", "全年预算数"),
      { name: "weight", nameZh: "分值", type: "number", description: "分值，默认10", optional: true, default: 10 },
    ],
    result: "number",
    example: { formula: "=FA.EXECSCORE(94.2,95)", result: "9.92" },
    body: (executed: Exact, budget: Exact, weight: Exact) => {
      if (toDecimal(weight).lt(0)) return valueError("分值不能为负数 / weight is negative");
      const rate = executionRate(toDecimal(executed), toDecimal(budget));
      return "ok" in rate ? fromFailure(rate) : executionScore(rate, toDecimal(weight)).toNumber();
    },
  },
  {
    id: "SHARE",
    nameZh: "占比",
    description: "占比 = 部分 ÷ 合计（比值，设为百分比格式显示）",
    args: [amount("part", "部分", "部分金额"), amount("total", "合计", "合计金额")],
    result: "number",
    example: { formula: "=FA.SHARE(2349.21,2912.86)", result: "0.80649…（80.65%）" },
    body: (part: Exact, total: Exact) => (isZero(total) ? divError("合计为0，无法计算占比 / total is 0") : ratio(part, total)),
  },
  {
    id: "VARIANCETEXT",
    nameZh: "增减说明",
    description: "生成与上年比较的说明句，如“支出决算数为1,196.98万元，比上年决算增加51.31万元，增长4.48%,主要原因是：…”",
    args: [
      amount("current", "本年决算数", "本年决算数（万元）"),
      amount("previous", "上年决算数", "上年决算数（万元）"),
      { name: "subject", nameZh: "科目", type: "text", description: "科目或项目名称（可省略）", optional: true, default: "" },
      { name: "reason", nameZh: "原因", type: "text", description: "主要原因（省略时填入【请填写原因】）", optional: true, default: "" },
    ],
    result: "string",
    example: {
      formula: '=FA.VARIANCETEXT(1196.98,1145.67,"行政运行(项)")',
      result: "行政运行(项):支出决算数为1,196.98万元，比上年决算增加51.31万元，增长4.48%,主要原因是：【请填写原因】",
    },
    body: (current: Exact, previous: Exact, subject: string, reason: string) =>
      varianceSentence(toDecimal(current), toDecimal(previous), subject, reason),
  },
  {
    id: "SUMCHECK",
    nameZh: "合计校验",
    description: "合计与明细是否一致（XBRL计算1.1容差）：一致或仅有尾差返回 TRUE，否则返回带符号的差额说明",
    args: [
      amount("total", "合计", "合计数"),
      { name: "items", nameZh: "明细", type: "range", description: "明细单元格区域" },
    ],
    result: "any",
    example: { formula: "=FA.SUMCHECK(1537.21,B3:B4)", result: "TRUE（尾差 0.01 在容差内）" },
    body: (total: Exact, items: Exact[]) => {
      const check = checkSum(toDecimal(total), items.map(toDecimal), 2);
      if (check.status !== "mismatch") return true;
      const d = check.difference;
      return `不一致：差额${d.isNeg() ? "-" : "+"}${formatAmount(d.abs())}（合计−明细）`;
    },
  },
];

export const DEFINITION_BY_ID: Record<FunctionId, FunctionDef> = Object.fromEntries(DEFINITIONS.map((d) => [d.id, d])) as Record<
  FunctionId,
  FunctionDef
>;
