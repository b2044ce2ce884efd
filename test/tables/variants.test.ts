import { recognize } from "../../src/tables";
import type { SummaryTable, ThreePublicTable } from "../../src/tables/types";
import { SheetBuilder, workbook } from "./builders";

describe("layout variants", () => {
  test("三公 written as rows with 预算数 / 决算数 columns (Shanghai style), table number in its own cell", () => {
    const sheet = new SheetBuilder("表7").place(1, 1, {
      rows: [
        ["2024年度财政拨款“三公”经费支出决算表", null, "公开07表"],
        ["单位：元"],
        ["项目", "预算数", "决算数"],
        ["合计", 155000, "145,800.00"],
        ["1、因公出国（境）费", 0, "—"],
        ["2、公务用车购置及运行费", 140000, 139900],
        ["  其中：公务用车购置费", 0, 0],
        ["        公务用车运行费", 140000, 139900],
        ["3、公务接待费", 15000, 5900],
      ],
    });
    const t = recognize(workbook(sheet)).tables[0] as ThreePublicTable;
    expect(t.kind).toBe("three-public");
    expect(t.unit).toBe("元");
    expect(t.final.total?.value.toFixed(2)).toBe("14.58");
    expect(t.final.total?.decimals).toBe(6);
    expect(t.final.abroad?.blank).toBe(true);
    expect(t.final.vehicleOperation?.cell).toBe("D9");
    expect(t.budget.reception?.value.toFixed(2)).toBe("1.50");
    expect(t.range).toBe("B2:D10");
  });

  test("收入支出决算总表 with 收入 above 支出 in one panel", () => {
    const sheet = new SheetBuilder("T1").place(0, 0, {
      rows: [
        ["收入支出决算总表"],
        ["项目", "决算数"],
        ["一般公共预算财政拨款收入", 100],
        ["其他收入", 20],
        ["本年收入合计", 120],
        ["年初结转和结余", 5],
        ["总计", 125],
        ["教育支出", 110],
        ["本年支出合计", 110],
        ["年末结转和结余", 15],
        ["总计", 125],
      ],
    });
    const t = recognize(workbook(sheet)).tables[0] as SummaryTable;
    expect(t.lines.incomeGrandTotal?.cells.amount?.cell).toBe("B7");
    expect(t.lines.expenseGrandTotal?.cells.amount?.cell).toBe("B11");
    expect(t.classes.map((c) => c.className)).toEqual(["教育支出"]);
    expect(t.lines.closingBalance?.cells.amount?.value.toNumber()).toBe(15);
  });
});
