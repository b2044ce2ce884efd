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
  /** what the result means (docs/functions.md). */
  resultDescription: string;
  /**
   * Two calls shown in docs/functions.md; their results are computed there by the real function.
   * A nested array is a range (written as an array constant {…;…}).
   */
  examples: [unknown[], unknown[]];
  /** errors this function itself returns, beyond the argument errors every function shares (ARGUMENT_ERRORS). */
  errors: { code: ErrorCode; when: string }[];
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

/**
 * The argument errors every FA function shares (functions/runner.ts), and the result guard: the list
 * docs/functions.md prints.
 */
export const ARGUMENT_ERRORS: { code: ErrorCode; when: string }[] = [
  { code: "#VALUE!", when: "数字参数不是数字：文字、逻辑值、错误值单元格（#REF! 等）、多个单元格 / a number argument is text, a boolean, an error cell or several cells" },
  { code: "#VALUE!", when: "数字文本超过64个字符或有效数字超过30位（任何真实金额都更短，立即拒绝） / numeric text over 64 characters or 30 significant digits" },
  { code: "#VALUE!", when: "必填文字参数为空；目标值或业绩值超过100个字符；逻辑参数不是 TRUE/FALSE / empty required text, over-long target/actual, a non-boolean flag" },
  { code: "#VALUE!", when: "文字结果超过一个单元格能容纳的32767个字符 / a text result longer than a cell holds" },
  { code: "#NUM!", when: "结果超出可表示的数值范围（如除以 5e-324） / the result is outside the range of doubles (e.g. dividing by 5e-324)" },
];

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
        resultDescription: "执行率（比值，设为百分比格式显示，如 99.16%） / execution rate as a ratio",
    examples: [[94.2, 95], ["1,196.98", 0]],
    errors: [{ code: "#DIV/0!", when: "全年预算数为0 / budget is 0" }],
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
        resultDescription: "增减率（比值，负数为下降） / change ratio, negative for a decrease",
    examples: [[1196.98, 1145.67], [799, 0, true]],
    errors: [{ code: "#DIV/0!", when: "基数为0且 strict 为 TRUE / base is 0 with strict TRUE" }],
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
        resultDescription: "指标得分，0 至权重之间，保留2位小数 / indicator score between 0 and the weight, 2 decimals",
    examples: [[10, ">=95%", "=100%"], [10, ">=95%", "-5"]],
    errors: [
      { code: "#DIV/0!", when: "目标值为0（>= > = 比较） / the target is 0" },
      { code: "#NUM!", when: "目标值或业绩值为负数 / a negative target or actual" },
      { code: "#VALUE!", when: "目标值、业绩值无法识别、单位不一致或类型不符；未知赋分规则；权重为负；按评判等级赋分且未达到，需人工评定 / unreadable or mismatched target/actual, unknown rule, negative weight, or a score left to judgement" },
    ],
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
        resultDescription: "完成率（比值，如 1.036 显示为 103.60%） / completion rate as a ratio",
    examples: [[">=1万人", "=1.036万人"], ["<=66.30万元", "=70万元"]],
    errors: [
      { code: "#DIV/0!", when: "目标值为0（>= > = 比较） / the target is 0" },
      { code: "#NUM!", when: "目标值或业绩值为负数 / a negative target or actual" },
      { code: "#VALUE!", when: "目标值、业绩值无法识别、单位不一致或类型不符；定性指标未达到，需人工评定 / unreadable or mismatched target/actual, or a rate left to judgement" },
    ],
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
        resultDescription: "执行率得分，0 至分值之间，保留2位小数 / execution score between 0 and the weight, 2 decimals",
    examples: [[94.2, 95], [94.2, 95, 20]],
    errors: [
      { code: "#DIV/0!", when: "全年预算数为0 / budget is 0" },
      { code: "#VALUE!", when: "分值为负数 / negative weight" },
    ],
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
        resultDescription: "占比（比值，设为百分比格式显示） / share as a ratio",
    examples: [[2349.21, 2912.86], [1, "0.00"]],
    errors: [{ code: "#DIV/0!", when: "合计为0 / total is 0" }],
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
    resultDescription: "说明句（文本） / the explanation sentence",
    examples: [[1196.98, 1145.67, "行政运行(项)"], [340.22, 386.87, "", "会议费减少"]],
    errors: [],
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
        resultDescription: "TRUE（一致或尾差在容差内），否则为带符号的差额说明 / TRUE, or the signed difference as text",
    examples: [[1537.21, [[1196.98], [340.22]]], [1537.15, [[1196.98], [340.22]]]],
    errors: [],
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
