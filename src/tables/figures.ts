import { Decimal } from "../numbers/decimal";
import { parseNumber } from "../numbers/parse";
import type { SheetGrid } from "../workbook/grid";
import { isCellError } from "../workbook/types";
import { cellText } from "../workbook/grid";
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
    const width = Math.max(1, grid.right - grid.left + 1);
    // every source has all its fields from the start (values too): one shape, no transition when a
    // Decimal is first asked for, so code reading figures is not thrown away mid-run
    this.sources = {
      // 2 decimals in 元 are 6 decimals in 万元
      amount: { grid, width, values: undefined, scale: unit === "元", decimals: unit === "元" ? 6 : 2 },
      // a rate is a ratio (97.66% is 0.9766) shown with 2 decimals of percent
      rate: { grid, width, values: undefined, scale: false, decimals: 4 },
      score: { grid, width, values: undefined, scale: false, decimals: 2 },
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
    if (typeof v === "number" && Number.isFinite(v)) return new NumberFigure(src, (row - this.grid.top) * src.width + (col - this.grid.left));
    const parsed = parseNumber(v);
    if (!parsed.ok) {
      const cell = this.grid.address(row, col);
      this.problem(row, col, `${cell} 无法读取为数字（${cellText(v)}） / ${cell} is not a number (${cellText(v)})`);
      return undefined;
    }
    return new ParsedFigure(src, row, col, parsed.value, parsed.blank);
  }

  /** Text cell with its address. */
  textCell(row: number, col: number): TextCell {
    return { sheet: this.grid.name, cell: this.grid.address(row, col), text: cellText(this.grid.value(row, col)) };
  }

  problem(row: number, col: number, message: string): void {
    const v = this.grid.value(row, col);
    this.problems.push({ sheet: this.grid.name, cell: this.grid.address(row, col), message, ...(isCellError(v) ? { error: v.error } : {}) });
  }
}

/** What the figures of one table share (kept out of each figure to keep them small). */
interface FigureSource {
  grid: SheetGrid;
  /** columns of the grid: a number figure keeps its place as one index, row × width + column. */
  width: number;
  /** Decimals of number figures by place, built when first asked for (most never are). */
  values?: Map<number, Decimal>;
  /** 元 → 万元 */
  scale: boolean;
  decimals: number;
}

/**
 * A Figure read from a cell. `value` is built on first use and `cell`, `text` on each use: a Decimal
 * and two strings for every cell of a 1,000,000-cell workbook would cost more than the recognition.
 * (Being getters, they do not survive an object spread; JSON.stringify goes through toJSON.)
 */
abstract class CellFigure implements Figure {
  constructor(protected readonly src: FigureSource) {}

  protected abstract get row(): number;
  protected abstract get col(): number;
  abstract get value(): Decimal;
  abstract get blank(): boolean;
  /** The value as the nearest float, without building its Decimal (the checks' fast path). */
  abstract approx(): number;
  /** −1, 0 or 1 as the exact value is below, at or above zero. */
  abstract sign(): number;

  get sheet(): string {
    return this.src.grid.name;
  }

  get decimals(): number {
    return this.src.decimals;
  }

  get cell(): string {
    return this.src.grid.address(this.row, this.col);
  }

  get text(): string {
    return displayText(this.src.grid, this.row, this.col);
  }

  toJSON(): Figure {
    return { sheet: this.sheet, cell: this.cell, value: this.value, text: this.text, decimals: this.decimals, blank: this.blank };
  }
}

/**
 * A figure of a number cell, the bulk of a large table: two fields only (its source and its place in
 * the grid), the number itself read from the grid. The fewer bytes a model of a million figures
 * holds, the less the garbage collector copies.
 */
class NumberFigure extends CellFigure {
  constructor(
    src: FigureSource,
    private readonly place: number,
  ) {
    super(src);
  }

  protected get row(): number {
    return this.src.grid.top + Math.floor(this.place / this.src.width);
  }

  protected get col(): number {
    return this.src.grid.left + (this.place % this.src.width);
  }

  get blank(): boolean {
    return false;
  }

  approx(): number {
    const raw = this.raw();
    return this.src.scale ? raw / 10000 : raw;
  }

  sign(): number {
    // exact: a 元 amount scaled to 万元 keeps its sign (the Decimal division does not underflow)
    const raw = this.raw();
    return raw > 0 ? 1 : raw < 0 ? -1 : 0;
  }

  private raw(): number {
    return this.src.grid.sheet.values[Math.floor(this.place / this.src.width)][this.place % this.src.width] as number;
  }

  get value(): Decimal {
    const cache = (this.src.values ??= new Map());
    let d = cache.get(this.place);
    if (d === undefined) {
      const raw = new Decimal(this.raw());
      d = this.src.scale ? raw.div(TEN_THOUSAND) : raw;
      cache.set(this.place, d);
    }
    return d;
  }
}

/** A figure read from numeric text, a blank or a dash: parsed once, its Decimal kept. */
class ParsedFigure extends CellFigure {
  private readonly decimalValue: Decimal;

  constructor(
    src: FigureSource,
    protected readonly row: number,
    protected readonly col: number,
    parsed: Decimal,
    private readonly isBlank: boolean,
  ) {
    super(src);
    this.decimalValue = src.scale ? parsed.div(TEN_THOUSAND) : parsed;
  }

  get value(): Decimal {
    return this.decimalValue;
  }

  get blank(): boolean {
    return this.isBlank;
  }

  approx(): number {
    return this.decimalValue.toNumber();
  }

  sign(): number {
    return decimalSign(this.decimalValue);
  }
}

function decimalSign(d: Decimal): number {
  return d.isZero() ? 0 : d.isNegative() ? -1 : 1;
}

/**
 * A figure's value as the nearest float (within a few ulps), cheap for figures read from number cells.
 * Only good for proving checks pass (see rules/compare.ts); the Decimal stays the reference.
 */
export function approxNumber(f: Figure): number {
  return f instanceof CellFigure ? f.approx() : f.value.toNumber();
}

/** −1, 0 or 1 as the figure's exact value is below, at or above zero; no Decimal built for a number cell. */
export function signOf(f: Figure): number {
  return f instanceof CellFigure ? f.sign() : decimalSign(f.value);
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
