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

/** What a cell slot holds (kinds[i]); numbers live in a Float64Array, texts and errors in a list. */
const EMPTY = 0;
const NUMBER = 1;
const OBJECT = 2;
const TRUE = 3;
const FALSE = 4;

/**
 * The cells of one sheet in columnar storage until build(): typed arrays of row, column, kind, number
 * and indexes (no object per cell, nothing for the collector to trace), texts and formulas in lists.
 */
export class SheetBuilder {
  private n = 0;
  private rows = new Int32Array(256);
  private cols = new Int32Array(256);
  private kinds = new Uint8Array(256);
  private numbers = new Float64Array(256);
  /** index into objects (text or error value), formulas (-1: none), formatList (-1: none). */
  private objectAt = new Int32Array(256);
  private formulaAt = new Int32Array(256);
  private formatAt = new Int32Array(256);
  private readonly objects: CellValue[] = [];
  private readonly formulas: string[] = [];
  private readonly formatList: string[] = [];
  private readonly formatIds = new Map<string, number>();
  private lastFormat: string | null = null;
  private lastFormatId = -1;

  constructor(private readonly budget: ReadBudget) {}

  private grow(): void {
    const size = this.rows.length * 2;
    const more = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.rows = more(this.rows, Int32Array);
    this.cols = more(this.cols, Int32Array);
    this.kinds = more(this.kinds, Uint8Array);
    this.numbers = more(this.numbers, Float64Array);
    this.objectAt = more(this.objectAt, Int32Array);
    this.formulaAt = more(this.formulaAt, Int32Array);
    this.formatAt = more(this.formatAt, Int32Array);
  }

  private formatId(format: string | null): number {
    if (format === null) return -1;
    if (format === this.lastFormat) return this.lastFormatId;
    let id = this.formatIds.get(format);
    if (id === undefined) {
      id = this.formatList.length;
      this.formatList.push(format);
      this.formatIds.set(format, id);
    }
    this.lastFormat = format;
    this.lastFormatId = id;
    return id;
  }

  /** A slot for one more cell (0-based row and column), counted against the cell limit. */
  private slot(row: number, col: number, formula: string | null, format: string | null): number {
    const i = this.n;
    if (i >= this.budget.limits.cells - this.budget.cells) checkLimit(this.budget.limits, "cells", this.budget.cells + i + 1);
    if (i === this.rows.length) this.grow();
    this.rows[i] = row;
    this.cols[i] = col;
    if (formula === null) this.formulaAt[i] = -1;
    else {
      this.formulaAt[i] = this.formulas.length;
      this.formulas.push(formula);
    }
    this.formatAt[i] = this.formatId(format);
    this.n = i + 1;
    return i;
  }

  /** One cell (0-based); a cell written twice keeps its last writing, as ExcelJS does. */
  add(row: number, col: number, value: CellValue, formula: string | null, format: string | null): void {
    if (typeof value === "number") return this.addNumber(row, col, value, formula, format);
    const i = this.slot(row, col, formula, format);
    if (value === null) this.kinds[i] = EMPTY;
    else if (value === true) this.kinds[i] = TRUE;
    else if (value === false) this.kinds[i] = FALSE;
    else {
      this.kinds[i] = OBJECT;
      this.objectAt[i] = this.objects.length;
      this.objects.push(value);
    }
  }

  addNumber(row: number, col: number, value: number, formula: string | null, format: string | null): void {
    const i = this.slot(row, col, formula, format);
    this.kinds[i] = NUMBER;
    this.numbers[i] = value;
  }

  private value(i: number): CellValue {
    switch (this.kinds[i]) {
      case NUMBER:
        return this.numbers[i];
      case OBJECT:
        return this.objects[this.objectAt[i]];
      case TRUE:
        return true;
      case FALSE:
        return false;
      default:
        return null;
    }
  }

  /**
   * The sheet's snapshot. `covered`: cells to leave out (under a merge, not its top-left), for a reader
   * that learns the merges after the cells (they follow sheetData in the part).
   */
  build(name: string, hidden: boolean, allMerges: CellRange[], covered?: (row: number, col: number) => boolean): SheetSnapshot {
    let n = this.n;
    const rows = this.rows;
    const cols = this.cols;
    if (covered) {
      // keep the cells in order, the covered ones dropped
      let k = 0;
      for (let i = 0; i < n; i++) {
        if (covered(rows[i], cols[i])) continue;
        if (k !== i) {
          rows[k] = rows[i];
          cols[k] = cols[i];
          this.kinds[k] = this.kinds[i];
          this.numbers[k] = this.numbers[i];
          this.objectAt[k] = this.objectAt[i];
          this.formulaAt[k] = this.formulaAt[i];
          this.formatAt[k] = this.formatAt[i];
        }
        k++;
      }
      n = this.n = k;
    }
    this.budget.cells += n;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      const c = cols[i];
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
      const r = rows[i] - top;
      const c = cols[i] - left;
      if (!dense && values[r] === undefined) {
        values[r] = [];
        formulas[r] = [];
        numberFormats[r] = [];
      }
      values[r][c] = this.value(i);
      const f = this.formulaAt[i];
      formulas[r][c] = f < 0 ? null : this.formulas[f];
      const format = this.formatAt[i];
      numberFormats[r][c] = format < 0 ? null : this.formatList[format];
    }
    return { name, origin: { row: top, col: left }, values, formulas, numberFormats, merges, hidden };
  }
}
