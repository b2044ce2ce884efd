/**
 * Standard tables laid out transposed (items across columns, captions down rows): built from the
 * sample's real sheets by turning them (transpose-sheet.ts), and one written by hand. Each is read as
 * the same table with the same figures at the real cells, validate() finds the same things at the
 * mapped cells, and a planted error is reported at the cell where it was planted.
 */
import { join } from "path";
import { readXlsxFile } from "../../src/hosts/file";
import { recognize } from "../../src/tables";
import { validate } from "../../src/validation/validate";
import { toJsonReport } from "../../src/cli/format-json";
import { parseA1 } from "../../src/workbook/address";
import type { Finding } from "../../src/rules/shared/types";
import type { CodedTable, SummaryTable, TableKind, TableModel, ThreePublicTable } from "../../src/tables/types";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/types";
import { buildRegionWorkbook } from "../fixtures/regions/build";
import { SheetBuilder, ratioBlock, t1Block, workbook } from "./builders";
import { transposeSheet, turnedCell } from "./transpose-sheet";
import { figures } from "./model-figures";

const SAMPLE = join(__dirname, "../../examples/changji-education-2024.xlsx");
/** The sample's sheets turned in the test, with their kind; their title, 公开NN and 部门 lines are rows 1–3. */
const TURNED: Record<string, TableKind> = {
  "01收入支出决算总表": "summary",
  "03支出决算表": "expenditure",
  "05一般公共预算支出表": "gpb-expenditure",
  "09三公经费": "three-public",
};
const CORNER = 3;

const isTurned = (sheet: string) => sheet in TURNED;
const mapCell = (sheet: string, cell: string) => (isTurned(sheet) ? cell.split(":").map((c) => turnedCell(c, CORNER)).join(":") : cell);
function mapRelated(ref: string): string {
  const at = ref.lastIndexOf("!");
  const sheet = ref.slice(0, at).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return `${ref.slice(0, at)}!${mapCell(sheet, ref.slice(at + 1))}`;
}

/** A finding as compared across layouts: cells mapped to the turned sheet when `mapped`, operand labels (item · caption) included. */
function key(f: Finding, mapped: boolean): string {
  const cell = (sheet: string, c: string) => (mapped ? mapCell(sheet, c) : c);
  return JSON.stringify([
    f.rule, f.severity, f.sheet, cell(f.sheet, f.cell), f.related.map((r) => (mapped ? mapRelated(r) : r)), f.message, f.expected, f.actual,
    f.cause ? [f.cause.rule, f.cause.sheet, cell(f.cause.sheet, f.cause.cell)] : null,
    (f.operands ?? []).map((o) => [o.sheet, cell(o.sheet, o.cell), o.value, o.label]),
  ]);
}
const keys = (findings: Finding[], mapped: boolean) => findings.map((f) => key(f, mapped)).sort();

function withTurned(snap: WorkbookSnapshot): WorkbookSnapshot {
  return { ...snap, sheets: snap.sheets.map((s) => (isTurned(s.name) ? transposeSheet(s, CORNER) : s)) };
}

/** A copy of the workbook with one cell's value replaced. */
function plant(snap: WorkbookSnapshot, sheet: string, a1: string, value: CellValue): WorkbookSnapshot {
  const { row, col } = parseA1(a1);
  return {
    ...snap,
    sheets: snap.sheets.map((s): SheetSnapshot => {
      if (s.name !== sheet) return s;
      const values = s.values.map((line) => [...(line ?? [])]);
      values[row - s.origin.row][col - s.origin.col] = value;
      return { ...s, values };
    }),
  };
}

describe("the sample's T1, T3, T5 and 三公 sheets turned sideways", () => {
  let sample: WorkbookSnapshot;
  let turned: WorkbookSnapshot;
  beforeAll(async () => {
    sample = await readXlsxFile(SAMPLE);
    turned = withTurned(sample);
  });

  test("each is recognized as the same table, transposed, with the same figures at the real cells", () => {
    const usual = recognize(sample);
    const sideways = recognize(turned);
    expect(sideways.unrecognized).toEqual([]);
    expect(sideways.tables.map((t) => t.kind)).toEqual(usual.tables.map((t) => t.kind));
    for (const [sheet, kind] of Object.entries(TURNED)) {
      const a = usual.tables.find((t) => t.sheet === sheet)!;
      const b = sideways.tables.find((t) => t.sheet === sheet)!;
      expect([b.kind, b.transposed, a.transposed]).toEqual([kind, true, undefined]);
      expect([b.unit, b.year, b.number, b.problems]).toEqual([a.unit, a.year, a.number, a.problems]);
      const fa = figures(a, ["ratios", "problems"]);
      expect(fa.length).toBeGreaterThan(5);
      expect(figures(b, ["ratios", "problems"]).map((f) => [f.sheet, f.cell, f.value.toString(), f.text, f.blank])).toEqual(
        fa.map((f) => [f.sheet, turnedCell(f.cell, CORNER), f.value.toString(), f.text, f.blank]),
      );
    }
    // the sheets left as they are are read the usual way
    expect(sideways.tables.filter((t) => t.transposed).map((t) => t.sheet)).toEqual(Object.keys(TURNED));
  });

  test("named lines land on the turned cells (T1 本年收入合计, T3 教育支出 基本支出, 三公 决算 合计)", () => {
    const { tables } = recognize(turned);
    const t1 = tables.find((t) => t.kind === "summary") as SummaryTable;
    const t3 = tables.find((t) => t.kind === "expenditure") as CodedTable;
    const t9 = tables.find((t) => t.kind === "three-public") as ThreePublicTable;
    expect(t1.lines.incomeTotal?.cells.amount?.value.toFixed(2)).toBe("2912.86");
    expect(t1.classes.find((c) => c.className === "教育支出")?.cells.amount?.value.toFixed(2)).toBe("2090.41");
    expect(t3.rows.find((r) => r.code === "205")?.cells.basic).toMatchObject({ cell: "F9", text: "1,495.90" });
    expect(t3.rows.find((r) => r.code === "205")?.cells.total?.cell).toBe("F8"); // E9 before turning
    expect(t9.final.total).toMatchObject({ cell: "D10", text: "14.58" }); // G7 before turning
    expect(t9.budget.reception?.cell).toBe("D9"); // F7 before turning
    expect(t3.range).toBe("A1:R13");
  });

  test("validate() finds the same things, at the turned cells", () => {
    const usual = validate(sample);
    const sideways = validate(turned);
    expect(usual.findings.some((f) => isTurned(f.sheet))).toBe(true);
    expect(keys(sideways.findings, false)).toEqual(keys(usual.findings, true));
    expect(sideways.summary).toEqual(usual.summary);
    expect(sideways.notes.filter((n) => n.startsWith("转置布局"))).toHaveLength(4);
    expect(sideways.tables.filter((t) => t.transposed).map((t) => t.sheet)).toEqual(Object.keys(TURNED));
    expect(usual.notes.some((n) => n.startsWith("转置布局"))).toBe(false);
    // fa-check --format json says which tables it read transposed
    expect(toJsonReport(sideways, "zh").tables.filter((t) => t.transposed).map((t) => t.sheet)).toEqual(Object.keys(TURNED));
    expect(toJsonReport(usual, "zh").tables.some((t) => "transposed" in t)).toBe(false);
  });

  test("an empty far corner of the used range (XFD2001) neither widens nor lengthens the turned block", () => {
    const t3 = turned.sheets.find((s) => s.name === "03支出决算表")!;
    const values = [...t3.values];
    const far: CellValue[] = [];
    far[16383] = "";
    values[2000] = far;
    const stretched = { ...turned, sheets: [{ ...t3, values }] };
    const [table] = recognize(stretched).tables;
    expect([table.kind, table.transposed, table.range]).toEqual(["expenditure", true, "A1:R13"]);
  });

  test.each([
    ["03支出决算表", "E9", 2190.41, "coded-row-sum"], // 205 教育支出 本年支出合计 ≠ 基本 + 项目
    ["09三公经费", "G7", 20, "three-public-sum"], // 决算 合计 ≠ 出国 + 车 + 接待
    ["01收入支出决算总表", "C29", 3012.86, "summary-income-total"], // 本年收入合计 ≠ Σ 收入
  ])("a planted error on %s %s is found at the real cell, turned or not", (sheet, cell, value, rule) => {
    const at = (report: ReturnType<typeof validate>, a1: string) =>
      report.findings.filter((f) => f.rule === rule && f.sheet === sheet && f.cell === a1 && f.severity === "error");
    const usual = at(validate(plant(sample, sheet, cell, value)), cell);
    const there = turnedCell(cell, CORNER);
    expect(there).not.toBe(cell);
    const sideways = at(validate(plant(turned, sheet, there, value)), there);
    expect(usual).toHaveLength(1);
    expect(sideways).toHaveLength(1);
    expect([sideways[0].expected, sideways[0].actual]).toEqual([usual[0].expected, usual[0].actual]);
  });
});

describe("a hand-written transposed 功能分类 table (T5)", () => {
  // captions in two columns: A 本年支出 merged over three rows, B 合计 / 基本支出 / 项目支出; items from C
  const build = (total201?: number) => {
    const sheet = new SheetBuilder("05一般公共预算支出表");
    const rows: CellValue[][] = [
      ["一般公共预算财政拨款支出决算表"],
      [null, null, null, null, "公开05表"],
      ["部门：示例局", null, null, null, "金额单位：万元"],
      ["科目编码", null, "合计", "201", "20101", "2010101", "2010102", "208", "20805", "2080505"],
      ["科目名称", null, null, "一般公共服务支出", "人大事务", "行政运行", "一般行政管理事务", "社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"],
      ["本年支出", "合计", 1000, total201 ?? 770, 770, 630, 140, 230, 230, 230],
      [null, "基本支出", 860, 630, 630, 630, 0, 230, 230, 230],
      [null, "项目支出", 140, 140, 140, 0, 140, 0, 0, 0],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 9 },
      { top: 3, left: 0, bottom: 3, right: 1 },
      { top: 4, left: 0, bottom: 4, right: 1 },
      { top: 5, left: 0, bottom: 7, right: 0 },
    ];
    return workbook(sheet.place(0, 0, { rows, merges }));
  };

  test("read as T5 with its 科目 and columns; figures at the cells as written", () => {
    const { tables, unrecognized } = recognize(build());
    expect(unrecognized).toEqual([]);
    expect(tables).toHaveLength(1);
    const t5 = tables[0] as CodedTable;
    expect([t5.kind, t5.transposed, t5.number, t5.range]).toEqual(["gpb-expenditure", true, 5, "A1:J8"]);
    expect(t5.columns).toEqual(["total", "basic", "project"]);
    expect(t5.rows.map((r) => [r.code, r.level])).toEqual([
      ["", "total"], ["201", "class"], ["20101", "section"], ["2010101", "item"], ["2010102", "item"], ["208", "class"], ["20805", "section"], ["2080505", "item"],
    ]);
    const admin = t5.rows.find((r) => r.code === "2010101")!;
    expect(admin.name).toBe("行政运行");
    expect([admin.cells.total?.cell, admin.cells.basic?.cell, admin.cells.project?.cell]).toEqual(["F6", "F7", "F8"]);
    expect(t5.total?.cells.basic).toMatchObject({ cell: "C7", text: "860" });
  });

  test("a consistent table raises nothing of its own; a wrong 201 合计 is found at D6, the 合计 it upsets points to it", () => {
    const own = (wb: WorkbookSnapshot) => validate(wb).findings.filter((f) => f.table === "gpb-expenditure" && f.severity === "error");
    expect(own(build())).toEqual([]);
    const errors = own(build(780));
    // the wrong figure (D6) breaks its row sum and its 款; the 合计 (C6) no longer adds up because of it
    expect(errors.filter((f) => !f.cause).map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ["coded-hierarchy", "D6", "770.00", "780.00"],
      ["coded-row-sum", "D6", "770.00", "780.00"],
    ]);
    expect(errors.filter((f) => f.cause).map((f) => [f.cell, f.cause?.cell])).toEqual([["C6", "D6"]]);
  });

  test("a line with amounts but no 科目编码 is named by its column", () => {
    const wb = build();
    wb.sheets[0].values[5].push(5);
    wb.sheets[0].values.forEach((line) => { while (line.length < 11) line.push(null); });
    const t5 = recognize(wb).tables[0] as CodedTable;
    expect(t5.transposed).toBe(true);
    expect(t5.problems.map((p) => [p.cell, p.message])).toEqual([["K4", "第K列有金额但没有可识别的科目编码 / column K has amounts but no readable 科目编码"]]);
  });
});

test("T1 split across two sheets with the 支出 half sideways is still one table", () => {
  const full = t1Block();
  const head = full.rows.slice(0, 3);
  const body = full.rows.slice(6);
  const income = new SheetBuilder("总表收入").place(0, 0, { rows: [...head, ["项目", "行次", "金额"], ...body.map((r) => r.slice(0, 3))] });
  const expense = new SheetBuilder("总表支出").place(0, 0, { rows: [["收入支出决算总表（续）"], head[1], head[2], ["项目", "行次", "金额"], ...body.map((r) => r.slice(3, 6))] });
  const { tables, unrecognized } = recognize(workbook(income, transposeSheet(expense.build(), CORNER)));
  expect(unrecognized).toEqual([]);
  expect(tables).toHaveLength(1);
  const t1 = tables[0] as SummaryTable;
  expect([t1.lines.incomeTotal?.cells.amount?.sheet, t1.lines.incomeTotal?.cells.amount?.cell]).toEqual(["总表收入", "C13"]);
  // C13 of the 支出 half before it was turned
  expect([t1.lines.expenseTotal?.cells.amount?.sheet, t1.lines.expenseTotal?.cells.amount?.cell]).toEqual(["总表支出", "J6"]);
  expect(t1.classes.map((c) => [c.className, c.cells.amount?.cell])).toEqual([
    ["一般公共服务支出", "B6"], ["教育支出", "C6"], ["社会保障和就业支出", "D6"], ["城乡社区支出", "E6"], ["灾害防治及应急管理支出", "F6"], ["其他支出", "G6"],
  ]);
});

test("stated 完成率 and 占比 lines of a transposed table are found with their operands at the real cells", () => {
  const block = ratioBlock();
  // codedBlock's heading is two rows (title, 部门 line): the body starts at row 3
  const sheet = new SheetBuilder("T5").place(0, 0, block).build();
  const ratios = (wb: WorkbookSnapshot) => (recognize(wb).tables[0].ratios ?? []).map((r) => [r.kind, r.stated.cell, r.stated.value.toString(), r.operands.map((o) => o.cell)]);
  const usual = ratios(workbook(sheet));
  expect(usual).toHaveLength(6);
  const turn = (a1: string) => turnedCell(a1, 2);
  expect(ratios(workbook(transposeSheet(sheet, 2)))).toEqual(usual.map(([kind, cell, value, ops]) => [kind, turn(cell as string), value, (ops as string[]).map(turn)]));
});

describe("only when the usual reading fails", () => {
  test("the sample and every region fixture are read the usual way, nothing transposed", async () => {
    const all = [await readXlsxFile(SAMPLE), buildRegionWorkbook("mof"), buildRegionWorkbook("xinjiang"), buildRegionWorkbook("shanghai")];
    for (const wb of all) {
      const r = recognize(wb);
      expect(r.tables.filter((t: TableModel) => t.transposed)).toEqual([]);
      expect(r.unrecognized).toEqual([]);
    }
  });

  test("a 说明 or 目录 sheet holding a turned table is not read sideways; a broken table still says 无法读取 once", async () => {
    const sample = await readXlsxFile(SAMPLE);
    const t3 = sample.sheets.find((s) => s.name === "03支出决算表")!;
    const notes = transposeSheet(t3, CORNER, "填表说明");
    const broken = new SheetBuilder("T3").set(0, 0, "支出决算表").set(1, 0, "无表头").set(2, 0, "金额").set(2, 1, 5);
    const r = recognize({ name: "x.xlsx", sheets: [notes, broken.build()] });
    expect(r.tables).toEqual([]);
    expect(r.unrecognized.map((u) => [u.sheet, u.kind])).toEqual([["T3", "expenditure"]]);
  });
});
