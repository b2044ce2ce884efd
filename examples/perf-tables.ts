/**
 * Layout of the 整体支出绩效自评表 and the 16 项目支出绩效自评表, stacked on one sheet with a blank
 * row between tables. Each seed row's cells fill the row's merged regions left to right, so reading
 * the sheet back region by region gives the seed rows exactly. Numbers keep the seed's display:
 * amounts "#,##0.00", scores "0.00", 完成率/执行率 as percent numbers in half of the project tables
 * and as text in the other half (both occur in real workbooks).
 */
import type ExcelJS from "exceljs";
import { parseNumber } from "../src/numbers/parse";
import { formatAmount } from "../src/numbers/format";
import { PERF_TABLES } from "./sample-data";
import type { SeedPerfTable, SeedRow } from "./seed-perf-rows";
import { AMOUNT_FORMAT, SCORE_FORMAT, put, widths, box } from "./sheet-kit";

export const PERF_SHEET = "绩效自评";

/** How a region's text is stored. */
type CellKind = "text" | "amount" | "score" | "number" | "percent";

/** A merged region of a row: first column (1-based), width, and how its value is stored. */
interface Region {
  col: number;
  cols: number;
  kind: CellKind;
}

const r = (col: number, cols = 1, kind: CellKind = "text"): Region => ({ col, cols, kind });

const OVERALL_WIDTH = 8;
const PROJECT_WIDTH = 14;

/** Region plans by row role; each seed row must have exactly as many cells as its plan. */
const OVERALL = {
  banner: [r(1, OVERALL_WIDTH)],
  unit: [r(1), r(2, 7)],
  fundHeader: [r(1), r(2), r(3), r(4), r(5), r(6), r(7), r(8)],
  fund: [r(1), r(2), r(3, 1, "amount"), r(4, 1, "amount"), r(5, 1, "amount"), r(6, 1, "number"), r(7, 1, "percent"), r(8, 1, "score")],
  goals: [r(1), r(2, 4), r(6, 3)],
  indicatorHeader: [r(1), r(2), r(3), r(4), r(5), r(6), r(7), r(8)],
  indicator: [r(1), r(2), r(3), r(4), r(5), r(6, 1, "number"), r(7), r(8, 1, "number")],
};

const PROJECT = {
  banner: [r(1, PROJECT_WIDTH)],
  name: [r(1), r(2, 13)],
  dept: [r(1), r(2, 5), r(7, 2), r(9, 6)],
  fundHeader: [r(1), r(2, 2), r(4), r(5), r(6), r(7), r(8), r(9, 6)],
  fund: [r(1), r(2, 2), r(4, 1, "amount"), r(5, 1, "amount"), r(6, 1, "amount"), r(7, 1, "number"), r(8, 1, "percent"), r(9, 6, "score")],
  goals: [r(1), r(2, 6), r(8, 7)],
  indicatorHeader: Array.from({ length: PROJECT_WIDTH }, (_, i) => r(i + 1)),
  indicator: Array.from({ length: PROJECT_WIDTH }, (_, i) =>
    r(i + 1, 1, i === 4 || i === 8 ? "number" : i === 7 ? "percent" : "text")),
  total: [r(1, 4), r(5, 1, "number"), ...Array.from({ length: 9 }, (_, i) => r(6 + i))],
};

interface PlannedRow {
  cells: SeedRow;
  regions: Region[];
}

interface TablePlan {
  width: number;
  rows: PlannedRow[];
  /** [first, last] offsets of blocks whose first column is merged down (资金, 目标). */
  labelBlocks: [number, number][];
  /** offsets of the indicator rows (merged 一级/二级 columns). */
  indicatorRows: [number, number];
  /** columns holding 一级 and 二级 indicator names. */
  levelColumns: number[];
  /** column A of the indicator rows is merged down too (项目表's 年度绩效指标完成情况). */
  mergeIndicatorLabel: boolean;
}

function expectCaption(row: SeedRow | undefined, index: number, caption: string, table: string): void {
  if (!row || row[index]?.trim() !== caption) {
    throw new Error(`${table}: expected "${caption}" in the seed row, got ${JSON.stringify(row)}`);
  }
}

function planOverall(t: SeedPerfTable): TablePlan {
  const rows = t.rows;
  expectCaption(rows[2], 0, "单位名称", "整体表");
  expectCaption(rows[3], 0, "部门资金（万元）", "整体表");
  expectCaption(rows[8], 0, "年度总体目标", "整体表");
  expectCaption(rows[10], 0, "一级指标", "整体表");
  const plans: Region[][] = [
    OVERALL.banner, OVERALL.banner, OVERALL.unit, OVERALL.fundHeader,
    OVERALL.fund, OVERALL.fund, OVERALL.fund, OVERALL.fund,
    OVERALL.goals, OVERALL.goals, OVERALL.indicatorHeader,
    ...rows.slice(11).map(() => OVERALL.indicator),
  ];
  return {
    width: OVERALL_WIDTH,
    rows: rows.map((cells, i) => ({ cells, regions: plans[i] })),
    labelBlocks: [[3, 7], [8, 9]],
    indicatorRows: [11, rows.length - 1],
    levelColumns: [1, 2],
    mergeIndicatorLabel: false,
  };
}

function planProject(t: SeedPerfTable): TablePlan {
  const rows = t.rows;
  const name = rows[2]?.[1] ?? "?";
  expectCaption(rows[2], 0, "项目名称", name);
  expectCaption(rows[3], 0, "主管部门", name);
  expectCaption(rows[4], 0, "项目资金（万元）", name);
  expectCaption(rows[8], 0, "年度总体目标", name);
  expectCaption(rows[10], 1, "一级指标", name);
  expectCaption(rows[rows.length - 1], 0, "总分", name);
  const plans: Region[][] = [
    PROJECT.banner, PROJECT.banner, PROJECT.name, PROJECT.dept, PROJECT.fundHeader,
    PROJECT.fund, PROJECT.fund, PROJECT.fund, PROJECT.goals, PROJECT.goals, PROJECT.indicatorHeader,
    ...rows.slice(11, -1).map(() => PROJECT.indicator),
    PROJECT.total,
  ];
  return {
    width: PROJECT_WIDTH,
    rows: rows.map((cells, i) => ({ cells, regions: plans[i] })),
    labelBlocks: [[4, 7], [8, 9]],
    indicatorRows: [11, rows.length - 2],
    levelColumns: [2, 3],
    mergeIndicatorLabel: true,
  };
}

/** Writes one seed cell into its region, as a number when the display can be kept exactly. */
function writeRegion(ws: ExcelJS.Worksheet, row: number, region: Region, text: string, numericPercent: boolean): void {
  const cell = put(ws, row, region.col, null, { cols: region.cols });
  cell.alignment = { wrapText: true, vertical: "middle" };
  if (text === "") return;
  const kind = region.kind === "percent" && !numericPercent ? "text" : region.kind;
  const parsed = kind === "text" ? null : parseNumber(text);
  if (!parsed || !parsed.ok || parsed.blank || parsed.unit !== "" || parsed.percent !== (kind === "percent")) {
    cell.value = text;
    return;
  }
  const decimals = parsed.decimals ?? 0;
  const value = Number(parsed.value.toString());
  const format =
    kind === "amount" ? AMOUNT_FORMAT
    : kind === "score" ? SCORE_FORMAT
    : kind === "percent" ? (decimals === 0 ? "0%" : `0.${"0".repeat(decimals)}%`)
    : undefined;
  // keep only numbers whose display reproduces the published text; anything else stays text
  const shown =
    kind === "amount" ? formatAmount(parsed.value)
    : kind === "score" ? formatAmount(parsed.value, { thousands: false })
    : kind === "percent" ? `${formatAmount(parsed.value.times(100), { decimals, thousands: false })}%`
    : String(value);
  if (shown !== text) {
    cell.value = text;
    return;
  }
  cell.value = value;
  if (format) cell.numFmt = format;
}

/** Merges a column down over blank cells below a filled one, within [first, last]. */
function mergeDown(ws: ExcelJS.Worksheet, column: number, first: number, last: number, blank: (row: number) => boolean): void {
  let start = first;
  while (start <= last) {
    let end = start;
    while (end + 1 <= last && blank(end + 1)) end++;
    if (end > start && !blank(start)) ws.mergeCells(start, column, end, column);
    start = end + 1;
  }
}

/** Writes one table from `top`; returns the row after it. */
function writeTable(ws: ExcelJS.Worksheet, plan: TablePlan, top: number, numericPercent: boolean, label: string): number {
  plan.rows.forEach(({ cells, regions }, i) => {
    if (!regions || regions.length !== cells.length) {
      throw new Error(`${label} row ${i + 1}: ${cells.length} cells for ${regions?.length ?? 0} regions`);
    }
    regions.forEach((region, k) => writeRegion(ws, top + i, region, cells[k], numericPercent));
  });
  const [bannerTitle, bannerYear] = [ws.getCell(top, 1), ws.getCell(top + 1, 1)];
  bannerTitle.font = { bold: true, size: 14 };
  bannerTitle.alignment = bannerYear.alignment = { horizontal: "center", vertical: "middle" };
  for (const [a, b] of plan.labelBlocks) ws.mergeCells(top + a, 1, top + b, 1);
  const [first, last] = plan.indicatorRows;
  const cellText = (offset: number, column: number) => plan.rows[offset].cells[column - 1] ?? "";
  if (plan.mergeIndicatorLabel && last > first) ws.mergeCells(top + first, 1, top + last, 1);
  const [level1, level2] = plan.levelColumns;
  mergeDown(ws, level1, top + first, top + last, (row) => cellText(row - top, level1) === "");
  // a 二级 run ends where a new 一级 group starts
  mergeDown(ws, level2, top + first, top + last,
    (row) => cellText(row - top, level2) === "" && cellText(row - top, level1) === "");
  box(ws, top + 2, 1, top + plan.rows.length - 1, plan.width);
  return top + plan.rows.length;
}

/** The 绩效自评 sheet: 整体表 then the 16 项目表, one blank row between tables. */
export function addPerformance(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(PERF_SHEET);
  widths(ws, [16, 14, 14, 22, 12, 16, 16, 12, 12, 12, 12, 16, 14, 30]);
  let row = 1;
  let project = 0;
  for (const table of PERF_TABLES) {
    if (table.kind === "perf-overall") {
      row = writeTable(ws, planOverall(table), row, true, "整体表") + 1;
    } else {
      // even-numbered projects (1st, 3rd, …) store rates as percent numbers, the others as text
      row = writeTable(ws, planProject(table), row, project % 2 === 0, table.rows[2]?.[1] ?? "项目表") + 1;
      project++;
    }
  }
}
