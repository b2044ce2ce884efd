import type { SheetGrid } from "../workbook/grid";
import type { TitleHit } from "./titles";
import type { TableBase, TableKind, Unrecognized } from "./types";
import type { FigureReader } from "./figures";

/** The rows a table may occupy: from its title to the row before the next title on the sheet. */
export interface TableSpan {
  grid: SheetGrid;
  hit: TitleHit;
  /** last row the table may use (inclusive). */
  end: number;
  left: number;
  right: number;
}

/** Splits a sheet's titles into spans; stacked tables end where the next one starts. */
export function spansOf(grid: SheetGrid, hits: TitleHit[]): TableSpan[] {
  const spans: TableSpan[] = [];
  for (let i = 0; i < hits.length; i++) {
    let next = i + 1;
    while (next < hits.length && hits[next].row === hits[i].row) next++;
    const end = next < hits.length ? hits[next].row - 1 : grid.bottom;
    // two titles in one row (e.g. a title repeated in a merged banner) keep only the first
    if (i > 0 && hits[i - 1].row === hits[i].row) continue;
    spans.push({ grid, hit: hits[i], end, left: grid.left, right: grid.right });
  }
  return spans;
}

export function unrecognized(span: TableSpan, reasonZh: string, reasonEn: string): Unrecognized {
  return {
    kind: span.hit.kind,
    sheet: span.grid.name,
    cell: span.grid.address(span.hit.row, span.hit.col),
    title: span.hit.title,
    reason: `${reasonZh} / ${reasonEn}`,
  };
}

/** Title row to last used row, across the columns the table uses (the sheet's range, also for a transposed view). */
export function spanRange(span: TableSpan, lastRow: number, left: number, right: number): string {
  return span.grid.rangeAddress(span.hit.row, Math.min(left, span.hit.col), Math.max(lastRow, span.hit.row), Math.max(right, span.hit.col));
}


/** The TableBase of a recognized table: title row to `lastRow` across `cols`, with the unit and problems it was read with. */
export function tableBase<K extends TableKind>(span: TableSpan, kind: K, lastRow: number, cols: number[], reader: FigureReader): TableBase & { kind: K } {
  return {
    kind,
    sheet: span.grid.name,
    range: spanRange(span, lastRow, Math.min(...cols), Math.max(...cols)),
    title: span.hit.title,
    unit: reader.unit,
    problems: reader.problems,
  };
}
