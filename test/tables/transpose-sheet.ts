/**
 * Test helper: a sheet laid out transposed the way a publisher would, built from a real sheet. The rows
 * above `corner` (title, 公开NN, 部门/金额单位 lines) stay; the block from `corner` down is turned so that
 * its columns become rows. Written apart from src/workbook/transposed-grid.ts on purpose: the
 * recognizer's view must undo what this does, and the addresses of the two layouts map by `turnedCell`.
 */
import type { CellRange, SheetSnapshot } from "../../src/workbook/types";
import { parseA1, toA1 } from "../../src/workbook/address";

/** The address of `a1` in the transposed sheet (heading rows keep theirs). Sheets start at A1. */
export function turnedCell(a1: string, corner: number): string {
  const { row, col } = parseA1(a1);
  return row < corner ? a1 : toA1(corner + col, row - corner);
}

export function transposeSheet(sheet: SheetSnapshot, corner: number, name = sheet.name): SheetSnapshot {
  if (sheet.origin.row !== 0 || sheet.origin.col !== 0) throw new Error("helper expects a sheet starting at A1");
  const turn = <T>(grid: (T | null)[][] | undefined): (T | null)[][] | undefined => {
    if (!grid) return undefined;
    const out: (T | null)[][] = grid.slice(0, corner).map((line) => [...(line ?? [])]);
    const body = grid.slice(corner);
    const width = Math.max(0, ...body.map((line) => line?.length ?? 0));
    for (let c = 0; c < width; c++) out.push(body.map((line) => line?.[c] ?? null));
    const full = Math.max(...out.map((line) => line.length));
    return out.map((line) => [...line, ...new Array<T | null>(full - line.length).fill(null)]);
  };
  const merges: CellRange[] = sheet.merges.flatMap((m) => {
    if (m.bottom < corner) return [m];
    if (m.top < corner) return [];
    return [{ top: corner + m.left, left: m.top - corner, bottom: corner + m.right, right: m.bottom - corner }];
  });
  return {
    name,
    origin: { row: 0, col: 0 },
    values: turn(sheet.values)!,
    ...(sheet.formulas ? { formulas: turn(sheet.formulas) } : {}),
    ...(sheet.numberFormats ? { numberFormats: turn(sheet.numberFormats) } : {}),
    merges,
  };
}
