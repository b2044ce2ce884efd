/**
 * 生成说明 run twice: the same sheets are updated in place (never 说明底稿 (2)), what the accountant
 * typed is kept by its stable id, user sheets are untouched: in the file host (ExcelJS), Excel and WPS.
 */
import ExcelJS from "exceljs";
import { buildInfoSheet, buildWorkingSheet, explainWorkbook, readInputs } from "../../src/explain";
import { readXlsx } from "../../src/hosts/file";
import { writeGeneratedSheets } from "../../src/hosts/file-write";
import { createExcelHost } from "../../src/hosts/excel";
import { createWpsHost } from "../../src/hosts/wps";
import { recognize } from "../../src/tables";
import type { HostAdapter } from "../../src/hosts/types";
import { generatedTitle, INPUT_FILL, INPUT_FILL_BGR, placeSheets } from "../../src/workbook/generated";
import { buildSampleWorkbook } from "../../examples/build-sample";
import { excelModel } from "../hosts/excel/fixture-model";
import { standinRunner } from "../hosts/excel/office-standin";
import { sampleWorkbook } from "../hosts/excel/sample-workbook";
import { etModel } from "../hosts/wps/fixture-model";
import { seedTables } from "./seed-models";
import { sampleInputs } from "./seed-text";

describe("placeSheets: the identity contract", () => {
  test("a sheet of ours (title in A1) is reused even renamed; a user's sheet of the same name is not", () => {
    const sheets = [{ name: "说明底稿", rows: [] }, { name: "决算说明", rows: [] }];
    const placed = placeSheets(sheets, [
      { name: "说明底稿", firstCell: "我自己的底稿" },
      { name: "底稿（改名了）", firstCell: generatedTitle("说明底稿") },
    ]);
    expect(placed.map((p) => [p.name, p.existing])).toEqual([["底稿（改名了）", true], ["决算说明", false]]);
    expect(placeSheets(sheets.slice(0, 1), [{ name: "说明底稿", firstCell: "我自己的底稿" }])[0]).toMatchObject({ name: "说明底稿 (2)", existing: false });
  });
});

describe("file host: --explain copy.xlsx regenerates in place", () => {
  const snapshotOf = async (wb: ExcelJS.Workbook) => readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));

  test("twice, with a typed reason between: one set of sheets, the reason kept, formatted for work", async () => {
    const wb = buildSampleWorkbook();
    const first = await snapshotOf(wb);
    writeGeneratedSheets(wb, explainWorkbook(recognize(first).tables, first).sheets);
    const names = wb.worksheets.map((ws) => ws.name);
    // the accountant types a reason for 2050101 and the 主要职能
    const sheet = wb.getWorksheet("说明底稿")!;
    let typedRow = 0;
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === "2050101") typedRow = r;
    });
    expect(typedRow).toBeGreaterThan(3);
    sheet.getCell(typedRow, 9).value = "人员增加";
    const info = wb.getWorksheet("说明信息")!;
    info.eachRow((row) => {
      if (row.getCell(2).value === "主要职能") row.getCell(3).value = "负责全州教育工作。";
    });
    const second = await snapshotOf(wb);
    writeGeneratedSheets(wb, explainWorkbook(recognize(second).tables, second).sheets);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(names);
    expect(names.filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
    const again = wb.getWorksheet("说明底稿")!;
    expect(again.getCell(typedRow, 9).value).toBe("人员增加");
    expect(again.getCell(typedRow, 9).fill).toMatchObject({ type: "pattern", fgColor: { argb: `FF${INPUT_FILL.slice(1)}` } });
    expect(again.getCell(typedRow, 11).alignment).toMatchObject({ wrapText: true });
    expect(again.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 2 });
    const narrative = wb.getWorksheet("决算说明")!;
    const lines: string[] = [];
    narrative.eachRow((row) => lines.push(String(row.getCell(1).value)));
    expect(lines).toContain("负责全州教育工作。");
    expect(lines.find((l) => /^\d+\.教育支出\(类\)教育管理事务\(款\)行政运行\(项\)/.test(l))).toContain("主要原因是：人员增加。");
  });

  test("an item the tables no longer show is listed with what was typed, not dropped", () => {
    const inputs = sampleInputs();
    inputs.items["item:2010101"] = { subject: "一般公共服务支出(类)人大事务(款)行政运行(项)", reason: "机构改革" };
    const sheet = buildWorkingSheet(seedTables(), inputs);
    const at = sheet.rows.findIndex((r) => String(r[0]?.value ?? "").startsWith("以下项目本次表格中已没有"));
    expect(at).toBeGreaterThan(0);
    expect(sheet.rows[at + 1].slice(0, 2).map((c) => c.value)).toEqual(["2010101", "一般公共服务支出(类)人大事务(款)行政运行(项)"]);
    const back = readInputs({ sheets: [{ name: "说明底稿", origin: { row: 0, col: 0 }, merges: [], values: sheet.rows.map((r) => r.map((c) => (c.formula ? (c.result ?? null) : (c.value ?? null)))) }] });
    expect(back.items["item:2010101"]?.reason).toBe("机构改革");
  });
});

/** Writes twice through a host with a typed value between; returns what the host read back at the end. */
async function twice(host: HostAdapter, type: (name: string, row: number, col: number, value: string) => void) {
  const tables = seedTables();
  const inputs = sampleInputs();
  delete inputs.items["item:2050101"].reason;
  const sheets = [buildWorkingSheet(tables, inputs, { formulaStyle: "builtin" }), buildInfoSheet(inputs)];
  const firstNames = await host.writeSheets(sheets);
  const row = sheets[0].rows.findIndex((r) => r[0]?.value === "2050101");
  type(firstNames[0], row, 8, "人员增加");
  const back = readInputs(await host.readWorkbook());
  expect(back.items["item:2050101"]?.reason).toBe("人员增加");
  const secondNames = await host.writeSheets([buildWorkingSheet(tables, back, { formulaStyle: "builtin" }), buildInfoSheet(back)]);
  return { firstNames, secondNames, row, final: readInputs(await host.readWorkbook()) };
}

describe("Excel and WPS hosts regenerate in place", () => {
  test("Excel: same names both times, typed reason kept, inputs shaded, header frozen, no FA formula in builtin style", async () => {
    const model = excelModel(sampleWorkbook(2));
    const host = createExcelHost(standinRunner(model));
    const { firstNames, secondNames, row, final } = await twice(host, (name, r, c, value) => {
      const cell = model.sheets.find((s) => s.name === name)!.cells.get(`${r},${c}`)!;
      cell.value = value;
    });
    expect(secondNames).toEqual(firstNames);
    expect(firstNames).toEqual(["说明底稿", "说明信息"]);
    expect(model.sheets.filter((s) => s.name.startsWith("说明底稿"))).toHaveLength(1);
    expect(final.items["item:2050101"]?.reason).toBe("人员增加");
    const sheet = model.sheets.find((s) => s.name === "说明底稿")!;
    expect(sheet.cells.get(`${row},8`)).toMatchObject({ value: "人员增加", fill: INPUT_FILL });
    expect(sheet.frozen).toEqual({ rows: 3, columns: 2 });
    expect([...sheet.cells.values()].some((c) => /FA\./.test(c.formula ?? ""))).toBe(false);
  });

  test("WPS: same names both times, typed reason kept, inputs shaded", async () => {
    const app = etModel(sampleWorkbook(2), {});
    const host = createWpsHost(app);
    const { firstNames, secondNames, row, final } = await twice(host, (name, r, c, value) => {
      const cell = app.sheets.find((s) => s.name === name)!.cells.get(`${r},${c}`)!;
      cell.value = value;
      delete cell.formula;
    });
    expect(secondNames).toEqual(firstNames);
    expect(app.sheets.filter((s) => s.name.startsWith("说明底稿"))).toHaveLength(1);
    expect(final.items["item:2050101"]?.reason).toBe("人员增加");
    expect(app.sheets.find((s) => s.name === "说明底稿")!.cells.get(`${row},8`)).toMatchObject({ value: "人员增加", color: INPUT_FILL_BGR, wrap: true });
  });
});
