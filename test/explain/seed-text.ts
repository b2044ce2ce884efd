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

/** 第二部分 as published: lines 28–79, then 十二 (lines 3547–3548, printed after the 附件). */
export const SEED_GENERATED_LINES = [...SEED_LINES.slice(27, 79), ...SEED_LINES.slice(3546, 3548)];

/** Every non-empty line of the seed's 说明 (第一部分 to 第四部分), trimmed. */
export const SEED_DOCUMENT_LINES = [...SEED_LINES.slice(0, 79), ...SEED_LINES.slice(3546)].map((l) => l.trim()).filter((l) => l !== "");

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
