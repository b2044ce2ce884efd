import type { Finding, Rule } from "./shared/types";
import { checkSame } from "./shared/compare";
import { fundCell } from "./shared/fiscal-lines";
import { FUND_TABLE_KINDS, FUND_TABLES } from "./shared/fund-kinds";
import { tablePair } from "./shared/labels";
import { firstOf, tablesOf, totalRow } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "fund-table-vs-fiscal",
    title: "基金表、国资表合计与财政拨款总表相应栏一致",
    titleEn: "Fund table totals match the fiscal summary columns",
    formula: "基金表（国资表）合计 = 财政拨款总表 相应栏合计",
    formulaEn: "fund (state capital) table total = the fiscal summary's matching column total",
    severity: "error",
    scope: "表间",
    tables: [...FUND_TABLE_KINDS, "fiscal-summary"],
    message: "{{label}}：{{stated}}为{{actual}}，{{reference}}合计行为{{expected}}，相差{{difference}}。",
    messageEn: "{{label}}: {{statedEn}} states {{actual}}, the total row of {{referenceEn}} gives {{expected}}, difference {{difference}}.",
    description:
      "政府性基金（T7）、国有资本经营（T8）预算财政拨款收入支出决算表合计行的年初结转和结余、本年收入、本年支出、年末结转和结余，应等于财政拨款收入支出决算总表（T4）相应财政拨款栏。",
  },
  check(context) {
    const t4 = firstOf(context, "fiscal-summary");
    if (!t4) return [];
    const out: Finding[] = [];
    for (const spec of FUND_TABLES) {
      for (const t of tablesOf(context, spec.kind)) {
        const total = totalRow(t);
        if (!total) continue;
        const pairs = [
          ["年初结转和结余", t4.lines.openingBalance?.cells[spec.fund], total.cells.opening],
          ["本年收入", t4.lines[spec.income]?.cells.amount, total.cells.income],
          ["本年支出", t4.lines.expenseTotal?.cells[spec.fund], total.cells.expenseTotal],
          ["年末结转和结余", fundCell(t4.lines.closingBalance, spec.fund), total.cells.closing],
        ] as const;
        for (const [what, stated, reference] of pairs) {
          const site = { meta: rule.meta, table: t4.kind, params: { label: `${spec.name}${what}`, ...tablePair("fiscal-summary", spec.kind) } };
          out.push(...checkSame(site, stated, reference));
        }
      }
    }
    return out;
  },
};
