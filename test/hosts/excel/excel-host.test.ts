import { createExcelHost, planChunks, parseAreasAddress } from "../../../src/hosts/excel";
import { MARK_COLORS } from "../../../src/hosts/marks";
import type { Finding, Severity } from "../../../src/rules/shared/types";
import { newSheet, newWorkbook, OfficeError, StandinContext, standinRunner, type WorkbookModel } from "./office-standin";
import { excelModel, ourMarks, userBytes } from "./fixture-model";
import { sampleWorkbook } from "./sample-workbook";

function finding(sheet: string, cell: string, severity: Severity = "error"): Finding {
  return { rule: "t", severity, sheet, cell, related: [], message: "合计不符", messageEn: "total mismatch", expected: "9.92", actual: "9.79" };
}

/** syncs spent by one step. */
async function syncs<T>(model: WorkbookModel, step: () => Promise<T>): Promise<number> {
  const before = model.syncs;
  await step();
  return model.syncs - before;
}

describe("the Office.js stand-in keeps the contract", () => {
  test("nothing is readable before load + sync", async () => {
    const ctx = new StandinContext(excelModel(sampleWorkbook(2)));
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(OfficeError);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["表1", "表2"]);
    expect(() => sheets.items[0].visibility).toThrow(/PropertyNotLoaded/);
  });
});

describe("Excel host: reading", () => {
  test.each([2, 10, 30])("a sample-shaped workbook of %i sheets is read in 2 syncs", async (count) => {
    const model = excelModel(sampleWorkbook(count));
    const host = createExcelHost(standinRunner(model));
    let sheets = 0;
    expect(await syncs(model, async () => (sheets = (await host.readWorkbook()).sheets.length))).toBe(2);
    expect(sheets).toBe(count);
  });

  test("validate + mark costs 3 syncs whatever the sheet count; clear costs 1", async () => {
    for (const count of [2, 30]) {
      const model = excelModel(sampleWorkbook(count));
      const host = createExcelHost(standinRunner(model));
      const total = await syncs(model, async () => {
        await host.readWorkbook();
        await host.markFindings([finding("表1", "B5"), finding(`表${count}`, "C6", "warning")]);
      });
      expect(total).toBe(3);
      expect(await syncs(model, () => host.clearMarks())).toBe(1);
    }
  });

  test("values, formulas, formats, errors, merges, origin and hidden flag come through", async () => {
    const fixture = sampleWorkbook(2);
    const model = excelModel(fixture);
    const snap = await createExcelHost(standinRunner(model)).readWorkbook();
    expect(snap.name).toBe(fixture.name);
    fixture.sheets.forEach((fs, i) => {
      const s = snap.sheets[i];
      expect(s.name).toBe(fs.name);
      expect(s.hidden).toBe(!!fs.hidden);
      const top = Math.min(...fs.cells.map((c) => c.row));
      const left = Math.min(...fs.cells.map((c) => c.col));
      expect(s.origin).toEqual({ row: top, col: left });
      for (const c of fs.cells) {
        const v = s.values[c.row - top][c.col - left];
        expect(v).toEqual(c.error ? { error: c.value } : c.value);
        expect(s.formulas![c.row - top][c.col - left]).toBe(c.formula ?? null);
        expect(s.numberFormats![c.row - top][c.col - left]).toBe(c.numberFormat ?? null);
      }
      expect(s.merges).toEqual(fs.merges);
    });
    // a real seed figure survives: 全年执行数 of the 整体 table
    expect(snap.sheets[0].values.flat()).toContain("全年执行数");
  });

  test("an empty sheet reads as an empty snapshot", async () => {
    const model = newWorkbook("b.xlsx", [newSheet("空")]);
    const snap = await createExcelHost(standinRunner(model)).readWorkbook();
    expect(snap.sheets[0]).toMatchObject({ name: "空", values: [], merges: [] });
  });
});

describe("Excel host: chunking under the 5 MB response limit", () => {
  test("planChunks splits a huge range by rows and keeps every batch within budget", () => {
    const shapes = [{ rows: 10, cols: 5 }, { rows: 100_000, cols: 20 }, { rows: 3, cols: 4 }];
    const batches = planChunks(shapes, 50_000);
    for (const batch of batches) expect(batch.reduce((n, c) => n + c.rowCount * shapes[c.sheet].cols, 0)).toBeLessThanOrEqual(50_000);
    expect(batches.length).toBe(Math.ceil((50 + 2_000_000 + 12) / 50_000));
    const rowsOf = (sheet: number) => batches.flat().filter((c) => c.sheet === sheet).reduce((n, c) => n + c.rowCount, 0);
    expect([rowsOf(0), rowsOf(1), rowsOf(2)]).toEqual([10, 100_000, 3]);
  });

  test("a workbook over the response limit is re-read in chunks that each stay under it", async () => {
    const sheet = newSheet("大表");
    for (let r = 0; r < 1000; r++) for (let c = 0; c < 8; c++) sheet.cells.set(`${r},${c}`, { value: r * 8 + c });
    const model = newWorkbook("big.xlsx", [newSheet("封面"), sheet]);
    model.sheets[0].cells.set("0,0", { value: "封面" });
    model.responseLimit = 200_000; // the whole sheet is ~240 kB
    // 200 kB budget at 100 bytes a cell → ≤ 2000 cells per sync; 1 + 8000 cells in whole rows → 5 data syncs
    const host = createExcelHost(standinRunner(model), { responseBudgetBytes: 200_000, bytesPerCell: 100 });
    let values: unknown[][] = [];
    const spent = await syncs(model, async () => (values = (await host.readWorkbook()).sheets[1].values));
    expect(spent).toBe(1 + 1 + 1 + 5); // names, the refused whole read, shapes, chunks
    expect(Math.max(...model.responses)).toBeLessThanOrEqual(200_000);
    expect(values.length).toBe(1000);
    expect(values[999][7]).toBe(7999);
    expect(values[250][0]).toBe(2000);
  });

  test("the default estimate of response bytes per cell covers the sample workbook", async () => {
    const model = excelModel(sampleWorkbook());
    const snap = await createExcelHost(standinRunner(model)).readWorkbook();
    const cells = snap.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
    const bytesPerCell = Math.max(...model.responses) / cells;
    expect(bytesPerCell).toBeLessThan(120); // ExcelHostOptions.bytesPerCell default
    expect(bytesPerCell).toBeGreaterThan(20);
  });

  test("merged-area addresses parse with quoted sheet names", () => {
    expect(parseAreasAddress("'My, sheet'!A1:C1, 'My, sheet'!$B$3:$B$5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 4, right: 1 },
    ]);
  });
});

describe("Excel host: marks", () => {
  test("read → mark → clear leaves every value, formula, format, fill and user rule byte-identical", async () => {
    const model = excelModel(sampleWorkbook(5));
    // the user's own conditional format must survive too
    model.sheets[0].cfs.push({ id: "{USER}", type: "Custom", range: { top: 3, left: 1, bottom: 3, right: 1 }, formula: "=B4>0", fill: "#FF0000" });
    const before = userBytes(model);
    const host = createExcelHost(standinRunner(model));
    await host.readWorkbook();
    await host.markFindings([finding("表1", "B4"), finding("表1", "C5", "warning"), finding("表3", "D6", "info")]);
    expect(ourMarks(model)).toHaveLength(3);
    expect(userBytes(model)).toBe(before);
    await host.clearMarks();
    expect(ourMarks(model)).toHaveLength(0);
    expect(userBytes(model)).toBe(before);
    expect(model.sheets[0].cfs.map((cf) => cf.id)).toEqual(["{USER}"]);
  });

  test("the mark's colour follows severity; a cell with two findings gets one mark, the worse one", async () => {
    const model = excelModel(sampleWorkbook(2));
    const host = createExcelHost(standinRunner(model));
    await host.markFindings([finding("表1", "B4", "info"), finding("表1", "$B$4", "error"), finding("表2", "C5", "warning")]);
    const marks = ourMarks(model);
    expect(marks.map((m) => [m.sheet, m.cf.fill])).toEqual([["表1", MARK_COLORS.error], ["表2", MARK_COLORS.warning]]);
    expect(marks[0].cf.range).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
  });

  test("validating twice gives one set of marks, also from a fresh session (reload)", async () => {
    const model = excelModel(sampleWorkbook(3));
    const findings = [finding("表1", "B4"), finding("表2", "C5")];
    const host = createExcelHost(standinRunner(model));
    for (let i = 0; i < 2; i++) {
      await host.readWorkbook();
      await host.markFindings(findings);
    }
    expect(ourMarks(model)).toHaveLength(2);
    const reloaded = createExcelHost(standinRunner(model));
    await reloaded.markFindings(findings);
    expect(ourMarks(model)).toHaveLength(2);
    await reloaded.clearMarks();
    expect(ourMarks(model)).toHaveLength(0);
  });

  test("a mark the user deleted by hand does not break the next marking", async () => {
    const model = excelModel(sampleWorkbook(2));
    const host = createExcelHost(standinRunner(model));
    await host.markFindings([finding("表1", "B4"), finding("表2", "C5")]);
    model.sheets[0].cfs = [];
    await host.markFindings([finding("表2", "D6")]);
    expect(ourMarks(model).map((m) => m.sheet)).toEqual(["表2"]);
  });
});

describe("Excel host: select and generated sheets", () => {
  test("select activates the sheet and selects the cell", async () => {
    const model = excelModel(sampleWorkbook(3));
    await createExcelHost(standinRunner(model)).select("表3", "C7");
    expect(model.active).toBe("表3");
    expect(model.selection).toEqual({ sheet: "表3", address: "C7" });
  });

  test("generated sheets never overwrite a user sheet and get free names", async () => {
    const model = excelModel(sampleWorkbook(2));
    model.sheets.push(newSheet("说明底稿"), newSheet("决算说明 (2)"));
    model.sheets[2].cells.set("0,0", { value: "用户自己的底稿" });
    const before = userBytes(model);
    const host = createExcelHost(standinRunner(model));
    const names = await host.writeSheets([
      { name: "说明底稿", rows: [[{ value: "项目", bold: true }, { value: "金额" }], [{ value: "=不是公式" }, { value: 9.92, numberFormat: "0.00" }], [{ value: "合计" }, { formula: "=B2" }]], columnWidths: [20] },
      { name: "说明底稿", rows: [[{ value: "x" }]] },
    ]);
    expect(names).toEqual(["说明底稿 (2)", "说明底稿 (3)"]);
    expect(userBytes({ ...model, sheets: model.sheets.slice(0, 4) })).toBe(before);
    const written = model.sheets.find((s) => s.name === "说明底稿 (2)")!;
    expect(written.cells.get("0,0")).toMatchObject({ value: "项目", bold: true });
    expect(written.cells.get("1,0")).toMatchObject({ value: "=不是公式" });
    expect(written.cells.get("1,0")!.formula).toBeUndefined();
    expect(written.cells.get("1,1")).toMatchObject({ value: 9.92, numberFormat: "0.00" });
    expect(written.cells.get("2,1")!.formula).toBe("=B2");
    expect(written.columnWidths.get(0)).toBeGreaterThan(100);
    // names, then every A1 (a generated sheet is found by its title), then the write
    expect(await syncs(model, () => host.writeSheets([{ name: "决算说明", rows: [] }]))).toBe(3);
  });
});
