import { Decimal, ZERO } from "../numbers/decimal";
import { signOf } from "../tables/figures";
import type {
  CodedRow,
  CodedTable,
  FiscalSummaryTable,
  Figure,
  GpbBasicTable,
  PerfOverallTable,
  PerfProjectTable,
  SummaryTable,
  TableKind,
  TableModel,
  ThreePublicTable,
} from "../tables/types";

/** Typed access to the recognized tables the explanation reads (first table of each kind). */
export interface ExplainTables {
  summary?: SummaryTable;
  income?: CodedTable;
  expenditure?: CodedTable;
  fiscal?: FiscalSummaryTable;
  gpb?: CodedTable;
  basic?: GpbBasicTable;
  govFund?: CodedTable;
  soe?: CodedTable;
  threePublic?: ThreePublicTable;
  perfOverall?: PerfOverallTable;
  projects: PerfProjectTable[];
}

function first<K extends TableKind>(tables: TableModel[], kind: K): Extract<TableModel, { kind: K }> | undefined {
  return tables.find((t) => t.kind === kind) as Extract<TableModel, { kind: K }> | undefined;
}

export function explainTables(tables: TableModel[]): ExplainTables {
  return {
    summary: first(tables, "summary"),
    income: first(tables, "income") as CodedTable | undefined,
    expenditure: first(tables, "expenditure") as CodedTable | undefined,
    fiscal: first(tables, "fiscal-summary"),
    gpb: first(tables, "gpb-expenditure") as CodedTable | undefined,
    basic: first(tables, "gpb-basic"),
    govFund: first(tables, "gov-fund") as CodedTable | undefined,
    soe: first(tables, "soe-capital") as CodedTable | undefined,
    threePublic: first(tables, "three-public"),
    perfOverall: first(tables, "perf-overall"),
    projects: tables.filter((t): t is PerfProjectTable => t.kind === "perf-project"),
  };
}

/** A figure's value; a missing figure reads as zero (a blank cell is zero in 决算). */
export function valueOf(figure: Figure | undefined): Decimal {
  return figure ? figure.value : ZERO;
}

/** T1 line amount by key. */
export function summaryFigure(t: ExplainTables, key: string): Figure | undefined {
  return t.summary?.lines[key]?.cells.amount;
}

/** T4 line figure: expense lines carry total/gpb/…; income lines carry amount (or total when split). */
export function fiscalFigure(t: ExplainTables, key: string, column = "total"): Figure | undefined {
  const cells = t.fiscal?.lines[key]?.cells;
  if (!cells) return undefined;
  return cells[column] ?? cells.amount ?? cells.total;
}

export { totalRow } from "../tables/total-row";

/** Rows of a coded table at one level, in sheet order. */
export function rowsAt(table: CodedTable | undefined, level: CodedRow["level"]): CodedRow[] {
  return table ? table.rows.filter((r) => r.level === level) : [];
}

export function rowByCode(table: CodedTable | undefined, code: string): CodedRow | undefined {
  return table?.rows.find((r) => r.code === code);
}

/** "教育支出(类)教育管理事务(款)行政运行(项)" from the 类 and 款 rows above a 项 row. */
export function itemSubject(table: CodedTable | undefined, row: CodedRow): string {
  const cls = rowByCode(table, row.code.slice(0, 3));
  const sec = rowByCode(table, row.code.slice(0, 5));
  return `${cls?.name ?? ""}(类)${sec?.name ?? ""}(款)${row.name}(项)`;
}

/** A coded table is empty when every figure of every row is zero. */
export function isEmptyTable(table: CodedTable | undefined): boolean {
  if (!table) return true;
  return table.rows.every((r) => Object.values(r.cells).every((f) => !f || signOf(f) === 0));
}
