/** The unit and year a workbook is about, read from the tables' heading lines (部门：…, 2024年度). */
import { SheetGrid } from "../workbook/grid";
import type { WorkbookSnapshot } from "../workbook/types";

const HEADING_ROWS = 6;
const UNIT = /^(?:部门|单位|编制单位|填报单位|预算单位)(?:名称)?[:：]\s*(.+?)\s*$/;
const YEAR = /(20\d{2})\s*年/;

export interface WorkbookFacts {
  unit?: string;
  year?: string;
}

export function workbookFacts(snapshot: WorkbookSnapshot): WorkbookFacts {
  const facts: WorkbookFacts = {};
  for (const sheet of snapshot.sheets) {
    const grid = new SheetGrid(sheet);
    for (let r = grid.top; r <= Math.min(grid.bottom, grid.top + HEADING_ROWS); r++) {
      for (let c = grid.left; c <= grid.right; c++) {
        const text = grid.text(r, c);
        if (!text) continue;
        const unit = UNIT.exec(text);
        if (unit && !facts.unit) facts.unit = unit[1];
        const year = YEAR.exec(text);
        if (year && !facts.year) facts.year = year[1];
      }
    }
    if (facts.unit && facts.year) break;
  }
  // a year only in the file name ("…-2024.xlsx") is still the year the workbook is about
  const fromName = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(snapshot.name ?? "");
  if (!facts.year && fromName) facts.year = fromName[1];
  return facts;
}
