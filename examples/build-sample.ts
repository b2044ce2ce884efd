/**
 * Builds the sample workbook of the seed's unit (昌吉回族自治州教育局 2024): the nine public tables
 * and the 绩效自评 sheet, plus the accountant's filled 说明底稿 (working-sheet.ts).
 * `npx tsx examples/build-sample.ts` writes examples/changji-education-2024.xlsx.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import {
  addExpenditure, addFiscalSummary, addGovFund, addGpbBasic, addGpbExpenditure, addIncome, addSoeCapital,
  addSummary, addThreePublic,
} from "./public-tables";
import { addPerformance } from "./perf-tables";
import { addWorkingSheet } from "./working-sheet";

export { SHEET_NAMES } from "./public-tables";
export { PERF_SHEET } from "./perf-tables";

export const SAMPLE_PATH = join(__dirname, "changji-education-2024.xlsx");

/** A fixed timestamp so two builds of the same data give the same file contents. */
const BUILT = new Date(Date.UTC(2025, 4, 31, 0, 0, 0));

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算校验助手 sample";
  wb.created = BUILT;
  wb.modified = BUILT;
  addSummary(wb);
  addIncome(wb);
  addExpenditure(wb);
  addFiscalSummary(wb);
  addGpbExpenditure(wb);
  addGpbBasic(wb);
  addGovFund(wb);
  addSoeCapital(wb);
  addThreePublic(wb);
  addPerformance(wb);
  return wb;
}

export async function writeSampleWorkbook(path = SAMPLE_PATH): Promise<string> {
  const wb = buildSampleWorkbook();
  await addWorkingSheet(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

if (require.main === module) {
  writeSampleWorkbook()
    .then((path) => console.log(`已生成 / written: ${path}`))
    .catch((err: unknown) => {
      console.error(`生成示例工作簿失败 / could not build the sample: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
