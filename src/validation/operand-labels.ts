/**
 * Names each operand of a finding (现场数据) the way an accountant would: the row's caption and the
 * column's header ("行政运行 · 本年支出合计"), read from the sheet, so every rule gets labels
 * without each recognizer having to carry them.
 */
import type { Finding } from "../rules/shared/types";
import { SheetGrid } from "../workbook/grid";
import { parseA1 } from "../workbook/address";
import { inBox, rangeBox } from "./report-groups";
import type { WorkbookSnapshot } from "../workbook/types";

/** How far a header may be above its figure (a 项目表 is about 40 rows high). */
const HEADER_REACH = 40;
const NUMBER_LIKE = /^[\s+\-−—–]*[\d,，.．%％万元()（）]*$/;
/** a 目标值/业绩值 such as ">=95%", "=1.036万人", "1000元/天": a value written as text, not a name. */
const MEASURE_LIKE = /^\s*([<>=≥≤＞＜]|[\d.,]+\s*[^\s\d]{0,4}(\/\S{1,3})?\s*$)/;

/** Text that names something: not blank, not a figure, not a dash, not a measure. */
function isCaption(text: string): boolean {
  return text.length > 0 && !NUMBER_LIKE.test(text) && !MEASURE_LIKE.test(text);
}

/** A column header names a quantity: no figures in it (a date or amount above is a value, not a header). */
function isHeader(text: string): boolean {
  return isCaption(text) && !/\d/.test(text);
}

function rowCaption(grid: SheetGrid, row: number, col: number): string {
  for (let c = col - 1; c >= grid.left; c--) {
    const text = grid.shownText(row, c);
    if (isCaption(text)) return text;
  }
  return "";
}

function columnHeader(grid: SheetGrid, row: number, col: number): string {
  for (let r = row - 1; r >= Math.max(grid.top, row - HEADER_REACH); r--) {
    const text = grid.shownText(r, col);
    if (isHeader(text)) return text;
  }
  return "";
}

/**
 * Fills each operand's label (and a missing value) from the snapshot; findings without operands are left alone.
 * In a table read transposed (`transposed`: its sheet and range) the item is above the figure and the
 * column's caption to its left: the label still reads item · caption.
 */
export function labelOperands(findings: Finding[], snapshot: WorkbookSnapshot, transposed: { sheet: string; range: string }[] = []): void {
  const turned = transposed.map((t) => ({ sheet: t.sheet, box: rangeBox(t.range) }));
  const isTurned = (sheet: string, at: { row: number; col: number }) =>
    turned.some(({ sheet: s, box }) => s === sheet && box !== undefined && inBox(box, at));
  const grids = new Map<string, SheetGrid | null>();
  const gridOf = (name: string) => {
    if (!grids.has(name)) {
      const sheet = snapshot.sheets.find((s) => s.name === name);
      grids.set(name, sheet ? new SheetGrid(sheet) : null);
    }
    return grids.get(name) ?? null;
  };
  for (const finding of findings) {
    for (const operand of finding.operands ?? []) {
      const grid = gridOf(operand.sheet);
      if (!grid) continue;
      let at: { row: number; col: number };
      try {
        at = parseA1(operand.cell);
      } catch {
        continue;
      }
      if (!operand.value) operand.value = grid.shownText(at.row, at.col);
      if (operand.label) continue;
      const parts = [rowCaption(grid, at.row, at.col), columnHeader(grid, at.row, at.col)];
      if (isTurned(operand.sheet, at)) parts.reverse();
      operand.label = parts.filter(Boolean).join(" · ") || operand.cell;
    }
  }
}
