import type { Finding, Rule } from "./shared/types";
import { checkSame, checkSameAsMissing } from "./shared/compare";
import { tablePair } from "./shared/labels";
import { firstOf, lineLabel, RowIndex, tablesOf, totalRow } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "expenditure-vs-summary",
    title: "支出决算表与收入支出决算总表支出一致",
    titleEn: "Expenditure table matches the summary table",
    formula: "支出决算表 各栏合计 = 收入支出决算总表 相应支出",
    formulaEn: "expenditure table column totals = the summary table's matching expenditure",
    severity: "error",
    scope: "表间",
    tables: ["expenditure", "summary"],
    message: "{{label}}：{{stated}}为{{actual}}，{{reference}}为{{expected}}，相差{{difference}}。",
    messageEn: "{{label}}: {{statedEn}} states {{actual}}, {{referenceEn}} gives {{expected}}, difference {{difference}}.",
    description: "支出决算表（T3）合计行本年支出合计 = 收入支出决算总表（T1）本年支出合计；T3 各类本年支出合计 = T1 同名类级支出；T1 列有金额而 T3 没有该类，按 T3 为 0 报告。",
  },
  check(context) {
    const summary = firstOf(context, "summary");
    if (!summary) return [];
    const out: Finding[] = [];
    const params = tablePair("summary", "expenditure");
    for (const t3 of tablesOf(context, "expenditure")) {
      const site = (label: string) => ({ meta: rule.meta, table: "summary" as const, params: { label, ...params } });
      out.push(...checkSame(site("本年支出合计"), summary.lines.expenseTotal?.cells.amount, totalRow(t3)?.cells.total));
      const index = new RowIndex(t3.rows, "class");
      for (const line of summary.classes) {
        const row = index.line(line);
        if (row) out.push(...checkSame(site(lineLabel(line)), line.cells.amount, row.cells.total));
        else out.push(...checkSameAsMissing(site(`${lineLabel(line)}（支出决算表无此类）`), line.cells.amount));
      }
    }
    return out;
  },
};
