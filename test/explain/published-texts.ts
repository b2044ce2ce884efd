/**
 * 说明 passages of other departments' published 部门决算, with the table figures their sentences
 * refer to transcribed into table models (the test/rules/models.ts helpers), and every text-vs-table
 * inconsistency listed by hand: `real` ones are in the published text, `planted` ones were made here.
 *
 * The sentences follow the published ones figure for figure and in their wording habits (no
 * thousands separator, "0万元", one-decimal percents, a space before the unit, "原因为…" without a
 * colon, "决算数大于预算数…", "差值为…"), reworded where the wording does not matter to a check.
 * Only the tables the sentences quote are built: a figure the text does not give is not invented.
 */
import type { TableModel } from "../../src/tables/types";
import { coded, threePublic } from "../rules/models";

/** One inconsistency: the findings (rule, actual as the checker reports it) that count as finding it. */
export interface ListedError {
  id: string;
  origin: "real" | "planted";
  what: string;
  findings: [rule: string, actual: string][];
}

export interface PublishedText {
  name: string;
  /** where the published document was read. */
  source: string;
  /** one paragraph per line, headings on their own lines, as the document has them. */
  text: string;
  tables: TableModel[];
  errors: ListedError[];
}

/**
 * 天水市幼儿园 2017 年度部门决算 (Gansu; a public institution). Tables: T2 and T3 合计 rows and the
 * T5 total, as the text states them. Real: 完成年初预算100% contradicts 决算数大于预算数55.93万元.
 */
const tianshui: PublishedText = {
  name: "天水市幼儿园 2017",
  source: "http://www.kmxxf.com/jyj/info/1217/105784.htm",
  text: [
    "二、部门决算情况说明",
    "（一）收入决算情况",
    "2017年度，本单位收入为1687.45万元，其中：财政拨款收入1516.64万元，占89.88%；事业收入170.81万元，占10.21%；经营收入0万元，占0%；其他收入0万元，占0%。",
    "（二）支出决算情况",
    "2017年度，本单位支出为1942.57万元。其中：基本支出1121.90万元，占57.71%；项目支出821.48万元，占42.29%；经营支出0万元，占0%。",
    "（三）财政拨款收入决算情况",
    "2017年度，本单位财政拨款收入总计1516.64万元，与上年相比减少58.49万元，降低3.71%。其中：一般公共预算财政拨款收入1486.64万元，政府性基金预算财政拨款收入30万元。",
    "三、一般公共预算财政拨款支出决算情况",
    "2017年度，本单位一般公共预算财政拨款支出总计1741.75万元，与上年相比减少53.7万元，降低2.29%；完成年初预算100%，决算数大于预算数55.93万元，主要原因：职工工资调标个人部分增加及学前教育免保教费资金补助增加。",
  ].join("\n"),
  tables: [
    coded("income", [["", "合计", 1687.45, 1516.64, 0, 170.81, 0, 0, 0]]),
    coded("expenditure", [["", "合计", 1942.57, 1121.09, 821.48, 0, 0, 0]]),
    coded("gpb-expenditure", [["", "合计", 1741.75, null, null]]),
  ],
  errors: [
    { id: "A1", origin: "real", what: "完成年初预算100%, but 决算数大于预算数55.93万元: 1741.75 ÷ 1685.82 = 103.32%", findings: [["narrative-rate", "100%"]] },
    { id: "A2", origin: "planted", what: "事业收入 share 10.21% (digits swapped; 170.81 ÷ 1687.45 = 10.12%)", findings: [["narrative-share", "10.21%"]] },
    {
      id: "A3",
      origin: "planted",
      what: "基本支出 1121.90 against T3 1121.09 (its share and the 其中 sum follow from it)",
      findings: [["narrative-amount", "1,121.90"], ["narrative-share", "57.71%"], ["narrative-sum", "1,942.57"]],
    },
    { id: "A4", origin: "planted", what: "一般公共预算财政拨款支出 降低2.29% (53.7 ÷ 1795.45 = 2.99%)", findings: [["narrative-rate", "2.29%"]] },
  ],
};

/** A department's 2018 “三公” section (hlx.gov.cn): T9 as the text states it. No real inconsistency found by hand. */
const hlx: PublishedText = {
  name: "hlx.gov.cn 2018 三公",
  source: "https://hlx.gov.cn/zfxxgk/fdzdgknr/czxx/sgjf/1571070720929275906.html",
  text: [
    "一、“三公”经费财政拨款支出总体情况说明",
    "2018年度本部门一般公共预算财政拨款安排的“三公”经费支出2.05万元，较上年2.08减少0.03万元，减少了1.54%，原因为严格落实中央八项规定精神，厉行节约；其中：因公出国（境）支出0万元；公务用车购置支出0万元；公务用车运行维护费用支出0万元；公务接待费支出2.05万元，占“三公”经费的100%。",
    "2018年公务接待24批次，210人次，支出2.05万元，较上年减少0.03万元，减少了1.44%，原因为厉行节约，接待批次和人员减少。",
    "二、“三公”经费财政拨款支出与年初预算对比情况",
    "2018年度本部门一般公共预算财政拨款安排的“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.9万元。其中：因公出国（境）支出0万元，年初预算为0万元，差值为0万元；公务用车购置支出0万元，年初预算为0万元，差值为0万元；公务用车运行维护费支出0万元，年初预算为0.95万元，差值为0.95万元，原因为厉行节约，压减开支；公务接待费支出2.05万元，年初预算为2.5万元，差值为0.05万元，原因为下乡次数增加。",
  ].join("\n"),
  // budget then final: 合计, 因公出国（境）, 公务用车购置及运行, 购置, 运行维护, 公务接待
  tables: [threePublic([2.95, 0, 0.95, 0, 0.95, 2], [2.05, 0, 0, 0, 0, 2.05], "三公经费支出决算表")],
  errors: [
    { id: "B1", origin: "planted", what: "三公 减少了1.54% (0.03 ÷ 2.08 = 1.44%)", findings: [["narrative-rate", "1.54%"]] },
    {
      id: "B2",
      origin: "planted",
      what: "公务接待费 年初预算为2.5万元 against T9 2.00 (its 差值 then no longer recomputes)",
      findings: [["narrative-amount", "2.50"], ["narrative-amount", "0.05"]],
    },
  ],
};

/** 梧州市农产品质量安全综合检测中心 2020 (Guangxi): the “三公” section of its PDF, spaces before units as printed. */
const wuzhou: PublishedText = {
  name: "梧州市农产品质量安全综合检测中心 2020 三公",
  source: "http://117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1242/upload20210909/7762259D931BC0368C16F46A6E793A23.html",
  text: [
    "七、“三公”经费支出决算情况说明",
    "2020年度一般公共预算财政拨款安排的“三公”经费支出决算中，因公出国（境）费支出决算 0万元；公务用车购置及运行费支出决算3.98万元；公务接待费支出决算 1.8万元。",
    "2020 年度一般公共预算财政拨款安排的“三公”经费支出决算总额为 5.48 万元，比预算增加 0 万元，比去年增加 1.55 万元，增长 39.4%，增加原因主要是公务用车运行支出增加。其中，因公出国支出决算比预算无增减变化，比去年无增减变化；公务用车购置支出决算比预算无增减变化，比去年无增减变化；公务用车运行维护费支出决算比预算无增减变化，比去年增加 1.05 万元，增长 38.5%，增加原因主要是检测任务大幅增加，公务车使用增加；公务接待费支出决算比预算无增减变化，比去年增加 0.5 万元，增长 50%，增加原因主要是上级部门监督检查、调研及同行业务交流增加。",
    "（一）因公出国（境）费支出 0 万元。全年使用财政拨款安排本单位出国团组 0 个，累计 0 人次。",
    "（二）公务用车购置及运行费支出 3.98万元。其中：公务用车购置支出0万元；公务用车运行支出 3.98万元。",
    "（三）公务接待费支出 1.5 万元。",
  ].join("\n"),
  // 比预算增加 0 万元 for every item: the budget is the final
  tables: [threePublic([5.48, 0, 3.98, 0, 3.98, 1.5], [5.48, 0, 3.98, 0, 3.98, 1.5], "三公经费支出决算表")],
  errors: [
    { id: "C1", origin: "planted", what: "公务接待费支出决算 1.8万元 against T9 1.50", findings: [["narrative-amount", "1.80"]] },
    { id: "C2", origin: "planted", what: "公务用车运行维护费 增长38.5% (1.05 ÷ 2.93 = 35.8%)", findings: [["narrative-rate", "38.5%"]] },
  ],
};

export const PUBLISHED_TEXTS: readonly PublishedText[] = [tianshui, hlx, wuzhou];

/**
 * The text as published, without the planted errors: each planted error's sentence restored. Used
 * to show the checker is silent (no false error) on the correct text.
 */
export const PLANTED_FIXES: Record<string, [planted: string, published: string][]> = {
  "天水市幼儿园 2017": [["占10.21%", "占10.12%"], ["基本支出1121.90万元", "基本支出1121.09万元"], ["降低2.29%", "降低2.99%"]],
  "hlx.gov.cn 2018 三公": [["减少了1.54%", "减少了1.44%"], ["年初预算为2.5万元", "年初预算为2万元"]],
  "梧州市农产品质量安全综合检测中心 2020 三公": [["支出决算 1.8万元", "支出决算 1.5万元"], ["增长 38.5%", "增长 35.8%"]],
};

export interface Score {
  found: string[];
  missed: string[];
  /** error findings that none of the listed inconsistencies explains. */
  falseErrors: string[];
}

/** Errors found of those listed, and false errors, from the checker's findings on one text. */
export function score(doc: PublishedText, findings: { rule: string; severity: string; actual: string; message: string }[], only?: (e: ListedError) => boolean): Score {
  const listed = doc.errors.filter(only ?? (() => true));
  const errors = findings.filter((f) => f.severity === "error");
  const explains = (e: ListedError, f: { rule: string; actual: string }) => e.findings.some(([rule, actual]) => rule === f.rule && actual === f.actual);
  const primary = (e: ListedError) => errors.some((f) => f.rule === e.findings[0][0] && f.actual === e.findings[0][1]);
  return {
    found: listed.filter(primary).map((e) => e.id),
    missed: listed.filter((e) => !primary(e)).map((e) => e.id),
    falseErrors: errors.filter((f) => !listed.some((e) => explains(e, f))).map((f) => f.message),
  };
}
