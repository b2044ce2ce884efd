import type { SheetGrid } from "../workbook/grid";
import { cellText } from "../workbook/grid";
import type { CodeLevel } from "./types";
import type { Header } from "./header";

/** Where a table writes its 科目编码: one column, or 类/款/项 columns. */
export type CodeColumns = { single: number } | { class: number; section?: number; item?: number };

/** Finds the code columns from the header: "科目编码" or split "类"/"款"/"项". */
export function findCodeColumns(header: Header): CodeColumns | null {
  let single = -1;
  const split: Partial<Record<"class" | "section" | "item", number>> = {};
  for (const [col, pieces] of header.pieces) {
    const last = pieces[pieces.length - 1];
    if (last === "类" || last === "款" || last === "项") {
      const key = last === "类" ? "class" : last === "款" ? "section" : "item";
      if (split[key] === undefined) split[key] = col;
    } else if (single < 0 && pieces.some((p) => p.includes("编码") || p === "科目代码")) single = col;
  }
  if (split.class !== undefined) return { class: split.class, section: split.section, item: split.item };
  return single >= 0 ? { single } : null;
}

/** Reads codes row by row; split columns may omit the parent part (filled from the rows above). */
export class CodeReader {
  private lastClass = "";
  private lastSection = "";

  constructor(
    private readonly grid: SheetGrid,
    private readonly columns: CodeColumns,
  ) {}

  /** the joined code of a row ("2050101"), "" when the row has none, null when the cell is not a code. */
  read(row: number): string | null {
    if ("single" in this.columns) return digitsOf(this.grid.value(row, this.columns.single));
    const c = digitsOf(this.grid.value(row, this.columns.class));
    const s = pad(this.columns.section === undefined ? "" : digitsOf(this.grid.value(row, this.columns.section)));
    const i = pad(this.columns.item === undefined ? "" : digitsOf(this.grid.value(row, this.columns.item)));
    if (c === null || s === null || i === null) return null;
    if (c) {
      this.lastClass = c;
      this.lastSection = s ? c + s : "";
      return i ? c + s + i : s ? c + s : c;
    }
    if (s) {
      this.lastSection = this.lastClass + s;
      return i ? this.lastSection + i : this.lastSection;
    }
    return i ? this.lastSection + i : "";
  }
}

/** 款/项 parts are two digits; a number cell 1 stands for "01". */
function pad(part: string | null): string | null {
  return part !== null && part.length === 1 ? "0" + part : part;
}

/** Digits of a code cell ("205", 2050101, "  01"); "" for blank; null for other text. */
function digitsOf(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? String(v) : null;
  const s = v as string;
  // fast path: plain digits, the usual case
  let plain = s.length > 0;
  for (let i = 0; i < s.length && plain; i++) {
    const ch = s.charCodeAt(i);
    plain = ch >= 48 && ch <= 57;
  }
  if (plain) return s;
  const t = cellText(s).replace(/\s/g, "");
  if (t === "") return "";
  return /^\d+$/.test(t) ? t : null;
}

/** Level by code length: 类 3 digits, 款 5, 项 7 (others: by the nearest). */
export function codeLevel(code: string): CodeLevel {
  if (code === "") return "total";
  if (code.length <= 3) return "class";
  if (code.length <= 5) return "section";
  return "item";
}
