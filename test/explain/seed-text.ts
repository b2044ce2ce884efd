/** The seed's text and the sample workbook's tables, shared by the explain tests. */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { ExplainInputs } from "../../src/explain/inputs";
import { readXlsxFile } from "../../src/hosts/file";
import { recognize } from "../../src/tables";
import type { TableModel } from "../../src/tables/types";

const ROOT = join(__dirname, "..", "..");
export const SEED_LINES = readFileSync(join(ROOT, "test/fixtures/seed/000_dfa22dd2bb6962f3.txt"), "utf8").split("\n");
export const SAMPLE_XLSX = join(ROOT, "examples/changji-education-2024.xlsx");

/** 第一部分 and 第二部分 up to 十一 (lines 1–79), as published. */
export const SEED_NARRATIVE = SEED_LINES.slice(0, 79).join("\n");

/** Lines of 第二部分 whose figures are not in any table (三公 具体情况, 政府采购, 国有资产): not generated. */
const NOT_FROM_TABLES = new Set([65, 66, 67, 68, 73, 74, 75, 76, 77]);
/** The seed lines 28–79 the generator must reproduce, in order. */
export const SEED_GENERATED_LINES = SEED_LINES.slice(27, 79).filter((_, i) => !NOT_FROM_TABLES.has(28 + i));

export function sampleInputs(): ExplainInputs {
  return JSON.parse(readFileSync(join(ROOT, "examples/explain-inputs.json"), "utf8")) as ExplainInputs;
}

let cached: Promise<TableModel[]> | undefined;
/** The sample workbook's tables (read once per test file). */
export function sampleTables(): Promise<TableModel[]> {
  if (!existsSync(SAMPLE_XLSX)) return Promise.reject(new Error(`sample workbook missing: ${SAMPLE_XLSX}`));
  cached ??= readXlsxFile(SAMPLE_XLSX).then((snapshot) => recognize(snapshot).tables);
  return cached;
}
