/**
 * Stated 占比 / 差异率 / 完成率 columns found anywhere in a public table (some regions add them beside
 * the figures), each with the two figures it is computed from: share = part / the 合计 row's figure;
 * variance = (决算 − 预算) / 预算; completion = 决算 / 预算.
 */
import type { SheetGrid } from "../workbook/grid";
import { parseA1 } from "../workbook/address";
import { Decimal } from "../numbers/decimal";
import { FigureReader } from "./figures";
import type { Figure, StatedRatio } from "./types";
import { isColumnNumberCaption, normalize } from "./text";
import type { AmountUnit } from "./unit";

const KINDS: [RegExp, StatedRatio["kind"]][] = [
  [/占比|比重|构成/, "share"],
  [/差异率|增减率|变动率/, "variance"],
  [/完成率|完成年初预算/, "completion"],
];
const RATE_CAPTION = /率|占比|比重|构成/;
const HEADER_DEPTH = 6;

interface Column {
  col: number;
  row: number;
  caption: string;
}

function captions(grid: SheetGrid, top: number, bottom: number): Column[] {
  const out: Column[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.value(r, c);
      // the 部门/金额单位 line is not a column caption
      if (typeof v === "string" && v.length <= 30 && !/单位|部门/.test(v)) out.push({ col: c, row: r, caption: normalize(v) });
    }
  }
  return out;
}

/** The nearest column left of `col` (else right) whose caption passes `test`. */
function nearest(columns: Column[], col: number, test: (c: string) => boolean): Column | undefined {
  const hits = columns.filter((c) => c.col !== col && test(c.caption) && !RATE_CAPTION.test(c.caption));
  hits.sort((a, b) => (a.col < col ? 0 : 1) - (b.col < col ? 0 : 1) || Math.abs(a.col - col) - Math.abs(b.col - col));
  return hits[0];
}

function totalRow(grid: SheetGrid, from: number, to: number, right: number): number | undefined {
  let loose: number | undefined;
  for (let r = from; r <= to; r++) {
    for (let c = grid.left; c < right; c++) {
      const v = grid.value(r, c);
      if (typeof v !== "string") continue;
      const t = normalize(v);
      if (t === "合计" || t === "总计") return r;
      if (loose === undefined && /合计$/.test(t)) loose = r;
    }
  }
  return loose;
}

/** The 栏次 row numbers the columns; it holds no rates. */
function isColumnNumberRow(grid: SheetGrid, row: number): boolean {
  return grid.rowValues(row).some((v) => typeof v === "string" && isColumnNumberCaption(v));
}

/** A rate cell in percent points ("占比(%)" columns) is read as a ratio. */
function asRatio(f: Figure, points: boolean): Figure {
  if (!points) return f;
  return { sheet: f.sheet, cell: f.cell, text: f.text, blank: f.blank, decimals: 4, value: new Decimal(f.value).div(100) };
}

export function findRatios(grid: SheetGrid, range: string, unit: AmountUnit): StatedRatio[] {
  const [from, to = from] = range.split(":");
  const top = parseA1(from).row;
  const bottom = parseA1(to).row;
  const columns = captions(grid, top + 1, Math.min(bottom, top + HEADER_DEPTH));
  const reader = new FigureReader(grid, unit);
  const out: StatedRatio[] = [];
  for (const column of columns) {
    const kind = KINDS.find(([re]) => re.test(column.caption))?.[1];
    if (!kind) continue;
    const points = column.caption.includes("%");
    const first = column.row + 1;
    if (kind === "share") {
      // the total column (合计/决算数/金额) is the share's base; a bare 支出/收入 caption only failing that
      const base = nearest(columns, column.col, (c) => /合计|决算|金额/.test(c)) ?? nearest(columns, column.col, (c) => /支出|收入/.test(c));
      const total = totalRow(grid, first, bottom, column.col);
      if (!base || total === undefined) continue;
      const whole = reader.amount(total, base.col);
      if (!whole) continue;
      for (let r = first; r <= bottom; r++) {
        if (isColumnNumberRow(grid, r) || grid.value(r, column.col) === null || typeof grid.value(r, base.col) === "string" && !/\d/.test(String(grid.value(r, base.col)))) continue;
        const stated = reader.read(r, column.col, "rate");
        const part = reader.amount(r, base.col);
        if (stated && part && !stated.blank) out.push({ kind, stated: asRatio(stated, points), operands: [part, whole] });
      }
      continue;
    }
    const budget = nearest(columns, column.col, (c) => c.includes("预算"));
    const final = nearest(columns, column.col, (c) => c.includes("决算") || c.includes("执行")) ?? nearest(columns, column.col, (c) => c === "合计");
    if (!budget || !final) continue;
    for (let r = first; r <= bottom; r++) {
      if (isColumnNumberRow(grid, r) || grid.value(r, column.col) === null) continue;
      const stated = reader.read(r, column.col, "rate");
      const f = reader.amount(r, final.col);
      const b = reader.amount(r, budget.col);
      if (stated && f && b && !stated.blank) out.push({ kind, stated: asRatio(stated, points), operands: [f, b] });
    }
  }
  return out;
}
