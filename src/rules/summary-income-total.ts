import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { tablesOf } from "./shared/select";

/** T1 income rows that make up 本年收入合计. */
export const SUMMARY_INCOME_KEYS = [
  "gpbIncome",
  "govFundIncome",
  "soeIncome",
  "superiorSubsidy",
  "businessIncome",
  "operatingIncome",
  "affiliatedIncome",
  "otherIncome",
] as const;

export const rule: Rule = {
  meta: {
    id: "summary-income-total",
    title: "本年收入合计等于各项收入之和",
    titleEn: "Total income equals the sum of income rows",
    formula: "本年收入合计 = Σ 各项收入",
    formulaEn: "income of the year = Σ income lines",
    severity: "error",
    scope: "表内",
    tables: ["summary"],
    message: "收入支出决算总表本年收入合计应为{{expected}}（各项收入之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "Summary table: total income should be {{expected}} (sum of income rows), stated {{actual}}, difference {{difference}}.",
    description:
      "收入支出决算总表（T1）中，本年收入合计 = 一般公共预算、政府性基金、国有资本经营预算财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "summary")) {
      const items = SUMMARY_INCOME_KEYS.map((k) => t.lines[k]?.cells.amount);
      out.push(...checkTotal({ meta: rule.meta, table: t.kind, params: {} }, t.lines.incomeTotal?.cells.amount, items));
    }
    return out;
  },
};
