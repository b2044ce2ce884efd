import type { CodedTable } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { FUND_TABLE_KINDS } from "./shared/fund-kinds";
import { TABLE_NAMES } from "./shared/labels";
import { emit } from "./shared/emit";
import { allRows } from "./shared/select";

function isEmpty(table: CodedTable): boolean {
  for (const row of allRows(table)) for (const f of Object.values(row.cells)) if (f && !f.value.isZero()) return false;
  return true;
}

export const rule: Rule = {
  meta: {
    id: "fund-table-empty-note",
    title: "空表须注明“…决算表为空表”",
    titleEn: "An empty fund table needs the empty-table note",
    formula: "空表 ⇒ 注明“本单位无…决算表为空表”",
    formulaEn: "empty table ⇒ a note that the table is empty",
    severity: "warning",
    scope: "表内",
    tables: FUND_TABLE_KINDS,
    message: "{{table}}没有数据，应注明：{{expected}}",
    messageEn: "{{tableEn}} has no figures; add the note: {{expected}}",
    description:
      "政府性基金（T7）、国有资本经营（T8）预算财政拨款收入支出决算表全部为零或空白时，须注明“本单位本年度无…预算财政拨款收入、支出及结转和结余，…决算表为空表。”",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of context.tables) {
      if (!FUND_TABLE_KINDS.includes(t.kind as CodedTable["kind"])) continue;
      const table = t as CodedTable;
      if (!isEmpty(table) || (table.note && /空表/.test(table.note.text))) continue;
      const [name, nameEn] = TABLE_NAMES[table.kind];
      const fund = name.replace(/收入支出决算表$/, "");
      const expected = `本单位本年度无${fund}收入、支出及结转和结余，${name}为空表。`;
      const at = { sheet: table.sheet, cell: table.range.split(":")[0] };
      out.push(emit(rule.meta, { at, table: table.kind, params: { table: name, tableEn: nameEn }, expected, actual: table.note?.text ?? "" }));
    }
    return out;
  },
};
