/** Writing generated sheets (说明底稿, 决算说明) into an ExcelJS workbook: the file host's write side. */
import type ExcelJS from "exceljs";
import { INPUT_FILL, placeSheets, type GeneratedSheet, type SheetPlacement } from "../workbook/generated";

const ARGB_INPUT = `FF${INPUT_FILL.slice(1)}`;

/** ExcelJS orders worksheets by this (untyped) field. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

function firstCell(ws: ExcelJS.Worksheet): unknown {
  const v = ws.getCell(1, 1).value;
  return v && typeof v === "object" && "richText" in v ? v.richText.map((t) => t.text).join("") : v;
}

/**
 * Writes sheets at the places already decided (placeSheets, template/placement): in place of the
 * sheet of that name (a fresh sheet at its position), or as a new sheet. Returns the names written.
 */
export function writePlacedSheets(workbook: ExcelJS.Workbook, placements: SheetPlacement[]): string[] {
  return placements.map(({ sheet, name, existing: inPlace }) => {
    let worksheet: ExcelJS.Worksheet;
    if (inPlace) {
      // a fresh worksheet at the old one's position: nothing of the previous layout lingers
      const old = workbook.getWorksheet(name)!;
      const order = (old as Ordered).orderNo;
      workbook.removeWorksheet(old.id);
      worksheet = workbook.addWorksheet(name);
      (worksheet as Ordered).orderNo = order;
    } else {
      worksheet = workbook.addWorksheet(name);
    }
    fillWorksheet(worksheet, sheet);
    return name;
  });
}

/**
 * Writes each sheet in place of the workbook's generated sheet with the same title (cleared
 * first, same position), or as a new sheet under a free name; user sheets are never touched.
 * Returns the names written, in order.
 */
export function writeGeneratedSheets(workbook: ExcelJS.Workbook, sheets: GeneratedSheet[]): string[] {
  const existing = workbook.worksheets.map((ws) => ({ name: ws.name, firstCell: firstCell(ws) }));
  return writePlacedSheets(workbook, placeSheets(sheets, existing));
}

/** Adds or regenerates one sheet; returns the name used. */
export function addGeneratedSheet(workbook: ExcelJS.Workbook, sheet: GeneratedSheet): string {
  return writeGeneratedSheets(workbook, [sheet])[0];
}

function fillWorksheet(worksheet: ExcelJS.Worksheet, sheet: GeneratedSheet): void {
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
      if (cell.input) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: ARGB_INPUT } };
      if (cell.wrap) target.alignment = { wrapText: true, vertical: "top" };
    }),
  );
  for (const m of sheet.merges ?? []) worksheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  sheet.columnWidths?.forEach((width, c) => (worksheet.getColumn(c + 1).width = width));
  if (sheet.freeze) {
    worksheet.views = [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }];
    if (sheet.freeze.rows > 0) worksheet.pageSetup.printTitlesRow = `1:${sheet.freeze.rows}`;
  }
  worksheet.pageSetup.orientation = "landscape";
  worksheet.pageSetup.fitToPage = true;
  worksheet.pageSetup.fitToWidth = 1;
  worksheet.pageSetup.fitToHeight = 0;
}
