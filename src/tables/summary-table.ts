import type { SummaryLine, SummaryTable, FiscalSummaryTable, Unrecognized } from "./types";
import type { TableSpan } from "./span";
import { unrecognized, tableBase } from "./span";
import { readHeader } from "./header";
import { findUnit } from "./unit";
import { FigureReader } from "./figures";
import { findPanels, isPanelAnchor, readPanelLines, type PanelLine } from "./panels";
import { sortLines, type LineRule } from "./summary-lines";
import type { ColumnSpec } from "./columns";

export interface SummaryLayout {
  /** how to key the amount columns of a panel with several (T4 expense: total/gpb/govFund/soe). */
  amountColumns: ColumnSpec[];
  income: LineRule[];
  expense: LineRule[];
  attach?: (line: PanelLine, lines: Partial<Record<string, SummaryLine>>) => boolean;
}

/** Reads a 收入/支出 panel table (T1, T4) into named lines and 类 lines. */
export function readSummaryTable<K extends "summary" | "fiscal-summary">(
  span: TableSpan,
  kind: K,
  layout: SummaryLayout,
): (K extends "summary" ? SummaryTable : FiscalSummaryTable) | Unrecognized {
  const { grid, hit } = span;
  const header = readHeader(grid, { from: hit.row + 1, to: span.end, left: span.left, right: span.right, anchor: isPanelAnchor });
  if (!header) return unrecognized(span, "未找到表头（项目、金额）", "no header row (项目, 金额) found");
  const panels = findPanels(header, layout.amountColumns);
  if (!panels.length || panels.every((p) => p.columns.size === 0))
    return unrecognized(span, "表头缺少项目或金额列", "the header has no 项目 or amount column");
  const unit = findUnit(grid, hit.row, header.top);
  const reader = new FigureReader(grid, unit);
  const read = readPanelLines(grid, panels, header.dataStart, span.end, reader);
  const { lines, classes, lastRow } = sortLines(read, panels, layout.income, layout.expense, layout.attach);
  if (!lines.incomeTotal && !lines.expenseTotal)
    return unrecognized(span, "未找到“本年收入合计”或“本年支出合计”行", "neither 本年收入合计 nor 本年支出合计 line found");
  const cols = panels.flatMap((p) => [p.labelCol, ...p.columns.values()]);
  const table: SummaryTable | FiscalSummaryTable = {
    ...tableBase(span, kind as "summary", lastRow, cols, reader),
    lines,
    classes,
  };
  return table as K extends "summary" ? SummaryTable : FiscalSummaryTable;
}
