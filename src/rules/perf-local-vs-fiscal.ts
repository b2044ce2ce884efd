import type { Finding, Rule } from "./shared/types";
import { checkSame } from "./shared/compare";
import { fundCell } from "./shared/fiscal-lines";
import { tablePair } from "./shared/labels";
import { firstOf, tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "perf-local-vs-fiscal",
    title: "整体绩效本级资金执行数与财政拨款支出一致",
    titleEn: "Overall evaluation local funds match fiscal expenditure",
    formula: "整体绩效 本级资金执行数 = 财政拨款 本年支出",
    formulaEn: "overall local funds executed = fiscal expenditure of the year",
    severity: "warning",
    scope: "表间",
    tables: ["perf-overall", "fiscal-summary"],
    message: "{{stated}}本级资金全年执行数为{{actual}}，{{reference}}本年财政拨款支出为{{expected}}，相差{{difference}}。",
    messageEn: "{{statedEn}}: local funds executed {{actual}}, but fiscal expenditure in {{referenceEn}} is {{expected}}, difference {{difference}}.",
    description: "整体支出绩效自评表本级资金的全年执行数应等于财政拨款收入支出决算总表（T4）本年支出合计。",
  },
  check(context) {
    const t4 = firstOf(context, "fiscal-summary");
    if (!t4) return [];
    const out: Finding[] = [];
    for (const t of tablesOf(context, "perf-overall")) {
      const site = { meta: rule.meta, table: t.kind, params: tablePair("perf-overall", "fiscal-summary") };
      out.push(...checkSame(site, t.funds.local?.executed, fundCell(t4.lines.expenseTotal, "total")));
    }
    return out;
  },
};
