import type { WorkbookSnapshot } from "../workbook/types";
import { SheetGrid } from "../workbook/grid";
import type { Recognition, TableKind, TableModel, Unrecognized } from "./types";
import { findTitles } from "./titles";
import { FactsCollector, headingNumber, headingYear } from "./workbook-facts";
import { parseA1, rangeA1 } from "../workbook/address";
import { findRatios } from "./ratios";
import { joinSummaryHalves } from "./summary-halves";
import { inDoubt, readTransposed, readsBetter } from "./transpose";
import { spansOf, type TableSpan } from "./span";
import { recognizeSummary } from "./recognizers/summary";
import { recognizeIncome } from "./recognizers/income";
import { recognizeExpenditure } from "./recognizers/expenditure";
import { recognizeFiscalSummary } from "./recognizers/fiscal-summary";
import { recognizeGpbExpenditure } from "./recognizers/gpb-expenditure";
import { recognizeGpbBasic } from "./recognizers/gpb-basic";
import { recognizeGovFund } from "./recognizers/gov-fund";
import { recognizeSoeCapital } from "./recognizers/soe-capital";
import { recognizeThreePublic } from "./recognizers/three-public";
import { recognizePerfOverall } from "./recognizers/perf-overall";
import { recognizePerfProject } from "./recognizers/perf-project";

export type Recognizer = (span: TableSpan) => TableModel | Unrecognized;

export const RECOGNIZERS: Record<TableKind, Recognizer> = {
  summary: recognizeSummary,
  income: recognizeIncome,
  expenditure: recognizeExpenditure,
  "fiscal-summary": recognizeFiscalSummary,
  "gpb-expenditure": recognizeGpbExpenditure,
  "gpb-basic": recognizeGpbBasic,
  "gov-fund": recognizeGovFund,
  "soe-capital": recognizeSoeCapital,
  "three-public": recognizeThreePublic,
  "perf-overall": recognizePerfOverall,
  "perf-project": recognizePerfProject,
};

/**
 * Finds every standard table of a workbook, wherever it is; each sheet is scanned once for titles.
 * A sheet that only names tables (目录, 封面, 说明) is skipped silently; a table that cannot be read
 * the usual way round is tried transposed (transpose.ts); one that cannot be read either way is
 * reported once per sheet and kind.
 */
export function recognize(snapshot: WorkbookSnapshot): Recognition {
  const tables: TableModel[] = [];
  const unrecognized: Unrecognized[] = [];
  const facts = new FactsCollector();
  for (const sheet of snapshot.sheets) {
    const grid = new SheetGrid(sheet);
    facts.add(grid);
    const found: TableModel[] = [];
    const failed: Unrecognized[] = [];
    for (const span of spansOf(grid, findTitles(grid))) {
      const recognizer = RECOGNIZERS[span.hit.kind];
      const result = recognizer(span);
      const failedUsual = "reason" in result;
      if (!failedUsual && !inDoubt(result)) {
        found.push(withHeading(grid, result, span));
        continue;
      }
      // the usual way round first, always; a 目录 or 说明 sheet is never read sideways
      const turned = NON_TABLE_SHEET.test(sheet.name) ? null : readTransposed(span, recognizer);
      if (turned && (failedUsual || readsBetter(turned.table, result))) found.push(withHeading(grid, turned.table, turned.span));
      else if (failedUsual) failed.push(result);
      else found.push(withHeading(grid, result, span));
    }
    tables.push(...found);
    if (!isListOfTitles(sheet.name, found, failed)) unrecognized.push(...onePerKind(failed));
  }
  return { tables: joinSummaryHalves(tables), unrecognized, facts: facts.finish() };
}

/** Sheets that are not tables by their name: a cover, a contents page, instructions, notes. */
const NON_TABLE_SHEET = /封面|目录|说明|填表|注释|附注|备注|图表|首页/;

/** A 目录 or 说明 sheet names tables without holding them: its titles are not failures. */
function isListOfTitles(name: string, found: TableModel[], failed: Unrecognized[]): boolean {
  if (found.length > 0 || failed.length === 0) return false;
  // several different tables named on one sheet and none readable: a list of titles, not broken tables
  return NON_TABLE_SHEET.test(name) || new Set(failed.map((u) => u.kind)).size >= 2;
}

function onePerKind(failed: Unrecognized[]): Unrecognized[] {
  const seen = new Set<string>();
  return failed.filter((u) => !seen.has(u.kind) && seen.add(u.kind) !== undefined);
}

/**
 * The year and 公开NN number written in a table's heading rows (read on the sheet), and its stated
 * ratios (read the way the table was read: through the span's grid, a transposed view or the sheet).
 */
function withHeading(grid: SheetGrid, table: TableModel, span: TableSpan): TableModel {
  const top = parseA1(table.range.split(":")[0]);
  const right = grid.right;
  const year = headingYear(grid, top.row, grid.left, right);
  const number = headingNumber(grid, top.row, grid.left, right);
  if (year !== undefined) table.year = year;
  if (number !== undefined) table.number = number;
  if (!table.kind.startsWith("perf-")) {
    const range = table.transposed ? rangeA1(span.hit.row, span.left, span.end, span.right) : table.range;
    const ratios = findRatios(span.grid, range, table.unit);
    if (ratios.length > 0) table.ratios = ratios;
  }
  return table;
}

/** One line for a workbook without any standard table. */
export const NO_TABLES_MESSAGE = "未找到任何部门决算标准表（按表名和表头查找） / no standard final-accounts table found (searched by title and header)";

export { SheetGrid } from "../workbook/grid";
export type { TableSpan } from "./span";
