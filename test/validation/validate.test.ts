import { DEFAULT_SETTINGS } from "../../src/validation/report-model";
import { NO_TABLE_NOTE, runRules, validate } from "../../src/validation/validate";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/types";
import { coded, project, summary } from "../rules/models";

/** A T1 sheet in the seed's layout (labels in A/D, amounts in C/F), with 本年收入合计 as given. */
function t1Workbook(incomeTotal: number): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ["收入支出决算总表", null, null, null, null, null],
    [null, null, "公开01表", null, null, null],
    ["部门：昌吉回族自治州教育局", null, null, null, null, "金额单位：万元"],
    ["收入", null, null, "支出", null, null],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ["一、一般公共预算财政拨款收入", 1, 2349.21, "一、教育支出", 32, 2090.41],
    ["二、政府性基金预算财政拨款收入", 2, 0, "二、城乡社区支出", 33, 799.0],
    ["三、国有资本经营预算财政拨款收入", 3, 0, "三、灾害防治及应急管理支出", 34, 3.0],
    ["四、上级补助收入", 4, 0, "四、其他支出", 35, 10.0],
    ["五、事业收入", 5, 0, null, null, null],
    ["六、经营收入", 6, 0, null, null, null],
    ["七、附属单位上缴收入", 7, 0, null, null, null],
    ["八、其他收入", 8, 563.65, null, null, null],
    ["本年收入合计", 20, incomeTotal, "本年支出合计", 60, 2902.41],
    ["使用非财政拨款结余（含专用结余）", 21, 0, "结余分配", 61, 0],
    ["年初结转和结余", 22, 58, "年末结转和结余", 62, 68.45],
    ["总计", 23, 2970.86, "总计", 63, 2970.86],
  ];
  return { name: "t1.xlsx", sheets: [{ name: "总表", origin: { row: 0, col: 0 }, values: rows, merges: [] }] };
}

test("a workbook without any standard table says so plainly", () => {
  const report = validate({ sheets: [{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [["hello"]], merges: [] }] });
  expect(report.tables).toEqual([]);
  expect(report.findings).toEqual([]);
  expect(report.summary).toEqual({ error: 0, warning: 0, info: 0 });
  expect(report.notes).toContain(NO_TABLE_NOTE);
});

test("validate recognizes T1 and reports a wrong 本年收入合计 on its cell", () => {
  // a T1 alone is an incomplete table set (issue 13: table-set-complete); this test is about T1's own sums
  const good = validate(t1Workbook(2912.86), { disabled: ["table-set-complete"] });
  expect(good.tables.map((t) => t.kind)).toEqual(["summary"]);
  expect(good.summary.error).toBe(0);
  expect(validate(t1Workbook(2912.86)).findings.map((x) => x.rule)).toEqual(["table-set-complete"]);
  const bad = validate(t1Workbook(2921.86));
  const f = bad.findings.find((x) => x.rule === "summary-income-total");
  expect(f).toMatchObject({ severity: "error", sheet: "总表", cell: "C14", expected: "2,912.86", actual: "2,921.86" });
  expect(bad.summary.error).toBe(bad.findings.filter((x) => x.severity === "error" && !x.cause).length);
  expect(validate(t1Workbook(2921.86), { disabled: ["summary-income-total", "summary-grand-total", "table-set-complete"] }).findings).toEqual([]);
});

test("runRules sorts findings by table order, sheet, row and column, and honours disabled rules", () => {
  const t3 = coded("expenditure", [
    ["", "合计", "20.00", "1.00", "1.00"],
    ["205", "教育支出", "9.00", "1.00", "1.00"],
  ]);
  const t1 = summary({ expenseTotal: "20.00" }, [["教育支出", "9.00"]]);
  const p = project({ total: ["95.00", "95.00", "94.20", "10", "99.16%", "9.79"] });
  const findings = runRules([p, t3, t1], DEFAULT_SETTINGS);
  const order = findings.map((f) => `${f.table}|${f.sheet}!${f.cell}|${f.rule}`);
  expect(order).toEqual([
    "summary|T1!B6|summary-expense-total",
    "expenditure|expenditure!C6|coded-hierarchy",
    "expenditure!C6|coded-row-sum".replace(/^/, "expenditure|"),
    "expenditure|expenditure!C7|coded-row-sum",
    "perf-project|项目!H6|perf-exec-score",
  ]);
  const off = runRules([p, t3, t1], { ...DEFAULT_SETTINGS, disabled: ["coded-row-sum"] });
  expect(off.some((f) => f.rule === "coded-row-sum")).toBe(false);
});
