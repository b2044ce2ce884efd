/** Writes generated sheets (说明底稿, 决算说明) into a COPY of the input workbook; the input is only read. */
import ExcelJS from "exceljs";
import * as path from "path";
import { writeGeneratedSheets } from "../hosts/file-write";
import type { GeneratedSheet } from "../workbook/generated";
import { UsageError } from "./args";

export async function writeCopyWithSheets(input: string, target: string, sheets: GeneratedSheet[]): Promise<string[]> {
  if (path.resolve(input) === path.resolve(target)) {
    throw new UsageError("输出文件不能是被检查的工作簿本身 / the output file must not be the checked workbook itself");
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const names = writeGeneratedSheets(workbook, sheets);
  await workbook.xlsx.writeFile(target);
  return names;
}
