/** Writing generated sheets (说明底稿, 决算说明) into an ExcelJS workbook: the file host's write side. */
import type ExcelJS from "exceljs";
import { freeSheetName, isEarlierCopy, type GeneratedSheet } from "../workbook/generated";

/** Adds `sheet` under a name no existing sheet has (never a user's sheet); returns the name used. */
export function addGeneratedSheet(workbook: ExcelJS.Workbook, sheet: GeneratedSheet): string {
  // the add-in's own sheet (审核结果) from an earlier run is replaced (moved to the end), never duplicated
  const earlier = workbook.worksheets.find((ws) => isEarlierCopy(sheet, ws.name, ws.getCell(1, 1).value));
  if (earlier) {
    workbook.removeWorksheet(earlier.id);
    const replaced = workbook.addWorksheet(earlier.name);
    writeCells(replaced, sheet);
    return replaced.name;
  }
  const name = freeSheetName(sheet.name, workbook.worksheets.map((ws) => ws.name));
  const worksheet = workbook.addWorksheet(name);
  writeCells(worksheet, sheet);
  return name;
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: GeneratedSheet): void {
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = worksheet.getCell(r + 1, c + 1);
      if (cell.formula) {
        // the cached result lets a reader that does not recalculate (the CLI, a viewer) see the value
        target.value = { formula: cell.formula.replace(/^=/, ""), result: cell.result ?? undefined } as ExcelJS.CellFormulaValue;
      } else if (cell.value !== undefined && cell.value !== null) {
        target.value = cell.value;
      }
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.bold) target.font = { bold: true };
    }),
  );
  sheet.columnWidths?.forEach((width, c) => (worksheet.getColumn(c + 1).width = width));
}
