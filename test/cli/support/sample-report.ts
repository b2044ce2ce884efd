/** A small report and snapshot by hand, with seed figures, for the formatters' own tests. */
import type { FileOutcome } from "../../../src/cli/outcome";
import type { Report } from "../../../src/validation/report-model";
import type { WorkbookSnapshot } from "../../../src/workbook/types";

export const SNAPSHOT: WorkbookSnapshot = {
  name: "sample.xlsx",
  sheets: [
    {
      name: "T5",
      origin: { row: 0, col: 0 },
      // C6 is T5 基本支出 合计 (row 6 → index 5)
      values: [[null], [null], [null], [null], [null], [null, null, 1196.98]],
      merges: [],
    },
    {
      name: "T6 基本",
      origin: { row: 2, col: 1 }, // B3 is values[0][0]
      values: [
        [1082.4, null],
        [114.59, null],
      ],
      merges: [],
    },
    {
      name: "项目表",
      origin: { row: 0, col: 0 },
      values: [
        [null, null, null, null, null, null],
        [null, 120, 120, 118.99, 10, 0.9916, 9.79],
      ],
      numberFormats: [[], [null, null, null, "#,##0.00", null, "0.00%", "0.00"]],
      merges: [],
    },
  ],
};

export const REPORT: Report = {
  tables: [
    { kind: "gpb-expenditure", sheet: "T5", range: "A1:D40", title: "一般公共预算财政拨款支出决算表" },
    { kind: "gpb-basic", sheet: "T6 基本", range: "A1:F30", title: "一般公共预算财政拨款基本支出决算表" },
    { kind: "perf-project", sheet: "项目表", range: "A1:M30", title: "项目支出绩效自评表" },
  ],
  findings: [
    {
      rule: "gpb-basic-vs-t6",
      severity: "info",
      sheet: "T5",
      cell: "C6",
      related: ["'T6 基本'!B3", "'T6 基本'!B4"],
      message: "基本支出与人员经费、公用经费之和有尾差",
      messageEn: "basic expenditure differs from personnel + public funds by a tail difference",
      expected: "1,196.99",
      actual: "1,196.98",
      table: "gpb-expenditure",
    },
    {
      rule: "perf-exec-score",
      severity: "error",
      sheet: "项目表",
      cell: "G2",
      related: ["项目表!D2", "项目表!F2", "项目表!E2"],
      message: "执行率得分应为执行率×分值",
      messageEn: "execution score should be rate × weight",
      expected: "9.92",
      actual: "9.79",
      table: "perf-project",
    },
  ],
  summary: { error: 1, warning: 0, info: 1 },
  unrecognized: [],
  notes: [],
};

export const OUTCOME: FileOutcome = { file: "sample.xlsx", report: REPORT, snapshot: SNAPSHOT };
