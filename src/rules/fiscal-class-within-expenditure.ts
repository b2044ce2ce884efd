import type { Finding, Rule } from "./shared/types";
import { checkNotAbove } from "./shared/compare";
import { fundCell } from "./shared/fiscal-lines";
import { tablePair } from "./shared/labels";
import { firstOf, lineLabel, RowIndex, tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "fiscal-class-within-expenditure",
    title: "财政拨款各类支出不超过支出决算表同类支出",
    titleEn: "Fiscal expenditure per class does not exceed total expenditure of the class",
    formula: "财政拨款 某类支出 ≤ 支出决算表 该类本年支出合计",
    formulaEn: "fiscal expenditure of a class ≤ that class's total in the expenditure table",
    severity: "error",
    scope: "表间",
    tables: ["fiscal-summary", "expenditure"],
    message: "{{label}}：{{stated}}财政拨款支出{{actual}}超过{{reference}}本年支出合计{{limit}}，超出{{excess}}。",
    messageEn: "{{label}}: fiscal expenditure {{actual}} in {{statedEn}} exceeds the total {{limit}} in {{referenceEn}} by {{excess}}.",
    description: "财政拨款收入支出决算总表（T4）每一类的财政拨款支出合计不得大于支出决算表（T3）同一类的本年支出合计（财政拨款是全部支出的一部分）。",
  },
  check(context) {
    const t3 = firstOf(context, "expenditure");
    if (!t3) return [];
    const index = new RowIndex(t3.rows, "class");
    const out: Finding[] = [];
    for (const t4 of tablesOf(context, "fiscal-summary")) {
      for (const line of t4.classes) {
        const site = { meta: rule.meta, table: t4.kind, params: { label: lineLabel(line), ...tablePair("fiscal-summary", "expenditure") } };
        out.push(...checkNotAbove(site, fundCell(line, "total"), index.line(line)?.cells.total));
      }
    }
    return out;
  },
};
