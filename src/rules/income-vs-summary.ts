import type { Finding, Rule } from "./shared/types";
import { checkSame, checkTotal } from "./shared/compare";
import { tablePair } from "./shared/labels";
import { firstOf, tablesOf, totalRow } from "./shared/select";

/** T2 合计-row column → the T1 income line showing the same figure. */
const SAME_AS_SUMMARY: [column: string, line: string, label: string][] = [
  ["total", "incomeTotal", "本年收入合计"],
  ["superior", "superiorSubsidy", "上级补助收入"],
  ["business", "businessIncome", "事业收入"],
  ["operating", "operatingIncome", "经营收入"],
  ["affiliated", "affiliatedIncome", "附属单位上缴收入"],
  ["other", "otherIncome", "其他收入"],
];

export const rule: Rule = {
  meta: {
    id: "income-vs-summary",
    title: "收入决算表合计行与收入支出决算总表一致",
    titleEn: "Income table totals match the summary table",
    formula: "收入决算表 合计行各栏 = 收入支出决算总表 相应收入",
    formulaEn: "income table totals = the summary table's matching income",
    severity: "error",
    scope: "表间",
    tables: ["income", "summary"],
    message: "{{label}}：{{stated}}为{{actual}}，{{reference}}为{{expected}}，相差{{difference}}。",
    messageEn: "{{label}}: {{statedEn}} states {{actual}}, {{referenceEn}} gives {{expected}}, difference {{difference}}.",
    description:
      "收入决算表（T2）合计行各栏应等于收入支出决算总表（T1）相应收入行：本年收入合计、上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入；T2 财政拨款收入 = T1 一般公共预算、政府性基金、国有资本经营预算财政拨款收入之和。",
  },
  check(context) {
    const summary = firstOf(context, "summary");
    if (!summary) return [];
    const out: Finding[] = [];
    const line = (k: string) => summary.lines[k]?.cells.amount;
    for (const income of tablesOf(context, "income")) {
      const total = totalRow(income);
      if (!total) continue;
      for (const [col, key, label] of SAME_AS_SUMMARY) {
        const site = { meta: rule.meta, table: "summary" as const, params: { label, ...tablePair("summary", "income") } };
        out.push(...checkSame(site, line(key), total.cells[col]));
      }
      const fiscal = ["gpbIncome", "govFundIncome", "soeIncome"].map(line);
      if (fiscal.some((f) => f)) {
        const label = "财政拨款收入（三项财政拨款收入之和）";
        const site = { meta: rule.meta, table: "income" as const, params: { label, ...tablePair("income", "summary") } };
        out.push(...checkTotal(site, total.cells.fiscal, fiscal));
      }
    }
    return out;
  },
};
