/** Writes generated sheets (说明底稿, 决算说明) into a COPY of the input workbook; the input is only read. */
import ExcelJS from "exceljs";
import * as path from "path";
import { freeSheetName, type GeneratedSheet } from "../workbook/generated";
import { UsageError } from "./args";

export async function writeCopyWithSheets(input: string, target: string, sheets: GeneratedSheet[]): Promise<string[]> {
  if (path.resolve(input) === path.resolve(target)) {
    throw new UsageError("输出文件不能是被检查的工作簿本身 / the output file must not be the checked workbook itself");
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const names: string[] = [];
  for (const sheet of sheets) {
    const name = freeSheetName(sheet.name, workbook.worksheets.map((ws) => ws.name));
    const worksheet = workbook.addWorksheet(name);
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const target = worksheet.getCell(r + 1, c + 1);
        if (cell.formula) {
          target.value = { formula: cell.formula.replace(/^=/, ""), result: cell.result ?? undefined } as ExcelJS.CellFormulaValue;
        } else if (cell.value !== undefined) {
          target.value = cell.value;
        }
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
        if (cell.bold) target.font = { bold: true };
      });
    });
    sheet.columnWidths?.forEach((width, c) => {
      worksheet.getColumn(c + 1).width = width;
    });
    names.push(name);
  }
  await workbook.xlsx.writeFile(target);
  return names;
}
