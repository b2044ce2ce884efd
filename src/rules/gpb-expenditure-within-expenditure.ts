import type { CodedRow } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { checkNotAbove } from "./shared/compare";
import { columnLabel, tablePair } from "./shared/labels";
import { allRows, firstOf, RowIndex, rowLabel, tablesOf, totalRow } from "./shared/select";

const COLUMNS = ["total", "basic", "project"];

export const rule: Rule = {
  meta: {
    id: "gpb-expenditure-within-expenditure",
    title: "一般公共预算支出不超过支出决算表同科目支出",
    titleEn: "General-budget expenditure does not exceed total expenditure of the same code",
    formula: "一般公共预算支出 某科目 ≤ 支出决算表 同科目支出",
    formulaEn: "general-budget expenditure of a code ≤ the expenditure table's same code",
    severity: "error",
    scope: "表间",
    tables: ["gpb-expenditure", "expenditure"],
    message: "{{label}}{{column}}：{{stated}}为{{actual}}，超过{{reference}}同科目的{{limit}}，超出{{excess}}。",
    messageEn: "{{label}} {{column}}: {{statedEn}} states {{actual}}, more than {{limit}} for the same code in {{referenceEn}}, by {{excess}}.",
    description: "一般公共预算财政拨款支出决算表（T5）每一行的合计、基本支出、项目支出不得大于支出决算表（T3）同一科目编码行的相应栏。",
  },
  check(context) {
    const t3 = firstOf(context, "expenditure");
    if (!t3) return [];
    const index = new RowIndex(t3.rows);
    const t3Total = totalRow(t3);
    const out: Finding[] = [];
    // one site, its params read the row and column being checked (no closure per cell)
    let row: CodedRow | undefined;
    let key = "";
    const site = {
      meta: rule.meta,
      table: "gpb-expenditure" as const,
      params: () => ({ label: rowLabel(row!), column: columnLabel(key), ...tablePair("gpb-expenditure", "expenditure") }),
    };
    for (const t5 of tablesOf(context, "gpb-expenditure")) {
      const rows = allRows(t5);
      // index loops: `row` and `key` are read by site.params, and for-of over them allocates
      for (let r = 0; r < rows.length; r++) {
        row = rows[r];
        const other = row.level === "total" ? t3Total : row.code ? index.code(row.code) : undefined;
        if (!other) continue;
        for (let k = 0; k < COLUMNS.length; k++) {
          key = COLUMNS[k];
          const found = checkNotAbove(site, row.cells[key], other.cells[key]);
          if (found.length > 0) out.push(...found);
        }
      }
    }
    return out;
  },
};
