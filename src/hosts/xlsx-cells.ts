/**
 * What a cell's XML means in the fast .xlsx reader, as ExcelJS reads it (lib/xlsx/xform/sheet/
 * cell-xform.js, utils.xmlDecode/excelToDate): addresses, numbers, dates, merged ranges. Shared by the
 * streaming sheet reader (sheet-stream.ts) and the workbook reader (xlsx-fast.ts).
 */
import type { CellRange, CellValue } from "../workbook/types";
import { chineseDate } from "./snapshot";
import type { ReadBudget } from "./sheet-builder";
import { attributes, nextTag, TagKind, Unsupported, type Tag } from "./xml-scan";

// ExcelJS's shared-formula translation (pure code), so that copies read exactly as ExcelJS gives them
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { slideFormula } = require("exceljs/lib/utils/shared-formula") as { slideFormula: (formula: string, from: string, to: string) => string };

/** ExcelJS's second decoding of "str" cell text (utils.xmlDecode). */
export function xmlDecodeAgain(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&([a-z]*);/g, (c) => (c === "&lt;" ? "<" : c === "&gt;" ? ">" : c === "&amp;" ? "&" : c === "&apos;" ? "'" : c === "&quot;" ? '"' : c));
}

/**
 * A value in a date-formatted cell as the snapshot's date text (utils.excelToDate of ExcelJS, then the
 * text file.ts writes). Only a serial that is a date becomes one: a text, boolean or error result, or a
 * number no date can hold, stays what it is (ExcelJS turns those into an Invalid Date or a day of 1899).
 */
export function dateText(v: CellValue, date1904: boolean): CellValue {
  if (typeof v !== "number") return v;
  const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? v : chineseDate(d);
}

/** A numeric cell value as ExcelJS reads it (parseFloat); text that is no number declines. */
export function number(raw: string): number {
  const n = parseFloat(raw);
  if (Number.isNaN(n)) throw new Unsupported();
  return n;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * parseFloat of the ASCII bytes [from, to) for the plain form `-?digits[.digits]` of at most 15 digits,
 * NaN for anything else. Exact: the digits make an integer below 2^53 and 10^k (k ≤ 22) is exact, so
 * one correctly rounded division gives the correctly rounded decimal, as parseFloat does.
 */
export function plainDecimal(buf: Uint8Array, from: number, to: number): number {
  let i = from;
  const negative = buf[i] === 45;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let fraction = 0;
  let dot = false;
  for (; i < to; i++) {
    const b = buf[i];
    if (b >= 48 && b <= 57) {
      m = m * 10 + (b - 48);
      digits++;
      if (dot) fraction++;
    } else if (b === 46 && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = fraction === 0 ? m : m / POW10[fraction];
  return negative ? -v : v;
}

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** A cell position, filled in place. */
export interface At {
  row: number;
  col: number;
}

/**
 * "AB12" as ASCII bytes [from, to) → 0-based row and column into `out` (within Excel's grid); anything
 * else declines. With `col1`, the bytes are read after an "A" (a row's r as ExcelJS reads it: `A${r}`).
 */
export function addressBytes(buf: ArrayLike<number>, from: number, to: number, out: At, col1 = false): At {
  let col = col1 ? 1 : 0;
  let i = from;
  const letters = col1 ? 3 : 4;
  for (; i < to && i - from < letters; i++) {
    const c = buf[i];
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  // digits only, no leading zero, at most 7 of them (a row number as Excel writes it)
  let row = 0;
  const digits = to - i;
  if (digits < 1 || digits > 7 || buf[i] === 48) throw new Unsupported();
  for (; i < to; i++) {
    const c = buf[i] - 48;
    if (!(c >= 0 && c <= 9)) throw new Unsupported();
    row = row * 10 + c;
  }
  if (col === 0 || col > MAX_COL || row > MAX_ROW) throw new Unsupported();
  out.row = row - 1;
  out.col = col - 1;
  return out;
}

/** "AB12" → 0-based row and column (within Excel's grid); anything else declines. */
export function address(ref: string, col1 = false): At {
  const codes = new Array<number>(ref.length);
  for (let i = 0; i < ref.length; i++) codes[i] = ref.charCodeAt(i);
  return addressBytes(codes, 0, codes.length, { row: 0, col: 0 }, col1);
}

export function toA1(row: number, col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** Merged ranges, with an index that answers "is this cell covered (not its top-left)?" quickly. */
export class Merges {
  readonly list: CellRange[] = [];
  private readonly byRow = new Map<number, CellRange[]>();
  /** merges taller than this are checked one by one (a merge reaching row 1048576 indexes nothing). */
  private static readonly INDEXED_HEIGHT = 256;
  private readonly tall: CellRange[] = [];

  add(range: CellRange): void {
    this.list.push(range);
    if (range.bottom - range.top >= Merges.INDEXED_HEIGHT) this.tall.push(range);
    else
      for (let r = range.top; r <= range.bottom; r++) {
        const l = this.byRow.get(r);
        if (l) l.push(range);
        else this.byRow.set(r, [range]);
      }
  }

  at(r: number, c: number): CellRange | undefined {
    const l = this.byRow.get(r);
    if (l) for (const m of l) if (c >= m.left && c <= m.right) return m;
    for (const m of this.tall) if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) return m;
    return undefined;
  }

  /** does `m` share a cell with a merge already added? (row by row through the index: no n² scan) */
  overlaps(m: CellRange): boolean {
    const meets = (o: CellRange) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right;
    if (this.tall.some(meets)) return true;
    if (m.bottom - m.top >= Merges.INDEXED_HEIGHT) return this.list.some(meets);
    for (let r = m.top; r <= m.bottom; r++) {
      const l = this.byRow.get(r);
      if (l && l.some(meets)) return true;
    }
    return false;
  }

  covered(r: number, c: number): boolean {
    const m = this.list.length ? this.at(r, c) : undefined;
    return m !== undefined && (r !== m.top || c !== m.left);
  }
}

export function readMerges(xml: string, from: number, budget: ReadBudget): Merges {
  const merges = new Merges();
  const t: Tag = { kind: TagKind.Open, name: "", start: 0, attrs: 0, end: 0 };
  let p = from;
  while (nextTag(xml, p, t)) {
    p = t.end;
    // hyperlink cells are objects in ExcelJS: leave those sheets to it
    if (t.name === "hyperlink") throw new Unsupported();
    if (t.name !== "mergeCell" || t.kind === TagKind.Close) continue;
    budget.addMerges(1);
    const parts = (attributes(xml, t).get("ref") ?? "").split(":");
    if (parts.length !== 2) throw new Unsupported();
    const a = address(parts[0]);
    const b = address(parts[1]);
    const range = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
    // ExcelJS refuses overlapping merges (a corrupt file): let it say so
    if (merges.overlaps(range)) throw new Unsupported();
    merges.add(range);
  }
  return merges;
}


