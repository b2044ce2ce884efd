import type {
  CodedRow,
  CodedTable,
  SummaryLine,
  TableKind,
  TableModel,
} from "../../tables/types";
import type { RuleContext } from "./types";

/** The model type of a table kind (the coded kinds share CodedTable). */
export type ModelOf<K extends TableKind> = K extends CodedTable["kind"] ? CodedTable : Extract<TableModel, { kind: K }>;

export function tablesOf<K extends TableKind>(context: RuleContext, kind: K): ModelOf<K>[] {
  return context.tables.filter((t) => t.kind === kind) as ModelOf<K>[];
}

/** The first table of a kind: cross-table rules compare the workbook's one T1 with its one T3. */
export function firstOf<K extends TableKind>(context: RuleContext, kind: K): ModelOf<K> | undefined {
  return tablesOf(context, kind)[0];
}

/** Every row of a coded table once, the 合计 row included. */
export function allRows(table: CodedTable): CodedRow[] {
  if (!table.total || table.rows.includes(table.total)) return table.rows;
  return [table.total, ...table.rows];
}

export { totalRow } from "../../tables/total-row";

/** 类 names compared without spaces, "(类)" marks, numbering or leading code. */
export function normalizeName(name: string): string {
  return name
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[（(]类[）)]/g, "")
    .replace(/^[\d一二三四五六七八九十、.．]+/, "");
}

/** Looks up coded rows by code and by normalized name. */
export class RowIndex {
  private readonly byCode = new Map<string, CodedRow>();
  /** built on the first name lookup: most callers look up by code only. */
  private byName: Map<string, CodedRow> | undefined;
  constructor(
    private readonly rows: CodedRow[],
    private readonly level?: CodedRow["level"],
  ) {
    for (const r of rows) {
      if (level && r.level !== level) continue;
      if (r.code && !this.byCode.has(r.code)) this.byCode.set(r.code, r);
    }
  }
  code(code: string): CodedRow | undefined {
    return this.byCode.get(code);
  }
  /** a summary table's 类 line: by code when written, else by name. */
  line(line: SummaryLine): CodedRow | undefined {
    return (line.code && this.byCode.get(line.code)) || this.names().get(normalizeName(line.className ?? line.label));
  }
  private names(): Map<string, CodedRow> {
    if (!this.byName) {
      this.byName = new Map();
      for (const r of this.rows) {
        if (this.level && r.level !== this.level) continue;
        const n = normalizeName(r.name);
        if (n && !this.byName.has(n)) this.byName.set(n, r);
      }
    }
    return this.byName;
  }
}

/** A summary-line label for messages. */
export function lineLabel(line: SummaryLine): string {
  return line.className ?? line.label.trim();
}

/** A coded-row label for messages: "2050101 行政运行" or "合计". */
export function rowLabel(row: CodedRow): string {
  return row.level === "total" || !row.code ? "合计" : `${row.code} ${row.name}`;
}
