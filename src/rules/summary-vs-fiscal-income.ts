import type { Finding, Rule } from "./shared/types";
import { checkSame } from "./shared/compare";
import { FUNDS, fundCell } from "./shared/fiscal-lines";
import { firstOf, tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "summary-vs-fiscal-income",
    title: "总表各项财政拨款收入等于财政拨款总表",
    titleEn: "Summary table fiscal income rows equal the fiscal summary table",
    severity: "error",
    scope: "表间",
    tables: ["summary", "fiscal-summary"],
    message: "收入支出决算总表{{fund}}收入为{{actual}}，财政拨款收入支出决算总表为{{expected}}，相差{{difference}}。",
    messageEn: "Summary table: {{fundEn}} income is {{actual}}, the fiscal summary table shows {{expected}}, difference {{difference}}.",
    description:
      "收入支出决算总表（T1）的一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入，分别等于财政拨款收入支出决算总表（T4）收入方的同名行。",
    formula: "T1 各类财政拨款收入 = T4 同类财政拨款收入",
    formulaEn: "T1 income of each fund = T4 income of that fund",
  },
  check(context) {
    const t4 = firstOf(context, "fiscal-summary");
    if (!t4) return [];
    const out: Finding[] = [];
    for (const t1 of tablesOf(context, "summary")) {
      for (const f of FUNDS) {
        const site = { meta: rule.meta, table: t1.kind, params: { fund: f.label, fundEn: f.key } };
        out.push(...checkSame(site, t1.lines[f.income]?.cells.amount, fundCell(t4.lines[f.income], "total")));
      }
    }
    return out;
  },
};
