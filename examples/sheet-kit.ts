/**
 * Small ExcelJS helpers shared by the sample's table layouts: the heading block every 部门决算
 * export has, amount cells, merges and borders.
 */
import type ExcelJS from "exceljs";
import { Decimal } from "../src/numbers/decimal";
import { formatAmount } from "../src/numbers/format";

export const AMOUNT_FORMAT = "#,##0.00";
export const SCORE_FORMAT = "0.00";

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** 1-based column index → letters. */
export function col(index: number): string {
  let n = index;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function addr(row: number, column: number): string {
  return `${col(column)}${row}`;
}

/** Writes a value in the top-left cell and merges the block (no merge for a single cell). */
export function put(
  ws: ExcelJS.Worksheet,
  row: number,
  column: number,
  value: ExcelJS.CellValue,
  span: { rows?: number; cols?: number } = {},
): ExcelJS.Cell {
  const rows = span.rows ?? 1;
  const cols = span.cols ?? 1;
  const cell = ws.getCell(row, column);
  if (value !== null && value !== undefined && value !== "") cell.value = value;
  if (rows > 1 || cols > 1) ws.mergeCells(row, column, row + rows - 1, column + cols - 1);
  return cell;
}

/** An amount (万元 string) as a number shown "#,##0.00". */
export function putAmount(ws: ExcelJS.Worksheet, row: number, column: number, amount: string): ExcelJS.Cell {
  const cell = ws.getCell(row, column);
  cell.value = toNumber(amount);
  cell.numFmt = AMOUNT_FORMAT;
  return cell;
}

/** A total written as a formula whose cached result is the published figure. */
export function putFormula(ws: ExcelJS.Worksheet, row: number, column: number, formula: string, amount: string): ExcelJS.Cell {
  const cell = ws.getCell(row, column);
  cell.value = { formula, result: toNumber(amount) };
  cell.numFmt = AMOUNT_FORMAT;
  return cell;
}

/** An amount as numeric text the way some exports write it ("1,196.98"). */
export function amountText(amount: string): string {
  return formatAmount(amount);
}

/** Exact decimal string → the JS number Excel stores (2 decimals survive the round trip). */
export function toNumber(text: string): number {
  const n = Number(new Decimal(text).toString());
  if (!Number.isFinite(n)) throw new Error(`not a number: ${text}`);
  return n;
}

/**
 * The heading block: title merged across the table, the table number at the right, then
 * `部门：…` at the left and `金额单位：万元` at the right. Returns the next free row.
 */
export function heading(ws: ExcelJS.Worksheet, title: string, tableNo: string, unitName: string, width: number): number {
  const t = put(ws, 1, 1, title, { cols: width });
  t.font = { bold: true, size: 16 };
  t.alignment = { horizontal: "center", vertical: "middle" };
  ws.getRow(1).height = 28;
  const no = put(ws, 2, width, tableNo);
  no.alignment = { horizontal: "right" };
  put(ws, 3, 1, `部门：${unitName}`, { cols: Math.max(1, Math.floor(width / 2)) });
  const unit = put(ws, 3, width, "金额单位：万元");
  unit.alignment = { horizontal: "right" };
  return 4;
}

/** Header cells: bold, centred, wrapped. */
export function styleHeader(ws: ExcelJS.Worksheet, top: number, bottom: number, width: number): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
}

/** Thin borders on every cell of the block. */
export function box(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = BOX;
}

export function widths(ws: ExcelJS.Worksheet, values: number[]): void {
  values.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** 1 → 一, 12 → 十二, 22 → 二十二: the ordinals of T1/T4 row labels. */
export function cnOrdinal(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ""}`;
}

/** 科目名称 indentation by code length (类 none, 款 two spaces, 项 four), as exports write it. */
export function indentName(code: string, name: string): string {
  const depth = code.length === 5 ? 1 : code.length === 7 ? 2 : 0;
  return `${"  ".repeat(depth)}${name}`;
}
