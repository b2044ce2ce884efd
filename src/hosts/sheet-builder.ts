/**
 * Builds a SheetSnapshot from the cells a reader found, for both .xlsx readers (the fast scanner and
 * the ExcelJS path), so they cannot differ in layout. Storage follows the cells present:
 * - the used extent comes from real cells only (a far `dimension` or an empty far cell costs nothing);
 * - merges are clipped to that extent, and dropped when entirely outside it (a merge reaching
 *   XFD1048576 costs nothing; the part cut off holds no value anyway, values live in a merge's top-left);
 * - the grid is dense when its bounding box is small, otherwise sparse: rows without cells are holes
 *   and a row array has holes between its cells (see SheetSnapshot).
 * It also counts cells and merges against the read limits, across all sheets of the workbook.
 */
import type { CellRange, CellValue, SheetSnapshot } from "../workbook/types";
import { checkLimit, type ReadLimits } from "./read-limits";

/** What one workbook has used of the limits so far. */
export class ReadBudget {
  cells = 0;
  merges = 0;
  sheets = 0;

  constructor(readonly limits: ReadLimits) {}

  sheet(): void {
    checkLimit(this.limits, "sheets", ++this.sheets);
  }

  addMerges(n: number): void {
    this.merges += n;
    checkLimit(this.limits, "merges", this.merges);
  }

  text(s: string, where: string): void {
    if (s.length > this.limits.stringLength) checkLimit(this.limits, "stringLength", s.length, where);
  }
}

/** Dense up to this many slots, or a few times the cells present (a table's box is mostly filled). */
const DENSE_SLOTS = 1 << 20;
const DENSE_FACTOR = 4;

export class SheetBuilder {
  private readonly rows: number[] = [];
  private readonly cols: number[] = [];
  private readonly values: CellValue[] = [];
  private readonly formulas: (string | null)[] = [];
  private readonly formats: (string | null)[] = [];

  constructor(private readonly budget: ReadBudget) {}

  /** One cell (0-based); a cell written twice keeps its last writing, as ExcelJS does. */
  add(row: number, col: number, value: CellValue, formula: string | null, format: string | null): void {
    if (this.rows.length >= this.budget.limits.cells - this.budget.cells) checkLimit(this.budget.limits, "cells", this.budget.cells + this.rows.length + 1);
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
    this.formulas.push(formula);
    this.formats.push(format);
  }

  build(name: string, hidden: boolean, allMerges: CellRange[]): SheetSnapshot {
    this.budget.cells += this.rows.length;
    const n = this.rows.length;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (let i = 0; i < n; i++) {
      const r = this.rows[i];
      const c = this.cols[i];
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    if (bottom < 0) return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [], hidden };
    const merges: CellRange[] = [];
    for (const m of allMerges) {
      const clipped = { top: Math.max(m.top, top), left: Math.max(m.left, left), bottom: Math.min(m.bottom, bottom), right: Math.min(m.right, right) };
      // a merge clipped to one cell merges nothing
      if (clipped.top <= clipped.bottom && clipped.left <= clipped.right && (clipped.top < clipped.bottom || clipped.left < clipped.right)) merges.push(clipped);
    }
    const height = bottom - top + 1;
    const width = right - left + 1;
    const dense = height * width <= Math.max(DENSE_SLOTS, DENSE_FACTOR * n);
    const values: CellValue[][] = new Array<CellValue[]>(height);
    const formulas: (string | null)[][] = new Array<(string | null)[]>(height);
    const numberFormats: (string | null)[][] = new Array<(string | null)[]>(height);
    if (dense) {
      for (let r = 0; r < height; r++) {
        values[r] = new Array<CellValue>(width).fill(null);
        formulas[r] = new Array<string | null>(width).fill(null);
        numberFormats[r] = new Array<string | null>(width).fill(null);
      }
    }
    for (let i = 0; i < n; i++) {
      const r = this.rows[i] - top;
      const c = this.cols[i] - left;
      if (!dense && values[r] === undefined) {
        values[r] = [];
        formulas[r] = [];
        numberFormats[r] = [];
      }
      values[r][c] = this.values[i];
      formulas[r][c] = this.formulas[i];
      numberFormats[r][c] = this.formats[i];
    }
    return { name, origin: { row: top, col: left }, values, formulas, numberFormats, merges, hidden };
  }
}
