import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "summary-expense-total",
    title: "本年支出合计等于各类支出之和",
    titleEn: "Total expenditure equals the sum of 类 rows",
    formula: "本年支出合计 = Σ 各类支出",
    formulaEn: "expenditure of the year = Σ classes",
    severity: "error",
    scope: "表内",
    tables: ["summary"],
    message: "收入支出决算总表本年支出合计应为{{expected}}（各功能分类类级支出之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "Summary table: total expenditure should be {{expected}} (sum of functional classes), stated {{actual}}, difference {{difference}}.",
    description: "收入支出决算总表（T1）支出方，本年支出合计 = 各功能分类“类”级支出之和。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "summary")) {
      if (t.classes.length === 0) continue;
      const items = t.classes.map((c) => c.cells.amount);
      out.push(...checkTotal({ meta: rule.meta, table: t.kind, params: {} }, t.lines.expenseTotal?.cells.amount, items));
    }
    return out;
  },
};
