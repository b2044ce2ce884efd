/**
 * What a workbook says about itself outside the tables: the unit (cover or `部门：` line), the year,
 * the unit's nature (行政/参公/事业), sentences that may note an empty or omitted table, and how
 * amounts are written (thousands separators). One pass over the text cells of every sheet.
 */
import type { SheetGrid } from "../workbook/grid";
import { toA1 } from "../workbook/address";
import type { TextCell } from "./types";
import { normalize } from "./text";

export type UnitNature = "行政" | "参公" | "事业";

export interface WorkbookFacts {
  /** every sheet name, in workbook order. */
  sheets: string[];
  /** 单位名称 from the cover or the first `部门：` line. */
  unitName?: TextCell;
  /** the 年度 most often written (cover, titles, 部门 lines). */
  year?: number;
  nature?: { value: UnitNature; cell: TextCell };
  /** sentences outside the tables' figures (notes, 说明): read for empty or omitted tables. */
  notes: TextCell[];
  /** amounts ≥ 1000 written with / without thousands separators (text or number format). */
  separators: { with: number; without: number };
}

/** A `部门：…` / `单位：…` line above a table. */
export const UNIT_LINE = /^(?:部门|单位|单位名称|部门名称|编制单位|填报单位)[:]/;
const YEAR = /(20\d{2})年/;
/** 单位性质 as written on a cover: `单位性质：行政单位`, or a cell that is only the nature. */
const NATURE_CELL = /^(?:单位性质:)?(行政单位|行政机关|行政|参照公务员法管理(?:的事业单位)?|参公单位|参公|事业单位|事业)$/;
function natureOf(t: string): UnitNature | undefined {
  const m = NATURE_CELL.exec(t);
  if (!m) return undefined;
  if (m[1].startsWith("参")) return "参公";
  return m[1].startsWith("行政") ? "行政" : "事业";
}
const WITH_SEPARATOR = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** decimals required: 7-digit 科目编码 and 行次 are not amounts. */
const WITHOUT_SEPARATOR = /^-?\d{4,}\.\d+$/;
const MAX_NOTES = 400;
/** what makes a text a sentence worth keeping as a note. */
const NOTE_MARK = /[，,。；;]|本表|空表|无数据/;

/** The unit name written after `部门：`, cut before `金额单位` or a wide gap. */
function unitNameOf(text: string): string {
  const after = text.replace(/^[^:：]*[:：]\s*/, "");
  return after.split(/\s{2,}|金额单位|单位[:：]/)[0].trim();
}

export class FactsCollector {
  private readonly years = new Map<number, number>();
  readonly facts: WorkbookFacts = { sheets: [], notes: [], separators: { with: 0, without: 0 } };

  add(grid: SheetGrid): void {
    this.facts.sheets.push(grid.name);
    for (let r = grid.top; r <= grid.bottom; r++) {
      const line = grid.rowValues(r);
      for (let i = 0; i < line.length; i++) {
        const v = line[i];
        if (typeof v === "number") this.countNumber(v, grid.numberFormat(r, grid.left + i));
        else if (typeof v === "string") {
          const text = v.trim();
          if (text) this.readText(grid, r, grid.left + i, text);
        }
      }
    }
  }

  private countNumber(v: number, format: string | null): void {
    if (Math.abs(v) < 1000 || !format || format === "General") return;
    if (format.includes("#,##") || format.includes(",0")) this.facts.separators.with++;
    else this.facts.separators.without++;
  }

  private readText(grid: SheetGrid, row: number, col: number, text: string): void {
    if (WITH_SEPARATOR.test(text)) {
      if (text.length >= 5) this.facts.separators.with++;
      return;
    }
    if (WITHOUT_SEPARATOR.test(text)) {
      this.facts.separators.without++;
      return;
    }
    const t = normalize(text);
    if (t.length <= 60) {
      const year = YEAR.exec(t);
      if (year) this.years.set(Number(year[1]), (this.years.get(Number(year[1])) ?? 0) + 1);
      if (!this.facts.unitName && UNIT_LINE.test(t)) {
        const name = unitNameOf(text);
        if (name) this.facts.unitName = { sheet: grid.name, cell: toA1(row, col), text: name };
      }
      const nature = this.facts.nature ? undefined : natureOf(t);
      if (nature) this.facts.nature = { value: nature, cell: { sheet: grid.name, cell: toA1(row, col), text } };
    }
    if (t.length >= 6 && NOTE_MARK.test(t) && this.facts.notes.length < MAX_NOTES) this.facts.notes.push({ sheet: grid.name, cell: toA1(row, col), text });
  }

  finish(): WorkbookFacts {
    let best: [number, number] | undefined;
    for (const [year, count] of this.years) if (!best || count > best[1] || (count === best[1] && year > best[0])) best = [year, count];
    if (best) this.facts.year = best[0];
    return this.facts;
  }
}

/** The 年度 written in a table's heading rows (title, 公开NN, 部门 line), if any. */
export function headingYear(grid: SheetGrid, top: number, left: number, right: number): number | undefined {
  for (let r = top; r <= Math.min(top + 3, grid.bottom); r++) {
    for (let c = left; c <= right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || v.length > 60) continue;
      const m = YEAR.exec(normalize(v));
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/** The 公开NN / 财决NN number written in a table's heading rows, if any. */
export function headingNumber(grid: SheetGrid, top: number, left: number, right: number): number | undefined {
  for (let r = top; r <= Math.min(top + 3, grid.bottom); r++) {
    for (let c = left; c <= right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string" || v.length > 60) continue;
      const m = /(?:公开|财决|决算)(\d{1,2})表|^(\d{1,2})表$/.exec(normalize(v));
      if (m) return Number(m[1] ?? m[2]);
    }
  }
  return undefined;
}
