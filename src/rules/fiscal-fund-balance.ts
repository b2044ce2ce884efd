import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { FUNDS, fundCell } from "./shared/fiscal-lines";
import { tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "fiscal-fund-balance",
    title: "各类财政拨款：年末＝年初＋收入－支出",
    titleEn: "Per fund: closing = opening + income − expenditure",
    formula: "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（每类财政拨款）",
    formulaEn: "closing balance = opening balance + income − expenditure (per fund)",
    severity: "error",
    scope: "表内",
    tables: ["fiscal-summary"],
    message: "{{label}}年末结转和结余应为{{expected}}（年初＋本年收入－本年支出），表中为{{actual}}，相差{{difference}}。",
    messageEn: "{{label}}: closing balance should be {{expected}} (opening + income − expenditure), stated {{actual}}, difference {{difference}}.",
    description:
      "财政拨款收入支出决算总表（T4）每类财政拨款（一般公共预算、政府性基金、国有资本经营预算）：年末财政拨款结转和结余 = 年初结转和结余 + 本年收入 − 本年支出。年初未分栏且为零时按零计。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "fiscal-summary")) {
      const opening = t.lines.openingBalance;
      const openingTotal = fundCell(opening, "total");
      for (const f of FUNDS) {
        const closing = t.lines.closingBalance?.cells[f.key];
        const income = t.lines[f.income]?.cells.amount;
        const expense = t.lines.expenseTotal?.cells[f.key];
        if (!closing || !income || !expense) continue;
        const open = opening?.cells[f.key];
        // an unsplit opening balance can only be attributed to the funds when it is zero
        if (!open && openingTotal && !openingTotal.value.isZero()) continue;
        const site = { meta: rule.meta, table: t.kind, params: { label: f.label } };
        out.push(...checkTotal(site, closing, [open, income], [expense]));
      }
    }
    return out;
  },
};
