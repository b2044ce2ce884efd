import type { Finding, Rule } from "./shared/types";
import { checkSame } from "./shared/compare";
import { tablePair } from "./shared/labels";
import { firstOf, tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "perf-overall-vs-summary",
    title: "整体绩效合计执行数与本年支出合计一致",
    titleEn: "Overall evaluation execution matches total expenditure",
    formula: "整体绩效 合计执行数 = 收入支出决算总表 本年支出合计",
    formulaEn: "overall executed total = the summary's expenditure of the year",
    severity: "warning",
    scope: "表间",
    tables: ["perf-overall", "summary"],
    message: "{{stated}}合计全年执行数为{{actual}}，{{reference}}本年支出合计为{{expected}}，相差{{difference}}。",
    messageEn: "{{statedEn}}: total executed {{actual}}, but total expenditure in {{referenceEn}} is {{expected}}, difference {{difference}}.",
    description: "整体支出绩效自评表资金合计的全年执行数应等于收入支出决算总表（T1）本年支出合计。",
  },
  check(context) {
    const t1 = firstOf(context, "summary");
    if (!t1) return [];
    const out: Finding[] = [];
    for (const t of tablesOf(context, "perf-overall")) {
      const site = { meta: rule.meta, table: t.kind, params: tablePair("perf-overall", "summary") };
      out.push(...checkSame(site, t.funds.total?.executed, t1.lines.expenseTotal?.cells.amount));
    }
    return out;
  },
};
