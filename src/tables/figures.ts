import { Decimal } from "../numbers/decimal";
import { parseNumber } from "../numbers/parse";
import type { SheetGrid } from "../workbook/grid";
import { cellText } from "../workbook/grid";
import { toA1 } from "../workbook/address";
import type { Figure, TableProblem, TextCell } from "./types";
import type { AmountUnit } from "./unit";

const TEN_THOUSAND = new Decimal(10000);

export type FigureKind = "amount" | "rate" | "score";

/**
 * Reads figures of one table: normalizes 元 to 万元, records unparseable cells as problems
 * (the figure is then absent) instead of failing the table.
 */
export class FigureReader {
  readonly problems: TableProblem[] = [];
  private readonly sources: Record<FigureKind, FigureSource>;

  constructor(
    readonly grid: SheetGrid,
    readonly unit: AmountUnit,
  ) {
    this.sources = {
      // 2 decimals in 元 are 6 decimals in 万元
      amount: { grid, scale: unit === "元", decimals: unit === "元" ? 6 : 2 },
      // a rate is a ratio (97.66% is 0.9766) shown with 2 decimals of percent
      rate: { grid, scale: false, decimals: 4 },
      score: { grid, scale: false, decimals: 2 },
    };
  }

  /** An amount in 万元 (rates and scores are not scaled). */
  amount(row: number, col: number): Figure | undefined {
    return this.read(row, col, "amount");
  }

  read(row: number, col: number, kind: FigureKind): Figure | undefined {
    const v = this.grid.value(row, col);
    const src = this.sources[kind];
    // numbers, the bulk of a large table, skip parsing; their Decimal is built only when asked for
    if (typeof v === "number" && Number.isFinite(v)) return new CellFigure(src, row, col, v, null, false);
    const parsed = parseNumber(v);
    if (!parsed.ok) {
      const cell = toA1(row, col);
      this.problem(row, col, `${cell} 无法读取为数字（${cellText(v)}） / ${cell} is not a number (${cellText(v)})`);
      return undefined;
    }
    return new CellFigure(src, row, col, 0, parsed.value, parsed.blank);
  }

  /** Text cell with its address. */
  textCell(row: number, col: number): TextCell {
    return { sheet: this.grid.name, cell: toA1(row, col), text: cellText(this.grid.value(row, col)) };
  }

  problem(row: number, col: number, message: string): void {
    this.problems.push({ sheet: this.grid.name, cell: toA1(row, col), message });
  }
}

/** What the figures of one table share (kept out of each figure to keep them small). */
interface FigureSource {
  grid: SheetGrid;
  /** 元 → 万元 */
  scale: boolean;
  decimals: number;
}

/**
 * A Figure read from a cell. `value` is built on first use and `cell`, `text` on each use: a Decimal
 * and two strings for every cell of a 1,000,000-cell workbook would cost more than the recognition.
 * (Being getters, they do not survive an object spread; JSON.stringify goes through toJSON.)
 */
class CellFigure implements Figure {
  private decimalValue: Decimal | null;

  constructor(
    private readonly src: FigureSource,
    private readonly row: number,
    private readonly col: number,
    private readonly raw: number,
    parsed: Decimal | null,
    readonly blank: boolean,
  ) {
    this.decimalValue = parsed && src.scale ? parsed.div(TEN_THOUSAND) : parsed;
  }

  get sheet(): string {
    return this.src.grid.name;
  }

  get decimals(): number {
    return this.src.decimals;
  }

  get value(): Decimal {
    if (this.decimalValue === null) {
      const d = new Decimal(this.raw);
      this.decimalValue = this.src.scale ? d.div(TEN_THOUSAND) : d;
    }
    return this.decimalValue;
  }

  get cell(): string {
    return toA1(this.row, this.col);
  }

  get text(): string {
    return displayText(this.src.grid, this.row, this.col);
  }

  toJSON(): Figure {
    return { sheet: this.sheet, cell: this.cell, value: this.value, text: this.text, decimals: this.decimals, blank: this.blank };
  }
}

/** The cell's text as shown: text as written; numbers through a simple reading of their format. */
export function displayText(grid: SheetGrid, row: number, col: number): string {
  const v = grid.value(row, col);
  if (typeof v !== "number") return cellText(v);
  const format = grid.numberFormat(row, col);
  if (!format || format === "General" || format === "@") return String(v);
  const section = format.split(";")[0];
  const dot = /0\.(0+)/.exec(section);
  const decimals = dot ? dot[1].length : 0;
  if (section.includes("%")) return `${(v * 100).toFixed(decimals)}%`;
  if (!/[0#]/.test(section)) return String(v);
  const fixed = Math.abs(v).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = section.includes(",") ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return `${v < 0 ? "-" : ""}${grouped}${frac ? "." + frac : ""}`;
}
