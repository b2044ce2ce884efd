import { createWpsHost, MEMORY_SHEET, prop } from "../../../src/hosts/wps";
import { createExcelHost } from "../../../src/hosts/excel";
import { MARK_COLORS, NOTE_PREFIX, toBgr } from "../../../src/hosts/marks";
import type { Finding, Severity } from "../../../src/rules/shared/types";
import { sampleWorkbook, type FixtureWorkbook } from "../excel/sample-workbook";
import { excelModel } from "../excel/fixture-model";
import { standinRunner } from "../excel/office-standin";
import { etUserState, EtStandin, XL_SOLID } from "./et-standin";
import { etModel } from "./fixture-model";

function finding(sheet: string, cell: string, severity: Severity = "error"): Finding {
  return { rule: "t", severity, sheet, cell, related: [], message: "合计不符", messageEn: "total mismatch", expected: "9.92", actual: "9.79" };
}

const variants = [
  { name: "properties, error texts", options: { methods: false, errors: "text" as const } },
  { name: "methods, error codes", options: { methods: true, errors: "code" as const } },
];

describe("prop() reads a member given as property or as method", () => {
  test("both forms", () => {
    expect(prop({ Count: 3 }, "Count")).toBe(3);
    expect(prop({ n: 4, Count() { return this.n; } }, "Count")).toBe(4);
  });
});

describe.each(variants)("WPS host over the ET stand-in ($name)", ({ options }) => {
  test("reads the same snapshot as the Excel host reads from the same workbook", async () => {
    const fixture = sampleWorkbook(4);
    const viaWps = await createWpsHost(etModel(fixture, options)).readWorkbook();
    const viaExcel = await createExcelHost(standinRunner(excelModel(fixture))).readWorkbook();
    expect(viaWps).toEqual(viaExcel);
    expect(viaWps.sheets[0].merges.length).toBe(1);
    expect(viaWps.sheets[1].hidden).toBe(true);
    expect(viaWps.sheets[0].values.flat()).toContainEqual({ error: "#DIV/0!" });
  });

  test("validate → mark → clear leaves every value, formula, fill and comment as before", async () => {
    const app = etModel(sampleWorkbook(3), options);
    const before = etUserState(app, MEMORY_SHEET);
    const host = createWpsHost(app);
    await host.readWorkbook();
    // B2 on 表1 carries the user's own fill and comment; B5 is plain
    await host.markFindings([finding("表1", "A2"), finding("表1", "B5", "warning"), finding("表3", "C6", "info")]);
    const t1 = app.sheets.find((s) => s.name === "表1")!.cells;
    expect(t1.get("1,0")).toMatchObject({ color: toBgr(MARK_COLORS.error), pattern: XL_SOLID, comment: "用户批注 user note" });
    expect(t1.get("4,1")).toMatchObject({ color: toBgr(MARK_COLORS.warning), pattern: XL_SOLID });
    expect(t1.get("4,1")!.comment!.startsWith(NOTE_PREFIX)).toBe(true);
    expect(etUserState(app, MEMORY_SHEET)).not.toBe(before);
    const memory = app.sheets.find((s) => s.name === MEMORY_SHEET)!;
    expect(memory.visible).toBe(2);
    await host.clearMarks();
    expect(etUserState(app, MEMORY_SHEET)).toBe(before);
    expect(app.sheets.some((s) => s.name === MEMORY_SHEET)).toBe(false);
    expect(app.prompts).toEqual([]);
  });

  test("marking twice keeps one set of marks; the memory survives a new session (reload)", async () => {
    const app = etModel(sampleWorkbook(2), options);
    const before = etUserState(app, MEMORY_SHEET);
    await createWpsHost(app).markFindings([finding("表1", "A2"), finding("表2", "C5")]);
    await createWpsHost(app).markFindings([finding("表1", "A2", "warning")]);
    expect(app.sheets.filter((s) => s.name === MEMORY_SHEET)).toHaveLength(1);
    expect(app.sheets.find((s) => s.name === "表2")!.cells.get("4,2")?.pattern).not.toBe(XL_SOLID);
    const snapAfterMark = await createWpsHost(app).readWorkbook();
    expect(snapAfterMark.sheets.map((s) => s.name)).toEqual(["表1", "表2"]);
    await createWpsHost(app).clearMarks();
    expect(etUserState(app, MEMORY_SHEET)).toBe(before);
  });

  test("reads are bulk: the call count does not grow with the number of cells", async () => {
    const grid = (rows: number): FixtureWorkbook => ({
      name: "g.xlsx",
      sheets: [{ name: "数据", merges: [{ top: 0, left: 0, bottom: 0, right: 5 }], cells: Array.from({ length: rows * 6 }, (_, i) => ({ row: Math.floor(i / 6) + 1, col: i % 6, value: i, numberFormat: "#,##0.00" })).concat([{ row: 0, col: 0, value: "标题" } as never]) }],
    });
    const calls = async (rows: number) => {
      const app = etModel(grid(rows), options);
      await createWpsHost(app).readWorkbook();
      return app.calls;
    };
    // 8× the cells twice over: formats and merges are found by bisection, so each 8× step adds the
    // same few calls (logarithmic); measured 79 / 103 / 127 calls for 600 / 4 800 / 38 400 cells
    const [a, b, c] = [await calls(100), await calls(800), await calls(6_400)];
    expect(c - b).toBeLessThanOrEqual(b - a + 4);
    expect(c).toBeLessThan(200);
  });

  test("select activates the sheet and selects the cell", async () => {
    const app = etModel(sampleWorkbook(3), options);
    await createWpsHost(app).select("表2", "D4");
    expect(app.sheets[app.active].name).toBe("表2");
    expect(app.selection).toEqual({ sheet: "表2", address: "D4" });
  });

  test("generated sheets get free names and leave user sheets alone", async () => {
    const app = etModel(sampleWorkbook(2), options);
    app.sheets.push({ name: "说明底稿", visible: -1, cells: new Map([["0,0", { value: "我的" }]]), merges: [], widths: new Map() });
    const before = etUserState(app, "");
    const host = createWpsHost(app);
    const names = await host.writeSheets([{ name: "说明底稿", rows: [[{ value: "项目", bold: true }, { value: 9.92, numberFormat: "0.00" }], [{ value: "=文字" }, { formula: "=B1" }]], columnWidths: [30] }]);
    expect(names).toEqual(["说明底稿 (2)"]);
    const written = app.sheets.find((s) => s.name === "说明底稿 (2)")!;
    expect(written.cells.get("0,0")).toMatchObject({ value: "项目", bold: true });
    expect(written.cells.get("0,1")).toMatchObject({ value: 9.92, numberFormat: "0.00" });
    expect(written.cells.get("1,0")).toMatchObject({ value: "=文字" });
    expect(written.cells.get("1,1")!.formula).toBe("=B1");
    expect(written.widths.get(0)).toBe(30);
    expect(etUserState({ ...app, sheets: app.sheets.filter((s) => s !== written) } as EtStandin, "")).toBe(before);
  });
});
