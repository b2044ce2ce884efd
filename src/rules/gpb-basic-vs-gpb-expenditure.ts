import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { tablePair } from "./shared/labels";
import { firstOf, tablesOf, totalRow } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "gpb-basic-vs-gpb-expenditure",
    title: "一般公共预算基本支出等于人员经费与公用经费之和",
    titleEn: "General-budget basic expenditure equals personnel plus public funds",
    formula: "一般公共预算 基本支出 = 人员经费 + 公用经费",
    formulaEn: "general-budget basic expenditure = personnel + public expenses",
    severity: "error",
    scope: "表间",
    tables: ["gpb-expenditure", "gpb-basic"],
    message: "{{stated}}基本支出合计应为{{expected}}（{{reference}}人员经费＋公用经费），表中为{{actual}}，相差{{difference}}。",
    messageEn: "Basic expenditure in {{statedEn}} should be {{expected}} (personnel + public funds in {{referenceEn}}), stated {{actual}}, difference {{difference}}.",
    description: "一般公共预算财政拨款支出决算表（T5）合计行基本支出 = 一般公共预算财政拨款基本支出决算表（T6）人员经费合计 + 公用经费合计。",
  },
  check(context) {
    const t6 = firstOf(context, "gpb-basic");
    if (!t6 || (!t6.personnelTotal && !t6.publicTotal)) return [];
    const out: Finding[] = [];
    for (const t5 of tablesOf(context, "gpb-expenditure")) {
      const site = { meta: rule.meta, table: t5.kind, params: tablePair("gpb-expenditure", "gpb-basic") };
      out.push(...checkTotal(site, totalRow(t5)?.cells.basic, [t6.personnelTotal, t6.publicTotal]));
    }
    return out;
  },
};
