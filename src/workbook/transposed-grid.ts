/**
 * A sheet read with rows and columns swapped below a corner row: the rows above it (a table's title,
 * 公开NN and 部门/金额单位 lines) stay as they are, and the block from `corner` down to `bottom` is
 * turned so that its first column becomes the first row. Cell (r, c) of the view at or below the
 * corner is cell (corner + c − left, left + r − corner) of the sheet; the map is its own inverse.
 * Every address the view gives (address, rangeAddress, lineName) names the real cell, so findings on
 * a transposed table point where the accountant looks. The one place that transposes.
 */
import type { CellRange, SheetSnapshot } from "./types";
import { SheetGrid } from "./grid";
import { columnName, rangeA1 } from "./address";

export class TransposedGrid extends SheetGrid {
  private readonly corner: number;
  private readonly origin: number;

  /**
   * `top` is the first row kept as it is (a title row); rows corner…bottom of `source` are turned, across
   * the columns up to `right` (the sheet's last column unless the caller knows where the cells end).
   */
  constructor(source: SheetGrid, top: number, corner: number, bottom: number, right = source.right) {
    super(turnedSnapshot(source, top, corner, bottom, right));
    this.corner = corner;
    this.origin = source.left;
  }

  override sheetCell(row: number, col: number): { row: number; col: number } {
    return turned(row, col, this.corner, this.origin);
  }

  /** The turned part's real box; rows above the corner (a title) span the same real columns. */
  override rangeAddress(top: number, left: number, bottom: number, right: number): string {
    if (bottom < this.corner) return rangeA1(top, left, bottom, right);
    const a = this.sheetCell(Math.max(top, this.corner), left);
    const b = this.sheetCell(bottom, right);
    return rangeA1(Math.min(top, a.row), a.col, b.row, b.col);
  }

  override lineName(row: number): { zh: string; en: string } {
    if (row < this.corner) return super.lineName(row);
    const col = columnName(this.sheetCell(row, this.origin).col);
    return { zh: `第${col}列`, en: `column ${col}` };
  }
}

/** (row, col) of the view on the sheet, or of the sheet in the view: the map is its own inverse. */
function turned(row: number, col: number, corner: number, left: number): { row: number; col: number } {
  return row < corner ? { row, col } : { row: corner + (col - left), col: left + (row - corner) };
}

/** The view's cells as a snapshot of their own (origin at `top`), so every reader and figure works unchanged. */
function turnedSnapshot(source: SheetGrid, top: number, corner: number, bottom: number, right: number): SheetSnapshot {
  const left = source.left;
  const turnedRows = right - left + 1;
  const turnedCols = bottom - corner + 1;
  const width = Math.max(turnedCols, turnedRows, 1);
  const height = corner - top + Math.max(turnedRows, 0);
  const table = <T>(read: (row: number, col: number) => T): T[][] => {
    const out: T[][] = [];
    for (let r = 0; r < height; r++) {
      const line: T[] = new Array(width);
      for (let c = 0; c < width; c++) {
        const p = turned(top + r, left + c, corner, left);
        // the turned block ends at `bottom`: a table below it on the sheet is not part of this view
        line[c] = p.row > bottom || p.col > right ? (null as T) : read(p.row, p.col);
      }
      out.push(line);
    }
    return out;
  };
  const snapshot: SheetSnapshot = {
    name: source.name,
    origin: { row: top, col: left },
    values: table((r, c) => source.value(r, c)),
    merges: turnedMerges(source.sheet.merges, top, corner, bottom, left),
  };
  if (source.sheet.formulas) snapshot.formulas = table((r, c) => source.formula(r, c));
  if (source.sheet.numberFormats) snapshot.numberFormats = table((r, c) => source.numberFormat(r, c));
  if (source.sheet.hidden) snapshot.hidden = true;
  return snapshot;
}

/** Merges above the corner kept, merges inside the turned block turned; one across the corner is dropped. */
function turnedMerges(merges: CellRange[], top: number, corner: number, bottom: number, left: number): CellRange[] {
  const out: CellRange[] = [];
  for (const m of merges) {
    if (m.top >= top && m.bottom < corner) out.push(m);
    else if (m.top >= corner && m.bottom <= bottom) {
      const a = turned(m.top, m.left, corner, left);
      const b = turned(m.bottom, m.right, corner, left);
      out.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
  }
  return out;
}
