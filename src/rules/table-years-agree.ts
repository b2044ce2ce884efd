import type { Finding, Rule } from "./shared/types";
import { emit } from "./shared/emit";
import { TABLE_NAMES } from "./shared/labels";

export const rule: Rule = {
  meta: {
    id: "table-years-agree",
    title: "各表年度一致",
    titleEn: "Every table is of the same year",
    severity: "warning",
    scope: "表间",
    tables: ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public"],
    message: "{{table}}标注的年度为{{actual}}年，工作簿其他地方为{{expected}}年。",
    messageEn: "{{tableEn}} is marked {{actual}}; the rest of the workbook says {{expected}}.",
    description: "封面、表题和“部门：”行写明的年度应一致；某张表的年度与其余不同，多是沿用了上年的表。",
    formula: "各表年度 = 工作簿年度",
    formulaEn: "each table's year = the workbook's year",
  },
  check(context) {
    const year = context.facts?.year;
    if (year === undefined) return [];
    const out: Finding[] = [];
    for (const t of context.tables) {
      if (t.year === undefined || t.year === year) continue;
      const [table, tableEn] = TABLE_NAMES[t.kind] ?? [t.kind, t.kind];
      const at = { sheet: t.sheet, cell: t.range.split(":")[0] };
      out.push(emit(rule.meta, { at, table: t.kind, params: { table, tableEn }, expected: String(year), actual: String(t.year) }));
    }
    return out;
  },
};
