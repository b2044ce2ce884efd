import { openPreviewHost, sheetText } from "../../taskpane/preview-host";
import type { GeneratedSheet } from "../../src/workbook/generated";
import type { WorkbookSnapshot } from "../../src/workbook/types";

const snapshot: WorkbookSnapshot = { sheets: [{ name: "表", origin: { row: 0, col: 0 }, values: [[1]], merges: [] }] };
const narrative: GeneratedSheet = { name: "决算说明", rows: [[{ value: "一、收入支出决算总体情况说明", bold: true }], [{ value: "本年收入2,912.86万元。" }]] };
const working: GeneratedSheet = { name: "说明底稿", rows: [[{ value: "科目" }, { value: "增减率" }], [{ value: "行政运行" }, { formula: "=FA.VARIANCERATE(B2,C2)", result: 0.0448 }]] };

test("a generated sheet as text: rows as lines, tabs between cells, formulas by their result", () => {
  expect(sheetText(working)).toBe("科目\t增减率\n行政运行\t0.0448\n");
});

test("preview writes the generated sheets as text downloads named after the file, never touching it", async () => {
  const saved: [string, string][] = [];
  const host = await openPreviewHost("单位决算.xlsx", new ArrayBuffer(0), async () => snapshot, (n, t) => void saved.push([n, t]));
  expect(await host.writeSheets([working, narrative])).toEqual(["单位决算-说明底稿.txt", "单位决算-决算说明.txt"]);
  expect(saved[1]).toEqual(["单位决算-决算说明.txt", "一、收入支出决算总体情况说明\n本年收入2,912.86万元。\n"]);
  expect(await host.readWorkbook()).toMatchObject({ name: "单位决算.xlsx", sheets: snapshot.sheets });
});

test("without a way to save, preview refuses to write with a bilingual message", async () => {
  const host = await openPreviewHost("a.xlsx", new ArrayBuffer(0), async () => snapshot);
  await expect(host.writeSheets([narrative])).rejects.toThrow(/预览模式不能写入工作表.*Preview cannot write sheets/);
});
