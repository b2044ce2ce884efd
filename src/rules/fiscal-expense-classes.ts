import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { FUNDS, fundCell } from "./shared/fiscal-lines";
import { columnLabel } from "./shared/labels";
import { tablesOf } from "./shared/select";

const COLUMNS = ["total", ...FUNDS.map((f) => f.key)] as const;

export const rule: Rule = {
  meta: {
    id: "fiscal-expense-classes",
    title: "财政拨款总表本年支出合计等于各类支出之和（分栏）",
    titleEn: "Fiscal summary: total expenditure equals the sum of the classes, per fund column",
    severity: "error",
    scope: "表内",
    tables: ["fiscal-summary"],
    message: "财政拨款收入支出决算总表{{column}}栏本年支出合计应为{{expected}}（各类支出之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "Fiscal summary, {{columnEn}} column: total expenditure should be {{expected}} (sum of the classes), stated {{actual}}, difference {{difference}}.",
    description:
      "财政拨款收入支出决算总表（T4）支出方：合计、一般公共预算、政府性基金预算、国有资本经营预算各栏的本年支出合计 = 该栏各功能分类（类）支出之和。",
    formula: "本年支出合计（每栏） = Σ 各类支出（该栏）",
    formulaEn: "total expenditure (each column) = Σ class rows (that column)",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "fiscal-summary")) {
      if (t.classes.length === 0) continue;
      for (const key of COLUMNS) {
        const column = columnLabel(key);
        const site = { meta: rule.meta, table: t.kind, params: { column, columnEn: key } };
        out.push(...checkTotal(site, fundCell(t.lines.expenseTotal, key), t.classes.map((c) => fundCell(c, key))));
      }
    }
    return out;
  },
};
