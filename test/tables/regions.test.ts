/** Layout generality: contents and cover sheets, unreadable tables said once, facts from the cover and 部门 line. */
import { buildRegionWorkbook } from "../fixtures/regions/build";
import { recognize } from "../../src/tables";
import { SheetBuilder, ratioBlock, t1Block, workbook, t9Block } from "./builders";
import { guessProfile } from "../../src/profiles/guess";
import { notesEmptyTable, readNote } from "../../src/tables/empty-note";

test("a 目录 sheet that lists every title, and a cover, are skipped silently", () => {
  const contents = new SheetBuilder("目录").set(0, 0, "1.收入支出决算总表").set(1, 0, "2.收入决算表").set(2, 0, "9.财政拨款“三公”经费支出决算表");
  const cover = new SheetBuilder("封面").set(0, 0, "2024年度部门决算").set(1, 0, "部门：示例局").set(2, 0, "单位性质：参照公务员法管理");
  const result = recognize(workbook(cover, contents));
  expect(result.tables).toEqual([]);
  expect(result.unrecognized).toEqual([]);
  expect(result.facts).toMatchObject({ sheets: ["封面", "目录"], year: 2024, unitName: { text: "示例局" }, nature: { value: "参公" } });
});

test("a sheet that looks like a standard table but cannot be read says so once, with the reason", () => {
  const broken = new SheetBuilder("T3").set(0, 0, "支出决算表").set(1, 0, "无表头").set(10, 0, "支出决算表");
  const result = recognize(workbook(broken, new SheetBuilder("T9").place(0, 0, t9Block())));
  expect(result.unrecognized.map((u) => [u.sheet, u.kind])).toEqual([["T3", "expenditure"]]);
  expect(result.unrecognized[0].reason).toMatch(/ \/ /);
});

test("a table's heading year and 公开NN number are read; the guess falls back to the 财政部 template", () => {
  const sheet = new SheetBuilder("T9").place(0, 0, t9Block("2023年度财政拨款“三公”经费支出决算表"));
  sheet.set(1, 5, "公开09表");
  const { tables, facts } = recognize(workbook(sheet));
  expect([tables[0].year, tables[0].number]).toEqual([2023, 9]);
  expect(guessProfile(tables, { ...facts!, unitName: { sheet: "T9", cell: "A2", text: "示例局" } }).profile.id).toBe("mof");
});

test("empty-table notes: meaning, not one word", () => {
  expect(readNote("本单位没有国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出。")).toEqual({ empty: true, funds: ["soe-capital"] });
  expect(notesEmptyTable("本表无数据", "gov-fund", true)).toBe(true);
  expect(notesEmptyTable("本表无数据", "gov-fund", false)).toBe(false);
  expect(notesEmptyTable("政府性基金预算财政拨款收入支出决算表", "gov-fund", true)).toBe(false);
  expect(notesEmptyTable("国有资本经营预算财政拨款收入支出决算表为空表。", "gov-fund", false)).toBe(false);
});

test("a 占比 column beside a table and a 完成率 column are found with their operands", () => {
  const block = ratioBlock();
  const { tables } = recognize(workbook(new SheetBuilder("T5").place(0, 0, block)));
  const ratios = tables[0].ratios ?? [];
  expect(ratios.map((r) => [r.kind, r.stated.cell, r.stated.value.toString(), r.operands.map((o) => o.cell)])).toEqual([
    ["completion", "G6", "1.1", ["D6", "C6"]],
    ["completion", "G7", "1.1", ["D7", "C7"]],
    ["completion", "G8", "1.1", ["D8", "C8"]],
    ["share", "H6", "1", ["D6", "D6"]],
    ["share", "H7", "0.8", ["D7", "D6"]],
    ["share", "H8", "0.2", ["D8", "D6"]],
  ]);
});

test("T1 split across two sheets (收入 half, then 支出 half titled （续）) is one table", () => {
  const full = t1Block();
  const head = full.rows.slice(0, 3);
  const body = full.rows.slice(6);
  const income = { rows: [...head, ["项目", "行次", "金额"], ...body.map((r) => r.slice(0, 3))] };
  const expenseHead = [["收入支出决算总表（续）"], head[1], head[2]];
  const expense = { rows: [...expenseHead, ["项目", "行次", "金额"], ...body.map((r) => r.slice(3, 6))] };
  const { tables, unrecognized } = recognize(workbook(new SheetBuilder("总表收入").place(0, 0, income), new SheetBuilder("总表支出").place(0, 0, expense)));
  expect(unrecognized).toEqual([]);
  expect(tables).toHaveLength(1);
  const t1 = tables[0];
  if (t1.kind !== "summary") throw new Error("not T1");
  expect([t1.lines.incomeTotal?.cells.amount?.sheet, t1.lines.incomeTotal?.cells.amount?.cell]).toEqual(["总表收入", "C13"]);
  expect([t1.lines.expenseTotal?.cells.amount?.sheet, t1.lines.expenseTotal?.cells.amount?.cell]).toEqual(["总表支出", "C13"]);
  expect(t1.lines.expenseGrandTotal?.cells.amount?.value.toString()).toBe("2970.86");
  expect(t1.classes.map((c) => c.className)).toEqual(["一般公共服务支出", "教育支出", "社会保障和就业支出", "城乡社区支出", "灾害防治及应急管理支出", "其他支出"]);
});

describe("三公 layouts from the regions' published forms", () => {
  const t9Of = (region: "mof" | "shanghai" | "xinjiang") => {
    const t = recognize(buildRegionWorkbook(region)).tables.find((x) => x.kind === "three-public");
    if (!t || t.kind !== "three-public") throw new Error("no 三公 table");
    return t;
  };
  const values = (side: Partial<Record<string, { value: { toString(): string }; cell: string }>>) =>
    Object.fromEntries(Object.entries(side).map(([k, f]) => [k, `${f!.cell}=${f!.value.toString()}`]));

  test("items across, 预算数/决算数 as the lowest header row under each item (财政部)", () => {
    const t9 = t9Of("mof");
    expect(values(t9.budget)).toEqual({
      total: "A7=12", abroad: "C7=0", vehicleTotal: "E7=9", vehiclePurchase: "G7=0", vehicleOperation: "I7=9", reception: "K7=3",
    });
    expect(values(t9.final)).toEqual({
      total: "B7=10", abroad: "D7=0", vehicleTotal: "F7=8", vehiclePurchase: "H7=0", vehicleOperation: "J7=8", reception: "L7=2",
    });
  });

  test("items down rows with 预算数 | 决算数 columns and no 公务用车 小计 (上海)", () => {
    const t9 = t9Of("shanghai");
    expect(values(t9.final)).toEqual({ total: "C5=10", abroad: "C6=0", vehiclePurchase: "C7=0", vehicleOperation: "C8=8", reception: "C9=2" });
  });
});
