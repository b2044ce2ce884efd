/**
 * Adds the filled 说明底稿 (the seed's 上年决算数, 年初预算数 and reasons from explain-inputs.json)
 * and the assembled 决算说明 to the sample workbook.
 *
 *   npx tsx examples/add-working-sheet.ts            # writes examples/changji-education-2024-explained.xlsx
 *   npx tsx examples/add-working-sheet.ts --in-place # writes examples/changji-education-2024.xlsx
 *
 * addExplanationSheets(wb) can also be called by build-sample.ts before it writes the file.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { buildSampleWorkbook, SAMPLE_PATH } from "./build-sample";
import { readXlsx } from "../src/hosts/file";
import { recognize } from "../src/tables";
import type { ExplainInputs } from "../src/explain/inputs";
import { buildNarrativeSheet, buildWorkingSheet, generateExplanation } from "../src/explain";
import type { GeneratedSheet } from "../src/workbook/generated";
import { freeSheetName } from "../src/workbook/generated";

export const INPUTS_PATH = join(__dirname, "explain-inputs.json");
export const EXPLAINED_PATH = join(__dirname, "changji-education-2024-explained.xlsx");

export function sampleInputs(): ExplainInputs {
  return JSON.parse(readFileSync(INPUTS_PATH, "utf8")) as ExplainInputs;
}

/** Writes a GeneratedSheet into an ExcelJS workbook: values, formulas with cached results, formats. */
export function writeGeneratedSheet(wb: ExcelJS.Workbook, sheet: GeneratedSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(freeSheetName(sheet.name, wb.worksheets.map((w) => w.name)));
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = ws.getCell(r + 1, c + 1);
      if (cell.formula) {
        const result = cell.result === null || cell.result === undefined ? undefined : cell.result;
        target.value = { formula: cell.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
      } else if (cell.value !== undefined && cell.value !== null) target.value = cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      if (cell.bold) target.font = { bold: true };
    }),
  );
  (sheet.columnWidths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** Recognizes the workbook's tables and appends 说明底稿 and 决算说明. */
export async function addExplanationSheets(wb: ExcelJS.Workbook, inputs: ExplainInputs = sampleInputs()): Promise<void> {
  const buffer = await wb.xlsx.writeBuffer();
  const { tables } = recognize(await readXlsx(new Uint8Array(buffer as ArrayBuffer)));
  writeGeneratedSheet(wb, buildWorkingSheet(tables, inputs));
  writeGeneratedSheet(wb, buildNarrativeSheet(generateExplanation(tables, inputs)));
}

if (require.main === module) {
  const target = process.argv.includes("--in-place") ? SAMPLE_PATH : EXPLAINED_PATH;
  const wb = buildSampleWorkbook();
  addExplanationSheets(wb)
    .then(() => wb.xlsx.writeFile(target))
    .then(() => console.log(`已生成 / written: ${target}`))
    .catch((err: unknown) => {
      console.error(`添加说明底稿失败 / could not add the working sheet: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
