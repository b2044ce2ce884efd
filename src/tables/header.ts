import type { SheetGrid } from "../workbook/grid";
import { normalize } from "./text";

/** A table's header block: its rows and each column's caption pieces, top to bottom. */
export interface Header {
  top: number;
  bottom: number;
  /** first row after the header (and after a 栏次 row). */
  dataStart: number;
  /** column → normalized caption pieces read through merges, duplicates of a vertical merge once. */
  pieces: Map<number, string[]>;
}

export interface HeaderSearch {
  /** first row to look at (the row after the title). */
  from: number;
  /** last row the table may use. */
  to: number;
  left: number;
  right: number;
  /** is this normalized caption one that starts a header row (科目编码, 项目, 一级指标…)? */
  anchor: (caption: string) => boolean;
  /** how many rows below the title the header may start. */
  maxOffset?: number;
  /** how many header rows at most. */
  maxRows?: number;
  /** "合计" is a column caption here (T9), not the label of a total row. */
  totalIsCaption?: boolean;
}

/** Finds the header rows and joins each column's captions through merged cells. */
export function readHeader(grid: SheetGrid, s: HeaderSearch): Header | null {
  const lastStart = Math.min(s.to, s.from + (s.maxOffset ?? 8));
  let top = -1;
  for (let r = s.from; r <= lastStart && top < 0; r++) {
    for (let c = s.left; c <= s.right; c++) {
      const v = grid.value(r, c);
      if (typeof v === "string" && s.anchor(normalize(v))) {
        top = r;
        break;
      }
    }
  }
  if (top < 0) return null;
  const maxRows = s.maxRows ?? 4;
  let bottom = top;
  while (bottom + 1 <= s.to && bottom + 1 < top + maxRows && isHeaderRow(grid, bottom + 1, s.left, s.right, s.totalIsCaption ?? false)) bottom++;
  const pieces = new Map<number, string[]>();
  for (let c = s.left; c <= s.right; c++) {
    const list: string[] = [];
    let lastMerge: unknown = null;
    for (let r = top; r <= bottom; r++) {
      const m = grid.mergeAt(r, c);
      if (m && m === lastMerge) continue;
      lastMerge = m ?? null;
      const t = normalize(grid.shownText(r, c));
      if (t && list[list.length - 1] !== t) list.push(t);
    }
    if (list.length) pieces.set(c, list);
  }
  let dataStart = bottom + 1;
  if (dataStart <= s.to && isColumnNumberRow(grid, dataStart, s.left, s.right)) dataStart++;
  return { top, bottom, dataStart, pieces };
}

/** A header row holds captions only: text, no numbers, not a 栏次 line, not a data label. */
function isHeaderRow(grid: SheetGrid, row: number, left: number, right: number, totalIsCaption: boolean): boolean {
  let texts = 0;
  for (let c = left; c <= right; c++) {
    const m = grid.mergeAt(row, c);
    // a cell covered by a merge from above continues the header
    if (m && m.top < row) {
      texts++;
      continue;
    }
    const v = grid.value(row, c);
    if (v === null || v === "") continue;
    if (typeof v !== "string") return false;
    const t = normalize(v);
    // "栏次" starts the column-number row; "行次" is a caption
    if (t === "栏次" || /^[\d.,%-]+$/.test(t)) return false;
    // "合计" leading a row labels a total row; further right it is a column caption
    if (!totalIsCaption && texts === 0 && (t === "合计" || t === "总计")) return false;
    // a 科目编码 such as 2050101, or a label with list numbering, starts the data
    if (/^\d{3,}/.test(t) || /^[一二三四五六七八九十]+、/.test(t)) return false;
    texts++;
  }
  return texts > 0;
}

/** The 栏次 row: "栏次" or small column numbers 1, 2, 3 … only. */
function isColumnNumberRow(grid: SheetGrid, row: number, left: number, right: number): boolean {
  let numbers = 0;
  let last = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.value(row, c);
    if (v === null || v === "") continue;
    let n: number;
    if (typeof v === "string") {
      const t = normalize(v);
      if (t === "栏次") return true;
      if (!/^\d{1,2}$/.test(t)) return false;
      n = Number(t);
    } else if (typeof v === "number" && Number.isInteger(v) && v <= 99) n = v;
    else return false;
    // column numbers count up (1, 2, 3…); a row of equal amounts such as zeros is data
    if (n <= last) return false;
    last = n;
    numbers++;
  }
  return numbers >= 2;
}

/** Joined caption of a column ("本年支出" + "基本支出" → "本年支出基本支出"). */
export function caption(header: Header, col: number): string {
  return (header.pieces.get(col) ?? []).join("");
}
