import type { TableKind } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { TABLE_NAMES } from "./shared/labels";
import { emit } from "./shared/emit";

const ALL_TABLES: TableKind[] = ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public", "perf-overall", "perf-project"];

/**
 * A cached error value (#DIV/0!, #REF!…) where a table needs a figure: the figure cannot be read, so
 * every check that needs the cell skips it; this finding says so, naming the cell and the value.
 */
export const rule: Rule = {
  meta: {
    id: "cell-error-value",
    title: "表内单元格不得为错误值",
    titleEn: "A table cell must not hold an error value",
    formula: "表中应填数字的单元格 ≠ 错误值（#DIV/0!、#REF!…）",
    formulaEn: "a figure cell of a table ≠ an error value (#DIV/0!, #REF!…)",
    severity: "error",
    scope: "表内",
    tables: ALL_TABLES,
    message: "{{table}}的单元格为错误值 {{actual}}，无法读取金额；需要该单元格的校验已跳过",
    messageEn: "a cell of {{tableEn}} holds the error value {{actual}} and cannot be read; the checks that need it were skipped",
    description:
      "表格中应填金额、比率或分值的单元格保存的是公式错误值（如 #DIV/0!、#REF!、#N/A）。该数字无法读取，所有需要这个单元格的校验都被跳过，须先修正公式或数据。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const table of context.tables) {
      const [name, nameEn] = TABLE_NAMES[table.kind] ?? [table.title, table.title];
      for (const p of table.problems) {
        if (p.error === undefined) continue;
        out.push(emit(rule.meta, { at: { sheet: p.sheet, cell: p.cell }, table: table.kind, params: { table: name, tableEn: nameEn }, expected: "", actual: p.error }));
      }
    }
    return out;
  },
};
