import type { CodedTable } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { FUND_TABLE_KINDS } from "./shared/fund-kinds";
import { allRows, rowLabel } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "fund-table-balance",
    title: "基金表、国资表：年末＝年初＋收入－支出",
    titleEn: "Fund tables: closing = opening + income − expenditure",
    formula: "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出",
    formulaEn: "closing balance = opening balance + income − expenditure",
    severity: "error",
    scope: "表内",
    tables: FUND_TABLE_KINDS,
    message: "{{label}}年末结转和结余应为{{expected}}（年初＋本年收入－本年支出），表中为{{actual}}，相差{{difference}}。",
    messageEn: "{{label}}: closing balance should be {{expected}} (opening + income − expenditure), stated {{actual}}, difference {{difference}}.",
    description: "政府性基金预算（T7）、国有资本经营预算（T8）财政拨款收入支出决算表每行：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出小计。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of context.tables) {
      if (!FUND_TABLE_KINDS.includes(t.kind as CodedTable["kind"])) continue;
      const table = t as CodedTable;
      for (const row of allRows(table)) {
        const c = row.cells;
        if (!c.income && !c.expenseTotal) continue;
        const site = { meta: rule.meta, table: table.kind, params: { label: rowLabel(row) } };
        out.push(...checkTotal(site, c.closing, [c.opening, c.income], [c.expenseTotal]));
      }
    }
    return out;
  },
};
