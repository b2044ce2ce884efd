import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { FUNDS, fundCell } from "./shared/fiscal-lines";
import { lineLabel, tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "fiscal-row-sum",
    title: "财政拨款总表每行合计等于三类财政拨款之和",
    titleEn: "Fiscal summary: each row's total equals the sum of the three funds",
    formula: "本行合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算",
    formulaEn: "row total = general budget + government funds + state capital",
    severity: "error",
    scope: "表内",
    tables: ["fiscal-summary"],
    message: "财政拨款收入支出决算总表{{label}}合计应为{{expected}}（三类财政拨款之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "Fiscal summary: {{label}} total should be {{expected}} (sum of the three funds), stated {{actual}}, difference {{difference}}.",
    description:
      "财政拨款收入支出决算总表（T4）：本年收入合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款收入；支出方每行（各类、本年支出合计、年初/年末结转和结余）合计 = 三类财政拨款栏之和。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "fiscal-summary")) {
      const site = (label: string) => ({ meta: rule.meta, table: t.kind, params: { label } });
      const incomes = FUNDS.map((f) => t.lines[f.income]?.cells.amount);
      out.push(...checkTotal(site("本年收入"), t.lines.incomeTotal?.cells.amount, incomes));
      const split = [...t.classes];
      for (const key of ["expenseTotal", "openingBalance", "closingBalance"]) {
        const line = t.lines[key];
        if (line) split.push(line);
      }
      for (const line of split) {
        const parts = FUNDS.map((f) => line.cells[f.key]);
        if (parts.every((p) => !p)) continue;
        out.push(...checkTotal(site(lineLabel(line)), fundCell(line, "total"), parts));
      }
    }
    return out;
  },
};
