import type { Finding, Rule } from "./shared/types";
import { checkSame, checkTotal } from "./shared/compare";
import { tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "summary-grand-total",
    title: "收入总计、支出总计的构成及两者相等",
    titleEn: "Grand totals: composition and balance",
    formula: "收入总计 = 本年收入合计 + 年初结转和结余 …；支出总计 = 本年支出合计 + 年末结转和结余；收入总计 = 支出总计",
    formulaEn: "income grand total = income + opening balance …; expenditure grand total = expenditure + closing balance; the two are equal",
    severity: "error",
    scope: "表内",
    tables: ["summary"],
    message: "收入支出决算总表{{label}}应为{{expected}}，表中为{{actual}}，相差{{difference}}。",
    messageEn: "Summary table: {{label}} should be {{expected}}, stated {{actual}}, difference {{difference}}.",
    description:
      "收入支出决算总表（T1）：收入总计 = 本年收入合计 + 使用非财政拨款结余（含专用结余）+ 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余；收入总计 = 支出总计。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "summary")) {
      const a = (k: string) => t.lines[k]?.cells.amount;
      const site = (label: string) => ({ meta: rule.meta, table: t.kind, params: { label } });
      if (!a("incomeTotal") || !a("expenseTotal")) {
        out.push(...checkSame(site("支出总计（应等于收入总计）"), a("expenseGrandTotal"), a("incomeGrandTotal")));
        continue;
      }
      out.push(
        ...checkTotal(site("收入总计（本年收入合计＋使用非财政拨款结余＋年初结转和结余）"), a("incomeGrandTotal"), [
          a("incomeTotal"),
          a("useNonFiscalBalance"),
          a("openingBalance"),
        ]),
        ...checkTotal(site("支出总计（本年支出合计＋结余分配＋年末结转和结余）"), a("expenseGrandTotal"), [
          a("expenseTotal"),
          a("balanceDistribution"),
          a("closingBalance"),
        ]),
        ...checkSame(site("支出总计（应等于收入总计）"), a("expenseGrandTotal"), a("incomeGrandTotal")),
      );
    }
    return out;
  },
};
