import type { CodedTable, TextCell } from "../tables/types";
import { notesEmptyTable, type FundTableKind } from "../tables/empty-note";
import type { Finding, Rule } from "./shared/types";
import { FUND_TABLE_KINDS } from "./shared/fund-kinds";
import { TABLE_NAMES } from "./shared/labels";
import { emit } from "./shared/emit";
import { allRows } from "./shared/select";
import { signOf } from "../tables/figures";

function isEmpty(table: CodedTable): boolean {
  for (const row of allRows(table)) for (const f of Object.values(row.cells)) if (f && signOf(f) !== 0) return false;
  return true;
}

/** The note under the table, or a sentence beside it or in the 说明 naming the fund, says it is empty. */
function noted(table: CodedTable, notes: TextCell[]): boolean {
  const kind = table.kind as FundTableKind;
  if (table.note && notesEmptyTable(table.note.text, kind, true)) return true;
  return notes.some((n) => notesEmptyTable(n.text, kind, false));
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
      "政府性基金（T7）、国有资本经营（T8）预算财政拨款收入支出决算表全部为零或空白时，须注明“本单位本年度无…预算财政拨款收入、支出及结转和结余，…决算表为空表。”。按意思识别（否定 + 基金名 + 空表/无数据），写法可为“…为空表”“…故本表无数据”“本表无数据”“本单位没有…收入，也没有使用…安排的支出”，位置可在表下、表旁或说明中。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of context.tables) {
      if (!FUND_TABLE_KINDS.includes(t.kind as CodedTable["kind"])) continue;
      const table = t as CodedTable;
      if (!isEmpty(table) || noted(table, context.facts?.notes ?? [])) continue;
      const [name, nameEn] = TABLE_NAMES[table.kind];
      const fund = name.replace(/收入支出决算表$/, "");
      const expected = `本单位本年度无${fund}收入、支出及结转和结余，${name}为空表。`;
      const at = { sheet: table.sheet, cell: table.range.split(":")[0] };
      out.push(emit(rule.meta, { at, table: table.kind, params: { table: name, tableEn: nameEn }, expected, actual: table.note?.text ?? "" }));
    }
    return out;
  },
};
