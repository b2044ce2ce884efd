/** The sample workbook (examples/changji-education-2024.xlsx) read through the file host. */
import { join } from "path";
import { readXlsxFile } from "../../src/hosts/file";
import { recognize } from "../../src/tables";
import { parseNumber } from "../../src/numbers/parse";
import { parseA1 } from "../../src/workbook/address";
import { SheetGrid } from "../../src/workbook/grid";
import type { PerfOverallTable, PerfProjectTable, Recognition, SummaryTable, ThreePublicTable } from "../../src/tables/types";
import type { WorkbookSnapshot } from "../../src/workbook/types";

import { figures } from "./model-figures";

const SAMPLE = join(__dirname, "../../examples/changji-education-2024.xlsx");

describe("sample workbook", () => {
  let snap: WorkbookSnapshot;
  let result: Recognition;
  beforeAll(async () => {
    snap = await readXlsxFile(SAMPLE);
    result = recognize(snap);
  });
  const one = <T>(kind: string) => result.tables.find((t) => t.kind === kind) as T;

  test("all 9 public tables, the 整体表 and the 16 项目表 are recognized", () => {
    expect(result.unrecognized).toEqual([]);
    const kinds = result.tables.map((t) => t.kind);
    for (const k of ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public", "perf-overall"])
      expect(kinds.filter((x) => x === k)).toHaveLength(1);
    const projects = result.tables.filter((t) => t.kind === "perf-project") as PerfProjectTable[];
    expect(projects).toHaveLength(16);
    expect(new Set(projects.map((p) => p.projectName.text)).size).toBe(16);
    expect(result.tables.every((t) => t.problems.length === 0)).toBe(true);
  });

  test("every figure's address holds the figure's value", () => {
    const grids = new Map(snap.sheets.map((s) => [s.name, new SheetGrid(s)]));
    const all = figures(result.tables);
    expect(all.length).toBeGreaterThan(1000);
    for (const f of all) {
      const { row, col } = parseA1(f.cell);
      const parsed = parseNumber(grids.get(f.sheet)!.value(row, col));
      expect(parsed.ok && parsed.value.eq(f.value)).toBe(true);
    }
  });

  test("key figures of the published document", () => {
    const t1 = one<SummaryTable>("summary");
    expect(t1.lines.incomeTotal?.cells.amount?.value.toFixed(2)).toBe("2912.86");
    expect(t1.lines.expenseTotal?.cells.amount?.value.toFixed(2)).toBe("2902.41");
    expect(t1.lines.incomeGrandTotal?.cells.amount?.value.toFixed(2)).toBe("2970.86");
    expect(t1.classes.find((c) => c.className === "教育支出")).toBeDefined();
    const t9 = one<ThreePublicTable>("three-public");
    expect(t9.final.total?.value.toFixed(2)).toBe("14.58");
    expect(t9.budget.total?.value.toFixed(2)).toBe("15.50");
    const overall = one<PerfOverallTable>("perf-overall");
    expect(overall.funds.total?.executed?.value.toFixed(2)).toBe("2902.41");
    expect(overall.funds.superior?.rate?.value.toFixed(4)).toBe("0.9766");
    const projects = result.tables.filter((t) => t.kind === "perf-project") as PerfProjectTable[];
    const sports = projects.find((p) => p.projectName.text === "学生体卫艺科劳研学工作经费")!;
    expect(sports.funds.total?.score?.value.toFixed(2)).toBe("9.79");
    expect(sports.funds.total?.rate?.value.toFixed(4)).toBe("0.9916");
    const office = projects.find((p) => p.projectName.text.includes("机关运行保障经费"))!;
    expect(office.funds.fiscal?.annualBudget?.value.toFixed(2)).toBe("0.00");
    expect(office.funds.fiscal?.executed?.value.toFixed(2)).toBe("367.36");
    expect(projects.map((p) => p.totalScore?.value.toFixed(2))).toContain("81.17");
  });
});
