import type { CellRange, CellValue, SheetSnapshot } from "./types";
import { isCellError } from "./types";
import { rangeA1, toA1 } from "./address";

/**
 * Read access to one sheet in absolute 0-based coordinates, with merged-cell lookups.
 * Values of merged cells live in the top-left cell only (as Office.js and the file reader give them).
 */
export class SheetGrid {
  readonly name: string;
  /** absolute first and last row/column of the used range (last < first when empty). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeByRow = new Map<number, CellRange[]>();

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.bottom = this.top + sheet.values.length - 1;
    let width = 0;
    // a sparse snapshot has holes for rows without cells (types.ts)
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      if (row !== undefined && row.length > width) width = row.length;
    }
    this.right = this.left + width - 1;
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.mergeByRow.get(r);
        if (list) list.push(m);
        else this.mergeByRow.set(r, [m]);
      }
    }
  }

  /** the raw value at (row, col); null outside the used range. */
  value(row: number, col: number): CellValue {
    const line = this.sheet.values[row - this.top];
    if (!line) return null;
    const v = line[col - this.left];
    return v === undefined ? null : v;
  }

  /** the row's values as stored (relative to `left`); empty when outside. A sparse row has holes (read as undefined). */
  rowValues(row: number): CellValue[] {
    return this.sheet.values[row - this.top] ?? [];
  }

  formula(row: number, col: number): string | null {
    return this.sheet.formulas?.[row - this.top]?.[col - this.left] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.sheet.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  /** the merged range covering (row, col), if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    const list = this.mergeByRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** the value a reader sees at (row, col): a merged cell shows its top-left value everywhere. */
  shownValue(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.value(m.top, m.left) : this.value(row, col);
  }

  /** the cell's text, trimmed ("" for blank); numbers as written by String(). */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  /** the text a reader sees through merges. */
  shownText(row: number, col: number): string {
    return cellText(this.shownValue(row, col));
  }

  /**
   * Where (row, col) of this grid is on the sheet. The same place here; a transposed view
   * (transposed-grid.ts) maps it back, so every address a reader reports names the real cell.
   */
  sheetCell(row: number, col: number): { row: number; col: number } {
    return { row, col };
  }

  /** The sheet's A1 address of (row, col). */
  address(row: number, col: number): string {
    const at = this.sheetCell(row, col);
    return toA1(at.row, at.col);
  }

  /** The sheet's A1 range covering the rectangle (top, left)–(bottom, right) of this grid. */
  rangeAddress(top: number, left: number, bottom: number, right: number): string {
    return rangeA1(top, left, bottom, right);
  }

  /** How a message names line `row` of this grid: 第5行 / row 5 (a column of the sheet in a transposed view). */
  lineName(row: number): { zh: string; en: string } {
    return { zh: `第${row + 1}行`, en: `row ${row + 1}` };
  }
}

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (isCellError(v)) return v.error;
  return String(v);
}
