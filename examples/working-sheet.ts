/**
 * The sample's filled 说明底稿: the seed's 上年决算数, 年初预算数 and reasons (explain-inputs.json,
 * derived from the seed's text), so that the 说明 generated for the sample is the seed's text.
 * build-sample.ts adds it when it writes the workbook.
 */
import type ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../src/hosts/file";
import { writeGeneratedSheets } from "../src/hosts/file-write";
import { recognize } from "../src/tables";
import type { ExplainInputs } from "../src/explain/inputs";
import { buildInfoSheet, buildNarrativeSheet, buildWorkingSheet, generateExplanation } from "../src/explain";

export const INPUTS_PATH = join(__dirname, "explain-inputs.json");

export function sampleInputs(): ExplainInputs {
  return JSON.parse(readFileSync(INPUTS_PATH, "utf8")) as ExplainInputs;
}

/** The tables as the add-in sees them: the workbook written out and read back through the file host. */
async function tablesOf(wb: ExcelJS.Workbook) {
  return recognize(await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).tables;
}

/** Appends the filled 说明底稿 and 说明信息. */
export async function addWorkingSheet(wb: ExcelJS.Workbook, inputs: ExplainInputs = sampleInputs()): Promise<void> {
  writeGeneratedSheets(wb, [buildWorkingSheet(await tablesOf(wb), inputs), buildInfoSheet(inputs)]);
}

/** Appends 说明底稿 and the assembled 决算说明 (what 生成说明 adds). */
export async function addExplanationSheets(wb: ExcelJS.Workbook, inputs: ExplainInputs = sampleInputs()): Promise<void> {
  const tables = await tablesOf(wb);
  writeGeneratedSheets(wb, [buildWorkingSheet(tables, inputs), buildInfoSheet(inputs), buildNarrativeSheet(generateExplanation(tables, inputs))]);
}
