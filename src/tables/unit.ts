import type { SheetGrid } from "../workbook/grid";
import { normalize } from "./text";

export type AmountUnit = "万元" | "元";

/**
 * Reads the `金额单位：万元|元` line between a title and its header (also `单位：元`).
 * Tables without the line are taken as 万元, the publishing standard.
 */
export function findUnit(grid: SheetGrid, fromRow: number, toRow: number): AmountUnit {
  for (let r = fromRow; r <= toRow; r++) {
    const line = grid.rowValues(r);
    for (const v of line) {
      if (typeof v !== "string" || v.indexOf("单位") < 0) continue;
      const m = /单位:(万元|元)/.exec(normalize(v));
      if (m) return m[1] as AmountUnit;
    }
  }
  return "万元";
}
