import { generateExplanation, importPrevious } from "../../src/explain";
import type { CodedTable, TableModel } from "../../src/tables/types";
import { seedTables } from "./seed-models";

/** The seed's tables without the 项 (and its 类/款 rows if alone) of `code`. */
function without(code: string): TableModel[] {
  return seedTables().map((t) => (t.kind === "gpb-expenditure" ? ({ ...t, rows: (t as CodedTable).rows.filter((r) => r.code !== code) } as TableModel) : t));
}

describe("上年 import (--previous)", () => {
  test("last year's 本年决算数 fills this year's 上年决算数 by 科目编码; the 说明 then states the change", () => {
    const p = importPrevious(seedTables(), seedTables(), { items: {} });
    expect(p.unmatched).toEqual([]);
    expect(p.filled).toContain("教育支出(类)教育管理事务(款)行政运行(项)");
    expect(p.inputs.items["item:2050101"].previous).toBe("1196.98");
    expect(p.inputs.items.overall.previous).toBe("2970.86");
    expect(generateExplanation(seedTables(), p.inputs).text).toContain("行政运行(项):支出决算数为1,196.98万元，比上年决算增加0.00万元，增长0.00%");
  });

  test("a typed 上年决算数 is never overwritten", () => {
    const p = importPrevious(seedTables(), seedTables(), { items: { "item:2050101": { previous: "1145.67", reason: "调资" } } });
    expect(p.inputs.items["item:2050101"]).toEqual({ previous: "1145.67", reason: "调资" });
    expect(p.kept).toEqual(["教育支出(类)教育管理事务(款)行政运行(项)"]);
  });

  test("a 项 gone this year is added with its figure; an item new this year is listed as unmatched", () => {
    const p = importPrevious(without("2299999"), without("2240199"), { items: {} });
    expect(p.added).toEqual(["其他支出(类)其他支出(款)其他支出(项)"]);
    expect(p.inputs.items["item:2299999"]).toEqual({ subject: "其他支出(类)其他支出(款)其他支出(项)", previous: "10.00" });
    expect(p.unmatched).toEqual(["灾害防治及应急管理支出(类)应急管理事务(款)其他应急管理支出(项)"]);
  });
});
