import { recognize } from "../../src/tables";
import type { CodedTable, FiscalSummaryTable, GpbBasicTable, PerfOverallTable, PerfProjectTable, SummaryTable, TableModel, ThreePublicTable } from "../../src/tables/types";
import {
  SheetBuilder, workbook, codedBlock, t1Block, t4Block, t6Block, t9Block, fundBlock,
  T2_CAPTIONS, T2_ROWS, T3_CAPTIONS, T3_ROWS, T5_CAPTIONS, T5_ROWS,
} from "./builders";
import { seedPerfBlocks } from "./seed-blocks";

function only<T extends TableModel>(tables: TableModel[], kind: T["kind"]): T {
  const found = tables.filter((t) => t.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as T;
}
const str = (f: { value: { toFixed: (n: number) => string } } | undefined, d = 2) => f?.value.toFixed(d);

describe("layout (a): one sheet per table", () => {
  const { overall, projects } = seedPerfBlocks();
  const snapshot = workbook(
    new SheetBuilder("T1").place(0, 0, t1Block()),
    new SheetBuilder("T2").place(0, 0, codedBlock({ title: "收入决算表", captions: T2_CAPTIONS, rows: T2_ROWS })),
    new SheetBuilder("T3").place(0, 0, codedBlock({ title: "支出决算表", captions: T3_CAPTIONS, rows: T3_ROWS })),
    new SheetBuilder("T4").place(0, 0, t4Block()),
    new SheetBuilder("T5").place(0, 0, codedBlock({ title: "一般公共预算财政拨款支出决算表", captions: T5_CAPTIONS, rows: T5_ROWS, group: "本年支出" })),
    new SheetBuilder("T6").place(0, 0, t6Block()),
    new SheetBuilder("T7").place(0, 0, fundBlock("政府性基金预算财政拨款收入支出决算表")),
    new SheetBuilder("T8").place(0, 0, fundBlock("国有资本经营预算财政拨款收入支出决算表")),
    new SheetBuilder("T9").place(0, 0, t9Block()),
    new SheetBuilder("整体").place(0, 0, overall),
    new SheetBuilder("项目").place(0, 0, projects[0]),
  );
  const { tables, unrecognized } = recognize(snapshot);

  test("every kind is recognized once, nothing unreadable", () => {
    expect(unrecognized).toEqual([]);
    expect(tables.map((t) => t.kind).sort()).toEqual(
      ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public", "perf-overall", "perf-project"].sort(),
    );
  });

  test("T1 lines keyed by label with their cells", () => {
    const t1 = only<SummaryTable>(tables, "summary");
    expect(str(t1.lines.gpbIncome?.cells.amount)).toBe("2349.21");
    expect(t1.lines.gpbIncome?.cells.amount?.cell).toBe("C7");
    expect(str(t1.lines.otherIncome?.cells.amount)).toBe("563.65");
    expect(str(t1.lines.incomeTotal?.cells.amount)).toBe("2912.86");
    expect(str(t1.lines.useNonFiscalBalance?.cells.amount)).toBe("0.00");
    expect(str(t1.lines.openingBalance?.cells.amount)).toBe("58.00");
    expect(t1.lines.incomeGrandTotal?.cells.amount?.cell).toBe("C18");
    expect(t1.lines.expenseGrandTotal?.cells.amount?.cell).toBe("F18");
    expect(str(t1.lines.closingBalance?.cells.amount)).toBe("68.45");
    expect(t1.classes.map((c) => c.className)).toEqual(["一般公共服务支出", "教育支出", "社会保障和就业支出", "城乡社区支出", "灾害防治及应急管理支出", "其他支出"]);
    expect(str(t1.classes[2].cells.amount)).toBe("326.71");
    expect(t1.range).toBe("A1:F18");
    expect(t1.unit).toBe("万元");
  });

  test("T3 coded rows, levels, total and column keys", () => {
    const t3 = only<CodedTable>(tables, "expenditure");
    expect(t3.columns).toEqual(["total", "basic", "project", "remitSuperior", "operating", "subsidiary"]);
    expect(str(t3.total?.cells.total)).toBe("2902.41");
    const row = t3.rows.find((r) => r.code === "2050101")!;
    expect(row.level).toBe("item");
    expect(row.name).toBe("行政运行");
    expect(str(row.cells.basic)).toBe("1196.98");
    expect(row.cells.basic?.cell).toBe("D9");
    expect(t3.rows.filter((r) => r.level === "class").map((r) => r.code)).toEqual(["205", "212"]);
  });

  test("T2 income columns, T5 grouped header (本年支出 / 小计)", () => {
    const t2 = only<CodedTable>(tables, "income");
    expect(t2.columns).toEqual(["total", "fiscal", "superior", "business", "operating", "affiliated", "other"]);
    expect(str(t2.total?.cells.fiscal)).toBe("2349.21");
    const t5 = only<CodedTable>(tables, "gpb-expenditure");
    expect(t5.columns).toEqual(["total", "basic", "project"]);
    expect(str(t5.rows.find((r) => r.code === "205")?.cells.total)).toBe("1537.21");
  });

  test("T4 fund columns and the 年初 sub-lines", () => {
    const t4 = only<FiscalSummaryTable>(tables, "fiscal-summary");
    expect(str(t4.lines.gpbIncome?.cells.amount)).toBe("2349.21");
    expect(str(t4.lines.expenseTotal?.cells.gpb)).toBe("2349.21");
    expect(t4.lines.expenseTotal?.cells.gpb?.cell).toBe("G8");
    expect(t4.lines.openingBalance?.cells.gpb?.cell).toBe("C10");
    expect(t4.lines.closingBalance?.cells.soe?.cell).toBe("I9");
    expect(t4.classes.map((c) => [c.className, str(c.cells.total)])).toEqual([
      ["教育支出", "1537.21"], ["社会保障和就业支出", "326.71"], ["城乡社区支出", "799.00"],
    ]);
  });

  test("T6 panels by economic code", () => {
    const t6 = only<GpbBasicTable>(tables, "gpb-basic");
    expect(t6.personnel.map((r) => r.code)).toEqual(["301", "30101", "30102", "303", "30302"]);
    expect(t6.publicFunds.map((r) => r.code)).toEqual(["302", "30201", "30212", "30217", "30231", "310"]);
    expect(t6.publicFunds.find((r) => r.code === "30217")?.cells.amount?.cell).toBe("F8");
    expect(t6.publicFunds.find((r) => r.code === "30201")?.name).toBe("办公费");
    expect(str(t6.personnelTotal)).toBe("1082.40");
    expect(t6.publicTotal?.cell).toBe("F11");
    expect(t6.operatingCost).toMatchObject({ cell: "C12", text: "114.59" });
  });

  test("T7/T8 empty tables keep their 合计 row and columns", () => {
    const t7 = only<CodedTable>(tables, "gov-fund");
    expect(t7.columns).toEqual(["opening", "income", "expenseTotal", "expenseBasic", "expenseProject", "closing"]);
    expect(t7.total?.cells.income?.blank).toBe(true);
    expect(t7.rows).toHaveLength(1);
    expect(only<CodedTable>(tables, "soe-capital").total?.row).toBe(4);
    expect(t7.note).toMatchObject({ sheet: "T7", cell: "A6", text: "注：本单位本年度无相关收支，本表为空表。" });
  });

  test("T9 budget and final through merged three-row header", () => {
    const t9 = only<ThreePublicTable>(tables, "three-public");
    expect(str(t9.final.total)).toBe("14.58");
    expect(t9.final.total?.cell).toBe("G7");
    expect(str(t9.final.vehicleTotal)).toBe("13.99");
    expect(str(t9.final.vehicleOperation)).toBe("13.99");
    expect(t9.final.vehiclePurchase?.cell).toBe("J7");
    expect(str(t9.final.reception)).toBe("0.59");
    expect(str(t9.budget.total)).toBe("15.50");
    expect(str(t9.budget.reception)).toBe("1.50");
  });

  test("整体表 funds and indicators from the seed", () => {
    const t = only<PerfOverallTable>(tables, "perf-overall");
    expect(t.unitName?.text).toBe("昌吉回族自治州教育局");
    expect(str(t.funds.total?.executed)).toBe("2902.41");
    expect(str(t.funds.local?.annualBudget)).toBe("2350.27");
    expect(str(t.funds.superior?.rate, 4)).toBe("0.9766");
    expect(str(t.funds.superior?.score)).toBe("9.77");
    expect(t.funds.local?.rate?.blank).toBe(true);
    expect(t.indicators).toHaveLength(9);
    expect(t.indicators[6].target.text).toBe("=85%");
    expect(t.indicators[6].actual.text).toBe("100%");
    expect(t.indicators.every((i) => i.level1 === "履职效能" && i.level2 === "数量指标")).toBe(true);
  });
});

describe("layout (b): stacked tables in one sheet", () => {
  const { projects } = seedPerfBlocks();
  const sheet = new SheetBuilder("附表");
  sheet.stack(codedBlock({ title: "支出决算表", captions: T3_CAPTIONS, rows: T3_ROWS }), 1);
  sheet.stack(codedBlock({ title: "一般公共预算财政拨款支出决算表", captions: T5_CAPTIONS, rows: T5_ROWS }), 1);
  for (const p of projects.slice(0, 3)) sheet.stack(p, 1, 3);
  const { tables, unrecognized } = recognize(workbook(new SheetBuilder("封面").set(3, 3, "2024年度部门决算"), sheet));

  test("each table ends where the next begins", () => {
    expect(unrecognized).toEqual([]);
    expect(tables.map((t) => t.kind)).toEqual(["expenditure", "gpb-expenditure", "perf-project", "perf-project", "perf-project"]);
    const [t3, t5] = tables as CodedTable[];
    expect(t3.rows).toHaveLength(T3_ROWS.length);
    expect(t5.rows).toHaveLength(T5_ROWS.length);
    expect(t5.total?.cells.total?.cell).toBe(`D${t5.total!.row + 1}`);
    expect(t3.range.startsWith("B1:")).toBe(true);
    const names = (tables.slice(2) as PerfProjectTable[]).map((t) => t.projectName.text);
    expect(names).toEqual(["2022年安全生产奖金", "2023年安全生产奖", "学生体卫艺科劳研学工作经费"]);
  });

  test("project figures carry their own block's addresses", () => {
    const p = tables[3] as PerfProjectTable;
    expect(str(p.totalScore)).toBe("99.47");
    expect(p.totalScore?.sheet).toBe("附表");
    const row = p.indicators.find((i) => i.rate?.text === "105.26%")!;
    expect(str(row.score)).toBe("9.47");
    expect(row.deviation?.text).toMatch(/^年初对提高安全生产意识/);
    expect(p.indicators.length).toBe(7);
    expect(p.range.startsWith(`A${p.funds.total!.row - 3}`)).toBe(false);
  });
});

describe("layout (c): split codes, text amounts, 元, reordered columns, title variants", () => {
  const order = [2, 0, 1, 5, 4, 3];
  const snapshot = workbook(
    new SheetBuilder("支出").place(2, 2, codedBlock({ title: "昌吉州教育局2024年度支出决算表（公开03表）", captions: T3_CAPTIONS, rows: T3_ROWS, split: true, text: true, yuan: true, order, indent: true })),
    new SheetBuilder("三公").place(0, 0, t9Block("一般公共预算财政拨款“三公”经费支出决算表")),
    new SheetBuilder("国资").place(0, 0, fundBlock("国有资本经营预算财政拨款支出决算表")),
    new SheetBuilder("收入").place(0, 0, codedBlock({ title: "财决02表 收入决算表", captions: T2_CAPTIONS, rows: T2_ROWS, split: true })),
  );
  const { tables, unrecognized } = recognize(snapshot);

  test("title variants are recognized", () => {
    expect(unrecognized).toEqual([]);
    expect(tables.map((t) => t.kind)).toEqual(["expenditure", "three-public", "soe-capital", "income"]);
  });

  test("split 类/款/项 codes join; 元 text amounts normalize to 万元 with 6 decimals", () => {
    const t3 = tables[0] as CodedTable;
    expect(t3.unit).toBe("元");
    expect(t3.columns).toEqual(["project", "total", "basic", "subsidiary", "operating", "remitSuperior"]);
    expect(t3.rows.map((r) => r.code)).toEqual(["", "205", "20501", "2050101", "2050102", "212", "21299", "2129999"]);
    const row = t3.rows.find((r) => r.code === "2050101")!;
    expect(row.name).toBe("行政运行");
    expect(row.cells.basic?.text).toBe("11,969,800.00");
    expect(row.cells.basic?.value.toFixed(6)).toBe("1196.980000");
    expect(row.cells.basic?.decimals).toBe(6);
    // code columns C..E, name F, then project G, total H, basic I
    expect(row.cells.basic?.cell).toBe(`I${row.row + 1}`);
    expect(t3.rows[0].level).toBe("total");
  });

  test("split codes with the 类 part only on 类 rows (款 rows inherit it)", () => {
    const t2 = tables[3] as CodedTable;
    expect(t2.rows.map((r) => [r.code, r.level])).toEqual([
      ["", "total"], ["205", "class"], ["20501", "section"], ["2050101", "item"], ["212", "class"],
    ]);
  });
});

describe("perf-project: the seed's 16 project tables stacked in one sheet", () => {
  const { projects } = seedPerfBlocks();
  const sheet = new SheetBuilder("项目自评");
  for (const p of projects) sheet.stack(p, 0, 4);
  const { tables, unrecognized } = recognize(workbook(sheet));
  const byName = (name: string) => (tables as PerfProjectTable[]).find((t) => t.projectName.text.includes(name))!;

  test("all 16 recognized with funds, indicators and 总分", () => {
    expect(unrecognized).toEqual([]);
    expect(tables).toHaveLength(16);
    for (const t of tables as PerfProjectTable[]) {
      expect(t.funds.total?.executed).toBeDefined();
      expect(t.indicators.length).toBeGreaterThan(3);
      expect(t.totalScore).toBeDefined();
      expect(t.problems).toEqual([]);
    }
  });

  test("学生体卫艺科劳研学: stated 99.16% and 9.79", () => {
    const t = byName("学生体卫艺");
    expect(str(t.funds.total?.rate, 4)).toBe("0.9916");
    expect(str(t.funds.total?.score)).toBe("9.79");
    expect(t.funds.total?.score?.cell).toBe(`H${t.funds.total!.row + 1}`);
    expect(str(t.funds.total?.weight)).toBe("10.00");
    expect(str(t.totalScore)).toBe("99.49");
  });

  test("机关运行保障经费: the swapped funding columns are read as written", () => {
    const t = byName("机关运行保障经费");
    expect(str(t.funds.fiscal?.annualBudget)).toBe("0.00");
    expect(str(t.funds.fiscal?.executed)).toBe("367.36");
    expect(str(t.funds.other?.annualBudget)).toBe("367.36");
    expect(t.funds.other?.label).toBe("其他资金");
  });

  test("indicator columns by caption, 一级/二级 carried down", () => {
    const t = byName("2023年安全生产奖");
    const ind = t.indicators;
    expect(ind.map((i) => i.level2)).toEqual(["数量指标", "质量指标", "时效指标", "时效指标", "经济成本指标", "经济成本指标", "社会效益指标"]);
    expect(ind[3].level1).toBe("产出指标");
    expect(ind[4].level1).toBe("成本指标");
    expect(ind[5].target.text).toBe("1000元/天");
    expect(ind[5].actual.text).toBe("1000/天");
    expect(ind[0].rule?.text).toBe("按照完成比例赋分");
    expect(ind[0].basis?.text).toBe("计划标准");
    expect(str(ind[0].weight)).toBe("10.00");
    expect(str(ind[1].rate, 4)).toBe("1.0526");
  });
});

describe("unrecognized and no-table cases", () => {
  test("a titled table without a header is reported with the reason", () => {
    const sheet = new SheetBuilder("S").set(0, 0, "支出决算表").set(1, 0, "本表无数据");
    const { tables, unrecognized } = recognize(workbook(sheet));
    expect(tables).toEqual([]);
    expect(unrecognized).toHaveLength(1);
    expect(unrecognized[0]).toMatchObject({ kind: "expenditure", sheet: "S", cell: "A1" });
    expect(unrecognized[0].reason).toMatch(/未找到表头.* \/ no header row/);
  });

  test("a required column missing is reported", () => {
    const block = codedBlock({ title: "支出决算表", captions: ["本年支出合计", "上缴上级支出"], rows: [{ code: "205", name: "教育支出", values: [1, 0] }] });
    const { unrecognized } = recognize(workbook(new SheetBuilder("S").place(0, 0, block)));
    expect(unrecognized[0].reason).toMatch(/基本支出、项目支出/);
  });

  test("prose naming a table and a workbook without tables give nothing", () => {
    const sheet = new SheetBuilder("说明")
      .set(0, 0, "本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。")
      .set(1, 0, "一、《收入支出决算总表》")
      .set(2, 0, 12345);
    expect(recognize(workbook(sheet))).toMatchObject({ tables: [], unrecognized: [] });
    expect(recognize({ sheets: [] })).toMatchObject({ tables: [], unrecognized: [] });
  });

  test("a cell that is not a number becomes a TableProblem, not a crash", () => {
    const rows = [{ code: "", name: "合计", values: [3, 1, 2] }, { code: "205", name: "教育支出", values: [3, 1, 2] }];
    const sheet = new SheetBuilder("S").place(0, 0, codedBlock({ title: "一般公共预算财政拨款支出决算表", captions: T5_CAPTIONS, rows }));
    sheet.set(5, 3, "abc").set(6, 2, { error: "#REF!" });
    const t5 = recognize(workbook(sheet)).tables[0] as CodedTable;
    expect(t5.problems.map((p) => p.cell)).toEqual(["D6", "C7"]);
    expect(t5.problems[0].message).toMatch(/无法读取为数字.* \/ .*not a number/);
    expect(t5.rows[0].cells.basic).toBeUndefined();
    expect(str(t5.rows[0].cells.project)).toBe("2.00");
  });
});
