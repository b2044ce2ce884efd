/**
 * 第三部分 专业名词解释 (data: one entry per term, with the tables that make it relevant) and
 * 第四部分's list of 附表, in the seed's order and wording.
 */
import type { TableKind } from "../tables/types";

export interface Term {
  term: string;
  definition: string;
  /** the term is explained when one of these tables is present. */
  tables: TableKind[];
}

export const TERMS: Term[] = [
  { term: "财政拨款收入", definition: "指同级财政当年拨付的资金。", tables: ["income"] },
  { term: "上级补助收入", definition: "指事业单位从主管部门和上级单位取得的非财政补助收入。", tables: ["income"] },
  { term: "事业收入", definition: "指事业单位开展专业业务活动及其辅助活动所取得的收入。", tables: ["income"] },
  { term: "经营收入", definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。", tables: ["income"] },
  { term: "附属单位上缴收入", definition: "指事业单位附属的独立核算单位按有关规定上缴的收入。", tables: ["income"] },
  { term: "其他收入", definition: "指除上述“财政拨款收入”、“事业收入”、“经营收入”、“附属单位上缴收入”等之外取得的收入。", tables: ["income"] },
  {
    term: "年初结转和结余",
    definition: "指以前年度支出预算因客观条件变化未执行完毕、结转到本年度按有关规定继续使用的资金，既包括财政拨款结转和结余，也包括事业收入、经营收入、其他收入的结转和结余。",
    tables: ["summary", "fiscal-summary"],
  },
  {
    term: "年末结转和结余",
    definition: "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续使用的资金，既包括财政拨款结转和结余，也包括事业收入、经营收入、其他收入的结转和结余。",
    tables: ["summary", "fiscal-summary"],
  },
  { term: "基本支出", definition: "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。", tables: ["expenditure", "gpb-basic"] },
  { term: "项目支出", definition: "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", tables: ["expenditure"] },
  { term: "经营支出", definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。", tables: ["expenditure"] },
  { term: "对附属单位补助支出", definition: "指事业单位发生的用非财政预算资金对附属单位的补助支出。", tables: ["expenditure"] },
  {
    term: "“三公”经费",
    definition:
      "指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置反映公务用车购置支出（含车辆购置税、牌照费）；公务用车运行维护费反映单位按规定保留的公务用车燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）费用。",
    tables: ["three-public"],
  },
  { term: "机关运行经费", definition: "行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用经费支出。", tables: ["gpb-basic"] },
];

/** The nine 决算表 of 第四部分, in the order they are published. */
export const TABLE_TITLES: [TableKind, string][] = [
  ["summary", "收入支出决算总表"],
  ["income", "收入决算表"],
  ["expenditure", "支出决算表"],
  ["fiscal-summary", "财政拨款收入支出决算总表"],
  ["gpb-expenditure", "一般公共预算财政拨款支出决算表"],
  ["gpb-basic", "一般公共预算财政拨款基本支出决算表"],
  ["gov-fund", "政府性基金预算财政拨款收入支出决算表"],
  ["soe-capital", "国有资本经营预算财政拨款收入支出决算表"],
  ["three-public", "财政拨款“三公”经费支出决算表"],
];

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 14 → 十四, 21 → 二十一 (heading numbers up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}
