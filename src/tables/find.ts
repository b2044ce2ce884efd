import type { SheetGrid } from "../workbook/grid";
import { normalize } from "./text";

/** Finds the first row in [from, to] having a cell whose normalized text passes `test`. */
export function findRow(grid: SheetGrid, from: number, to: number, test: (t: string) => boolean): { row: number; col: number } | null {
  for (let r = from; r <= to; r++) {
    const line = grid.rowValues(r);
    for (let i = 0; i < line.length; i++) {
      const v = line[i];
      if (typeof v === "string" && v.length < 40 && test(normalize(v))) return { row: r, col: grid.left + i };
    }
  }
  return null;
}
