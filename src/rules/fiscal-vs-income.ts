import type { Finding, Rule } from "./shared/types";
import { checkSame } from "./shared/compare";
import { tablePair } from "./shared/labels";
import { firstOf, tablesOf, totalRow } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "fiscal-vs-income",
    title: "财政拨款本年收入与收入决算表财政拨款收入一致",
    titleEn: "Fiscal income matches the income table's fiscal column",
    formula: "财政拨款 本年收入 = 收入决算表 合计行 财政拨款收入",
    formulaEn: "fiscal income of the year = the income table's fiscal income total",
    severity: "error",
    scope: "表间",
    tables: ["fiscal-summary", "income"],
    message: "本年财政拨款收入：{{stated}}为{{actual}}，{{reference}}合计行财政拨款收入为{{expected}}，相差{{difference}}。",
    messageEn: "Fiscal income: {{statedEn}} states {{actual}}, {{referenceEn}} total row gives {{expected}}, difference {{difference}}.",
    description: "财政拨款收入支出决算总表（T4）本年收入合计 = 收入决算表（T2）合计行财政拨款收入。",
  },
  check(context) {
    const income = firstOf(context, "income");
    const fiscal = income && totalRow(income)?.cells.fiscal;
    if (!fiscal) return [];
    const out: Finding[] = [];
    for (const t of tablesOf(context, "fiscal-summary")) {
      const site = { meta: rule.meta, table: t.kind, params: tablePair("fiscal-summary", "income") };
      out.push(...checkSame(site, t.lines.incomeTotal?.cells.amount, fiscal));
    }
    return out;
  },
};
