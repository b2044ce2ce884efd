import { parseAreasAddress } from "../../../src/hosts/excel";
import { MARK_COLORS } from "../../../src/hosts/marks";
import type { Finding, Severity } from "../../../src/rules/shared/types";
import { newSheet, newWorkbook, OfficeError, StandinContext } from "./office-standin";
import { excelModel, ourMarks, userBytes } from "./fixture-model";
import { sampleWorkbook } from "./sample-workbook";
import { BUILD_PROFILES } from "./build-profiles";
import { hostOn, syncs } from "./host-on";

function finding(sheet: string, cell: string, severity: Severity = "error"): Finding {
  return { rule: "t", severity, sheet, cell, related: [], message: "合计不符", messageEn: "total mismatch", expected: "9.92", actual: "9.79" };
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

  test("merged areas: only top-left merges come back, more than 512 are refused", async () => {
    const model = newWorkbook("m.xlsx", [newSheet("S")]);
    for (let i = 0; i < 513; i++) model.sheets[0].merges.push({ top: i, left: 0, bottom: i, right: 1 });
    const ctx = new StandinContext(model);
    const ws = ctx.workbook.worksheets.getItem("S");
    ws.getRange().getMergedAreasOrNullObject().load("address");
    await expect(ctx.sync()).rejects.toThrow(/512/);
    const band = ws.getRangeByIndexes(1, 1, 5, 5).getMergedAreasOrNullObject();
    band.load("address");
    await ctx.sync();
    expect(band.isNullObject).toBe(true); // B2:F6 holds no merge's top-left cell
  });
});

describe.each(BUILD_PROFILES)("Excel host on $label", (profile) => {
  describe("reading", () => {
    test.each([2, 10, 30])("a sample-shaped workbook of %i sheets is read in 2 syncs", async (count) => {
      const model = excelModel(sampleWorkbook(count));
      const host = hostOn(profile, model);
      let sheets = 0;
      expect(await syncs(model, async () => (sheets = (await host.readWorkbook()).sheets.length))).toBe(2);
      expect(sheets).toBe(count);
    });

    test("validate + mark costs 4 syncs whatever the sheet count; clear costs 2", async () => {
      for (const count of [2, 30]) {
        const model = excelModel(sampleWorkbook(count));
        const host = hostOn(profile, model);
        const total = await syncs(model, async () => {
          await host.readWorkbook();
          await host.markFindings([finding("表1", "B5"), finding(`表${count}`, "C6", "warning")]);
        });
        expect(total).toBe(4);
        expect(await syncs(model, () => host.clearMarks())).toBe(2);
      }
    });

    test("values, formulas, formats, errors with their text, merges, origin and hidden flag come through", async () => {
      const fixture = sampleWorkbook(2);
      const model = excelModel(fixture);
      const snap = await hostOn(profile, model).readWorkbook();
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
      expect(snap.sheets[0].values.flat()).toContain("全年执行数");
      expect(snap.sheets.flatMap((s) => s.values.flat()).filter((v) => typeof v === "object" && v !== null)).toContainEqual({ error: "#DIV/0!" });
    });

    test("an empty sheet reads as an empty snapshot", async () => {
      const model = newWorkbook("b.xlsx", [newSheet("空")]);
      const snap = await hostOn(profile, model).readWorkbook();
      expect(snap.sheets[0]).toMatchObject({ name: "空", values: [], merges: [] });
    });
  });

  describe("limits", () => {
    /** A sheet of rows × cols numbers, an error cell and one 2-cell merge every `mergeEvery` rows. */
    function bigSheet(name: string, rows: number, cols: number, mergeEvery = 0) {
      const sheet = newSheet(name);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) sheet.cells.set(`${r},${c}`, { value: r * cols + c });
      sheet.cells.set("3,2", { value: "#DIV/0!", formula: "=1/0", error: true });
      if (mergeEvery > 0) for (let r = 0; r < rows; r += mergeEvery) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
      return sheet;
    }

    test("a sheet with 3,000 merges validates: merges read in bands under the areas limits", async () => {
      const model = newWorkbook("merges.xlsx", [bigSheet("项目表", 3000, 6, 1)]);
      const snap = await hostOn(profile, model).readWorkbook();
      expect(snap.sheets[0].merges).toHaveLength(3000);
      expect(new Set(snap.sheets[0].merges.map((m) => m.top)).size).toBe(3000);
      expect(snap.sheets[0].values[2999][5]).toBe(2999 * 6 + 5);
    });

    test("values: null past the cell limit is re-read in smaller bands, never read as empty", async () => {
      const model = newWorkbook("long.xlsx", [bigSheet("长表", 400, 10)]);
      model.cellLimit = 1000;
      const snap = await hostOn(profile, model).readWorkbook();
      expect(snap.sheets[0].values).toHaveLength(400);
      expect(snap.sheets[0].values[399][9]).toBe(3999);
      expect(snap.sheets[0].values[3][2]).toEqual({ error: "#DIV/0!" });
      expect(snap.sheets[0].values.flat().filter((v) => v === null)).toHaveLength(0);
    });

    test.each([256_000, 1_000_000])("adaptive chunks: any response limit ≥ 256 KB works (%i bytes)", async (limit) => {
      const model = newWorkbook("big.xlsx", [newSheet("封面"), bigSheet("大表", 2500, 12)]);
      model.sheets[0].cells.set("0,0", { value: "封面" });
      const host = hostOn(profile, model, { responseLimitBytes: 5_000_000 }); // the host believes 5 MB …
      model.responseLimit = limit; // … the real limit is lower: refusals halve the chunk
      const snap = await host.readWorkbook();
      expect(Math.max(...model.responses)).toBeLessThanOrEqual(limit);
      expect(snap.sheets[1].values).toHaveLength(2500);
      expect(snap.sheets[1].values[2499][11]).toBe(29_999);
      expect(snap.sheets[1].values[3][2]).toEqual({ error: "#DIV/0!" });
    });

    test("chunks are sized from the measured first chunk: few refusals, responses near the limit", async () => {
      const model = newWorkbook("big.xlsx", [bigSheet("大表", 2500, 12)]);
      model.responseLimit = 256_000;
      const host = hostOn(profile, model, { responseLimitBytes: 256_000 });
      const spent = await syncs(model, () => host.readWorkbook());
      const total = model.responses.reduce((a, b) => a + b, 0);
      expect(spent).toBeLessThan(3 + Math.ceil(total / (0.5 * 256_000)) + 2);
    });
  });

  describe("marks", () => {
    test("read → mark → clear leaves every value, formula, format, fill and user rule byte-identical", async () => {
      const model = excelModel(sampleWorkbook(5));
      model.sheets[0].cfs.push({ id: "{USER}", type: "Custom", range: { top: 3, left: 1, bottom: 3, right: 1 }, formula: "=B4>0", fill: "#FF0000" });
      const before = userBytes(model);
      const host = hostOn(profile, model);
      await host.readWorkbook();
      await host.markFindings([finding("表1", "B4"), finding("表1", "C5", "warning"), finding("表3", "D6", "info")]);
      expect(ourMarks(model)).toHaveLength(3);
      expect(userBytes(model)).toBe(before);
      await host.clearMarks();
      expect(ourMarks(model)).toHaveLength(0);
      expect(userBytes(model)).toBe(before);
      expect(model.sheets[0].cfs.map((cf) => cf.id)).toEqual(["{USER}"]);
    });

    test("a user's identical-looking rule survives: same cell, same fill, added on top after marking", async () => {
      const model = excelModel(sampleWorkbook(2));
      const host = hostOn(profile, model);
      await host.readWorkbook();
      await host.markFindings([finding("表1", "B4"), finding("表1", "C5")]);
      // the user adds rules of their own on the marked cell; new rules take the top priority (ids shift)
      const cell = { top: 3, left: 1, bottom: 3, right: 1 };
      model.sheets[0].cfs.unshift({ id: "{LOOKALIKE}", type: "Custom", range: cell, formula: '=AND(ISTEXT("FA-MARK:error"),B4<>0)', fill: MARK_COLORS.error });
      model.sheets[0].cfs.unshift({ id: "{SAMEFILL}", type: "Custom", range: cell, formula: "=B4<>0", fill: MARK_COLORS.error });
      await host.markFindings([finding("表1", "C5")]);
      await host.clearMarks();
      expect(model.sheets[0].cfs.map((cf) => cf.id)).toEqual(["{SAMEFILL}", "{LOOKALIKE}"]);
    });

    test("the mark's colour follows severity; a cell with two findings gets one mark, the worse one", async () => {
      const model = excelModel(sampleWorkbook(2));
      const host = hostOn(profile, model);
      await host.markFindings([finding("表1", "B4", "info"), finding("表1", "$B$4", "error"), finding("表2", "C5", "warning")]);
      const marks = ourMarks(model);
      expect(marks.map((m) => [m.sheet, m.cf.fill])).toEqual([["表1", MARK_COLORS.error], ["表2", MARK_COLORS.warning]]);
      expect(marks[0].cf.range).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
    });

    test("validating twice gives one set of marks, also from a fresh session (reload)", async () => {
      const model = excelModel(sampleWorkbook(3));
      const findings = [finding("表1", "B4"), finding("表2", "C5")];
      const host = hostOn(profile, model);
      for (let i = 0; i < 2; i++) {
        await host.readWorkbook();
        await host.markFindings(findings);
      }
      expect(ourMarks(model)).toHaveLength(2);
      const reloaded = hostOn(profile, model);
      await reloaded.markFindings(findings);
      expect(ourMarks(model)).toHaveLength(2);
      await reloaded.clearMarks();
      expect(ourMarks(model)).toHaveLength(0);
    });

    test("a mark the user deleted by hand, or a renamed sheet, does not break the next marking", async () => {
      const model = excelModel(sampleWorkbook(2));
      const host = hostOn(profile, model);
      await host.readWorkbook();
      await host.markFindings([finding("表1", "B4"), finding("表2", "C5")]);
      model.sheets[0].cfs = [];
      model.sheets[1].name = "表二";
      await host.markFindings([finding("表二", "D6")]);
      expect(ourMarks(model).map((m) => [m.sheet, m.cf.range.top])).toEqual([["表二", 5]]);
    });

    test("conditional formats that throw when read degrade marking on that sheet, never validation", async () => {
      const model = excelModel(sampleWorkbook(3));
      model.cfUnreadable = new Set(["表2"]);
      const notices: string[] = [];
      const host = hostOn(profile, model, { onNotice: (n) => notices.push(n.zh) });
      const snap = await host.readWorkbook();
      expect(snap.sheets).toHaveLength(3);
      await host.markFindings([finding("表1", "B4"), finding("表2", "C5"), finding("表3", "D6")]);
      expect(ourMarks(model).map((m) => m.sheet)).toEqual(["表1", "表3"]);
      expect(notices.join()).toContain("表2");
    });
  });

  describe("capabilities", () => {
    test("custom functions are reported exactly where they run", () => {
      const host = hostOn(profile, excelModel(sampleWorkbook(1)));
      expect(host.capabilities().customFunctions).toBe(profile.customFunctionsWork);
      expect(host.capabilities().mergedAreas).toBe(true);
      if (!profile.customFunctionsWork) expect(host.capabilities().unavailable.map((u) => u.zh).join()).toMatch(/自定义函数/);
    });
  });

  describe("select and generated sheets", () => {
    test("select activates the sheet and selects the cell", async () => {
      const model = excelModel(sampleWorkbook(3));
      await hostOn(profile, model).select("表3", "C7");
      expect(model.active).toBe("表3");
      expect(model.selection).toEqual({ sheet: "表3", address: "C7" });
    });

    test("generated sheets never overwrite a user sheet and get free names", async () => {
      const model = excelModel(sampleWorkbook(2));
      model.sheets.push(newSheet("说明底稿"), newSheet("决算说明 (2)"));
      model.sheets[2].cells.set("0,0", { value: "用户自己的底稿" });
      const before = userBytes(model);
      const host = hostOn(profile, model);
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
});

describe("Excel host on a build without ExcelApi 1.13", () => {
  test("reads without merged areas and says so", async () => {
    const old = { ...BUILD_PROFILES[0], id: "old", label: "ExcelApi 1.12", sets: { ExcelApi: "1.12", SharedRuntime: "1.1" } };
    const model = excelModel(sampleWorkbook(2));
    const host = hostOn(old, model);
    const snap = await host.readWorkbook();
    expect(snap.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(host.capabilities().mergedAreas).toBe(false);
    expect(host.capabilities().customFunctions).toBe(false);
    expect(host.capabilities().unavailable.map((u) => u.en).join()).toMatch(/ExcelApi 1\.13/);
  });
});

test("the stand-in refuses APIs the build lacks: below the manifest's ExcelApi 1.7 a banded read fails", async () => {
  const old = { ...BUILD_PROFILES[0], id: "old", label: "ExcelApi 1.6", sets: { ExcelApi: "1.6" } };
  const model = newWorkbook("big.xlsx", [newSheet("S")]);
  for (let r = 0; r < 50; r++) model.sheets[0].cells.set(`${r},0`, { value: r });
  model.cellLimit = 10; // forces the banded read (getRangeByIndexes, ExcelApi 1.7)
  await expect(hostOn(old, model).readWorkbook()).rejects.toThrow(/ApiNotFound/);
});

test("merged-area addresses parse with quoted sheet names", () => {
  expect(parseAreasAddress("'My, sheet'!A1:C1, 'My, sheet'!$B$3:$B$5")).toEqual([
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 2, left: 1, bottom: 4, right: 1 },
  ]);
});
