import type { Finding, RuleMeta, Severity } from "../../rules/shared/types";
import type { TableKind } from "../../tables/types";
import type { Sentence } from "./sentences";
import { INPUT_RULES, meta } from "../input-rules";

/** The 文表 checks of a written 说明 (catalogue metadata; messages are built per finding). */
export const NARRATIVE_RULES: RuleMeta[] = [
  meta("narrative-amount", "说明金额与报表不一致", "Amount in the text differs from the tables", "error",
    "说明中写明的金额（含年初预算数、决算数、增减额）与报表中同名数字在显示精度下比较。"),
  meta("narrative-rate", "说明增减率或预决算差异率不能由金额复算", "Rate in the text does not recompute", "error",
    "增长/下降率由本年数与增减额复算（上年数 = 本年数 − 增减额）；预决算差异率 =（决算数 − 预算数）÷ 预算数，带符号；差0.01个百分点为截位（提示）；少于两位小数的百分比按其写明的位数复算。"),
  meta("narrative-direction", "说明方向词与数字相反", "Direction word contradicts the figures", "error",
    "增加应配增长、减少应配下降；给出上年决算数时，方向词须与本年数减上年数的符号一致。"),
  meta("narrative-share", "说明占比不能由金额复算", "Share in the text does not recompute", "error",
    "占比 = 部分 ÷ 整体，整体为“其中”前的金额、“占…的”所指金额，或结构段的一般公共预算财政拨款支出。列举句（“分别占…的x%、y%”“占比分别为…”）中第n个占比对应第n个项目；占比按其写明的小数位复算。"),
  meta("narrative-sum", "说明“其中”各项之和与总数不符", "Parts after 其中 do not add up", "error",
    "同一句中“其中：”后两项及以上金额之和应等于其前的总数（XBRL 容差内为尾差，提示）。"),
  meta("narrative-count", "说明个数与报表不符", "Count in the text differs from the tables", "error",
    "整体支出绩效自评表个数、预算绩效评价项目个数与识别到的自评表个数比较。"),
  meta("narrative-reason", "增减或预决算差异未说明原因", "A change is stated without a reason", "warning",
    "与上年相比的增减额、预决算差异率不为零时，同一句须写明原因（持平无需原因）。"),
  ...INPUT_RULES,
];


export interface NarrativeFindingInput {
  rule: string;
  severity: Severity;
  sentence: Sentence;
  source: string;
  message: string;
  messageEn: string;
  expected: string;
  actual: string;
  related?: string[];
  table?: TableKind;
}

/** A finding on a sentence: sheet is the source name, cell the line reference "L12". */
export function narrativeFinding(f: NarrativeFindingInput): Finding {
  const line = f.sentence.line;
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.source,
    cell: `L${line}`,
    related: f.related ?? [],
    message: `第${line}行：${f.message}`,
    messageEn: `line ${line}: ${f.messageEn}`,
    expected: f.expected,
    actual: f.actual,
    table: f.table,
  };
}
