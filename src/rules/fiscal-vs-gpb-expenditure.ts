import type { Finding, Rule } from "./shared/types";
import { checkSame, checkSameAsMissing } from "./shared/compare";
import { tablePair } from "./shared/labels";
import { firstOf, lineLabel, RowIndex, tablesOf, totalRow } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "fiscal-vs-gpb-expenditure",
    title: "财政拨款总表一般公共预算栏与一般公共预算支出表一致",
    titleEn: "Fiscal summary general-budget column matches the general-budget expenditure table",
    formula: "财政拨款总表 一般公共预算支出 = 一般公共预算财政拨款支出决算表 合计",
    formulaEn: "fiscal summary's general-budget expenditure = the general-budget expenditure table's total",
    severity: "error",
    scope: "表间",
    tables: ["fiscal-summary", "gpb-expenditure"],
    message: "{{label}}一般公共预算财政拨款支出：{{stated}}为{{actual}}，{{reference}}为{{expected}}，相差{{difference}}。",
    messageEn: "{{label}} general-budget expenditure: {{statedEn}} states {{actual}}, {{referenceEn}} gives {{expected}}, difference {{difference}}.",
    description:
      "财政拨款收入支出决算总表（T4）一般公共预算财政拨款栏：本年支出合计 = 一般公共预算财政拨款支出决算表（T5）合计；各类 = T5 同一类的合计；T4 该栏列有金额而 T5 没有该类，按 T5 为 0 报告。",
  },
  check(context) {
    const t5 = firstOf(context, "gpb-expenditure");
    if (!t5) return [];
    const index = new RowIndex(t5.rows, "class");
    const out: Finding[] = [];
    for (const t4 of tablesOf(context, "fiscal-summary")) {
      const site = (label: string) => ({ meta: rule.meta, table: t4.kind, params: { label, ...tablePair("fiscal-summary", "gpb-expenditure") } });
      out.push(...checkSame(site("本年支出合计"), t4.lines.expenseTotal?.cells.gpb, totalRow(t5)?.cells.total));
      for (const line of t4.classes) {
        const row = index.line(line);
        if (row) out.push(...checkSame(site(lineLabel(line)), line.cells.gpb, row.cells.total));
        else out.push(...checkSameAsMissing(site(`${lineLabel(line)}（一般公共预算财政拨款支出决算表无此类）`), line.cells.gpb));
      }
    }
    return out;
  },
};
