import ExcelJS from "exceljs";
import { writeGeneratedSheets } from "../../src/hosts/file-write";
import { generatedTitle, type GeneratedSheet } from "../../src/workbook/generated";

const TITLE = generatedTitle("审核结果");
const sheet = (rows: string[]): GeneratedSheet => ({ name: "审核结果", rows: [[{ value: TITLE }], ...rows.map((value) => [{ value }])] });

test("the 审核结果 sheet is rewritten in place; a user's sheet of that name is never touched", () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("审核结果").getCell(1, 1).value = "我自己的审核记录";
  expect(writeGeneratedSheets(workbook, [sheet(["a", "b", "c"])])).toEqual(["审核结果 (2)"]);
  expect(writeGeneratedSheets(workbook, [sheet(["only"])])).toEqual(["审核结果 (2)"]);
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["审核结果", "审核结果 (2)"]);
  const ours = workbook.getWorksheet("审核结果 (2)")!;
  expect([1, 2, 3].map((r) => ours.getCell(r, 1).value)).toEqual([TITLE, "only", null]);
  expect(workbook.getWorksheet("审核结果")!.getCell(1, 1).value).toBe("我自己的审核记录");
});
