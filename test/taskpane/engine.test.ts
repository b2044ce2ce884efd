import { readXlsxFile } from "../../src/hosts/file";
import * as tables from "../../src/tables";
import { createEngine } from "../../taskpane/engine";
import { DEFAULT_PANE_SETTINGS } from "../../taskpane/settings";

jest.mock("../../src/tables", () => {
  const actual = jest.requireActual("../../src/tables");
  return { ...actual, recognize: jest.fn(actual.recognize) };
});

test("生成说明 after 校验工作簿 reuses the recognized tables and writes 说明底稿, 说明信息 and 决算说明", async () => {
  const snapshot = await readXlsxFile("examples/changji-education-2024.xlsx");
  const engine = createEngine();
  const report = engine.validate(snapshot, DEFAULT_PANE_SETTINGS);
  expect(report.tables).toHaveLength(26);
  expect(tables.recognize).toHaveBeenCalledTimes(1);
  const sheets = engine.explain!(snapshot, report, DEFAULT_PANE_SETTINGS);
  expect(tables.recognize).toHaveBeenCalledTimes(1);
  expect(sheets.map((s) => s.name)).toEqual(["说明底稿", "说明信息", "决算说明"]);
  const text = sheets[2].rows.map((r) => String(r[0]?.value ?? "")).join("\n");
  expect(text).toContain("本年收入2,912.86万元，其中：财政拨款收入2,349.21万元，占80.65%；");
  // the sentences quoting a 完成率 the check found wrong carry the marker
  expect(text.match(/【待核：表中数字有误，见审核结果 [^】]+】/g)).toEqual(["【待核：表中数字有误，见审核结果 绩效自评!H78】", "【待核：表中数字有误，见审核结果 绩效自评!H336】"]);
});

test("下载 Word: the 说明 as a .docx (a zip) named after its title, and the same 说明 as text", async () => {
  const snapshot = await readXlsxFile("examples/changji-education-2024.xlsx");
  const engine = createEngine();
  engine.validate(snapshot, DEFAULT_PANE_SETTINGS);
  const word = await engine.word(snapshot, DEFAULT_PANE_SETTINGS);
  expect(word.fileName).toMatch(/部门决算.*\.docx$/);
  const bytes = Buffer.from(await word.blob.arrayBuffer());
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(word.text).toContain("本年收入2,912.86万元");
  expect(word.text).toContain("【待核：表中数字有误，见审核结果 绩效自评!H78】");
});
