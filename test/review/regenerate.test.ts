import ExcelJS from "exceljs";
import { addGeneratedSheet } from "../../src/hosts/file-write";
import type { GeneratedSheet } from "../../src/workbook/generated";

const sheet = (rows: string[]): GeneratedSheet => ({ name: "审核结果", regenerate: "审核结果 · 决算校验助手", rows: [[{ value: "审核结果 · 决算校验助手" }], ...rows.map((value) => [{ value }])] });

test("the 审核结果 sheet is rewritten in place; a user's sheet of that name is never touched", () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("审核结果").getCell(1, 1).value = "我自己的审核记录";
  expect(addGeneratedSheet(workbook, sheet(["a", "b", "c"]))).toBe("审核结果 (2)");
  expect(addGeneratedSheet(workbook, sheet(["only"]))).toBe("审核结果 (2)");
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["审核结果", "审核结果 (2)"]);
  const ours = workbook.getWorksheet("审核结果 (2)")!;
  expect([1, 2, 3].map((r) => ours.getCell(r, 1).value)).toEqual(["审核结果 · 决算校验助手", "only", null]);
  expect(workbook.getWorksheet("审核结果")!.getCell(1, 1).value).toBe("我自己的审核记录");
});
