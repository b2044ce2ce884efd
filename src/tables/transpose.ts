/**
 * A standard table laid out transposed: the items that go down the rows (T1's 收入/支出 lines, the
 * 科目 lines, the 三公 figures) run across columns, and the column captions (项目/行次/金额, 合计/
 * 基本支出/项目支出, 预算数/决算数) run down the rows. Tried only when a table's title was found but
 * the table could not be read the usual way round: its heading rows (title, 公开NN, 部门/金额单位
 * lines) stay on top, the block below them is read through a TransposedGrid, and the same recognizer
 * reads it. Figures keep the sheet's real cells. The one place that decides to transpose.
 */
import { TransposedGrid } from "../workbook/transposed-grid";
import type { SheetGrid } from "../workbook/grid";
import type { TableSpan } from "./span";
import type { TableKind, TableModel, Unrecognized } from "./types";
import { matchTitle } from "./titles";
import { normalize } from "./text";
import { UNIT_LINE } from "./workbook-facts";

/** A transposed table's rows are its column captions: a few dozen at most (T2 has 11 with its codes). */
const MAX_TURNED_ROWS = 60;
/** Its columns are its items: a few hundred 科目 at most. Beyond, it is not a sideways table. */
const MAX_ITEMS = 5000;
/** How many heading rows a title may have above its table. */
const MAX_HEADING_ROWS = 6;
/** The 绩效自评表 are forms, not item × caption grids: nothing to swap. */
const FORMS: TableKind[] = ["perf-overall", "perf-project"];

/** Text of a heading row: the 部门/金额单位 line, a table number (公开01表, 7), a year ((2024年度)). */
const HEADING = /单位:(?:万元|元)$|^\(?(?:公开|财决|决算)?\d{1,2}表\)?$|^表?\d{1,2}$|^\(?\d{4}年(?:度|\d{1,2}月(?:\d{1,2}日)?)?\)?$/;

function isHeadingText(text: string): boolean {
  const t = normalize(text);
  return UNIT_LINE.test(t) || HEADING.test(t) || matchTitle(text) !== null;
}

/** A row above the table's body: blank, heading text only, or a lone table number (上海 writes 7). */
function isHeadingRow(grid: SheetGrid, row: number): boolean {
  const cells = grid.rowValues(row).filter((v) => !isBlank(v));
  const only = cells[0];
  if (cells.length === 1 && typeof only === "number") return Number.isInteger(only) && only > 0 && only < 100;
  return cells.every((v) => typeof v === "string" && isHeadingText(v));
}

const isBlank = (v: unknown) => v === null || v === undefined || v === "";

function isBlankRow(grid: SheetGrid, row: number): boolean {
  return grid.rowValues(row).every(isBlank);
}

/** The last column holding a value in rows from…to (a stray far cell elsewhere on the sheet does not widen the view). */
function lastUsedColumn(grid: SheetGrid, from: number, to: number): number {
  let right = grid.left;
  for (let r = from; r <= to; r++) {
    const line = grid.rowValues(r);
    for (let i = line.length - 1; i >= 0 && grid.left + i > right; i--) {
      const v = line[i];
      if (!isBlank(v)) right = grid.left + i;
    }
  }
  return right;
}

/** The span seen through a transposed view of the block under its heading rows, or null when there is no such block. */
export function transposedSpan(span: TableSpan): TableSpan | null {
  if (FORMS.includes(span.hit.kind)) return null;
  const { grid, hit } = span;
  let corner = hit.row + 1;
  while (corner <= span.end && corner <= hit.row + MAX_HEADING_ROWS && isHeadingRow(grid, corner)) corner++;
  // a stray far cell below the table (the used range reaching XFD1048576) does not lengthen the block
  let bottom = span.end;
  while (bottom >= corner && isBlankRow(grid, bottom)) bottom--;
  if (bottom < corner || bottom - corner + 1 > MAX_TURNED_ROWS) return null;
  const right = lastUsedColumn(grid, hit.row, bottom);
  if (right - grid.left + 1 > MAX_ITEMS) return null;
  const view = new TransposedGrid(grid, hit.row, corner, bottom, right);
  return { grid: view, hit, end: view.bottom, left: view.left, right: view.right };
}

/** How many figures (objects with value, cell and decimals) a model holds, counting stops at `limit`. */
function countFigures(x: unknown, limit: number): number {
  if (Array.isArray(x)) {
    let n = 0;
    for (const v of x) if ((n += countFigures(v, limit - n)) >= limit) break;
    return n;
  }
  if (!x || typeof x !== "object") return 0;
  if ("value" in x && "cell" in x && "decimals" in x) return 1;
  let n = 0;
  for (const [key, v] of Object.entries(x)) {
    if (key === "problems" || key === "ratios") continue;
    if ((n += countFigures(v, limit - n)) >= limit) break;
  }
  return n;
}

/**
 * A reading the usual way round that is in doubt: it found no figure, or read some cells with
 * problems. A sideways table can pass the usual reading that way (a row of its captions taken for a
 * header); a clean reading with figures is never second-guessed.
 */
export function inDoubt(table: TableModel): boolean {
  return !FORMS.includes(table.kind) && (table.problems.length > 0 || countFigures(table, 1) === 0);
}

/** The transposed reading replaces a doubtful one only when it is clean and reads more figures. */
export function readsBetter(turned: TableModel, usual: TableModel): boolean {
  return turned.problems.length === 0 && countFigures(turned, Infinity) > countFigures(usual, Infinity);
}

/** The table read transposed, with the view it was read through; null when that reading fails too. */
export function readTransposed(
  span: TableSpan,
  recognizer: (span: TableSpan) => TableModel | Unrecognized,
): { table: TableModel; span: TableSpan } | null {
  const turned = transposedSpan(span);
  if (!turned) return null;
  const result = recognizer(turned);
  if ("reason" in result) return null;
  result.transposed = true;
  return { table: result, span: turned };
}
