import type { Finding, Rule } from "./shared/types";
import { checkSame, checkTotal } from "./shared/compare";
import { fundCell } from "./shared/fiscal-lines";
import { tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "fiscal-grand-total",
    title: "财政拨款总表总计：收入＝支出",
    titleEn: "Fiscal summary grand totals",
    formula: "财政拨款 收入总计 = 支出总计",
    formulaEn: "fiscal grand total of income = grand total of expenditure",
    severity: "error",
    scope: "表内",
    tables: ["fiscal-summary"],
    message: "财政拨款收入支出决算总表{{label}}应为{{expected}}，表中为{{actual}}，相差{{difference}}。",
    messageEn: "Fiscal summary: {{label}} should be {{expected}}, stated {{actual}}, difference {{difference}}.",
    description:
      "财政拨款收入支出决算总表（T4）：收入总计 = 本年收入 + 年初财政拨款结转和结余；支出总计 = 本年支出 + 年末财政拨款结转和结余；收入总计 = 支出总计。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "fiscal-summary")) {
      const site = (label: string) => ({ meta: rule.meta, table: t.kind, params: { label } });
      const cell = (k: string) => fundCell(t.lines[k], "total");
      if (cell("incomeTotal"))
        out.push(...checkTotal(site("收入总计（本年收入＋年初结转和结余）"), cell("incomeGrandTotal"), [cell("incomeTotal"), cell("openingBalance")]));
      if (cell("expenseTotal"))
        out.push(...checkTotal(site("支出总计（本年支出＋年末结转和结余）"), cell("expenseGrandTotal"), [cell("expenseTotal"), cell("closingBalance")]));
      out.push(...checkSame(site("支出总计（应等于收入总计）"), cell("expenseGrandTotal"), cell("incomeGrandTotal")));
    }
    return out;
  },
};
