import type { WorkbookSnapshot } from "../workbook/types";
import { SheetGrid } from "../workbook/grid";
import type { Recognition, TableKind, TableModel, Unrecognized } from "./types";
import { findTitles } from "./titles";
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

/** Finds every standard table of a workbook, wherever it is; each sheet is scanned once for titles. */
export function recognize(snapshot: WorkbookSnapshot): Recognition {
  const tables: TableModel[] = [];
  const unrecognized: Unrecognized[] = [];
  for (const sheet of snapshot.sheets) {
    const grid = new SheetGrid(sheet);
    for (const span of spansOf(grid, findTitles(grid))) {
      const result = RECOGNIZERS[span.hit.kind](span);
      if ("reason" in result) unrecognized.push(result);
      else tables.push(result);
    }
  }
  return { tables, unrecognized };
}

/** One line for a workbook without any standard table. */
export const NO_TABLES_MESSAGE = "未找到任何部门决算标准表（按表名和表头查找） / no standard final-accounts table found (searched by title and header)";

export { SheetGrid } from "../workbook/grid";
export type { TableSpan } from "./span";
