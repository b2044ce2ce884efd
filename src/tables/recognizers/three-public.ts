import type { Figure, ThreePublicKey, ThreePublicTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { unrecognized, tableBase } from "../span";
import { readHeader } from "../header";
import { findUnit } from "../unit";
import { FigureReader } from "../figures";
import { isEmptyRow } from "../coded";
import { labelKey } from "../text";
import { cellText } from "../../workbook/grid";

type Side = "budget" | "final";
type Amounts = Partial<Record<ThreePublicKey, Figure>>;

/** The 三公 item a caption or row label names (the deepest header piece decides). */
function itemOf(text: string): ThreePublicKey | null {
  if (text.includes("合计")) return "total";
  if (text.includes("出国")) return "abroad";
  if (text.includes("接待")) return "reception";
  if (text === "小计" || text.includes("购置及运行")) return "vehicleTotal";
  if (text.includes("运行")) return "vehicleOperation";
  if (text.includes("购置")) return "vehiclePurchase";
  return null;
}

function deepestItem(pieces: string[]): ThreePublicKey | null {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const item = itemOf(pieces[i]);
    if (item) return item;
  }
  return null;
}

function sideOf(text: string): Side | null {
  if (text.includes("预算")) return "budget";
  if (text.includes("决算")) return "final";
  return null;
}

const isAnchor = (c: string) => sideOf(c) !== null || itemOf(c) !== null || c === "项目";

/**
 * T9 财政拨款“三公”经费支出决算表. Either the items are columns under 预算数 / 决算数 (the national
 * template, one data row) or rows with 预算数 and 决算数 columns.
 */
export function recognizeThreePublic(span: TableSpan): ThreePublicTable | Unrecognized {
  const { grid, hit } = span;
  const header = readHeader(grid, { from: hit.row + 1, to: span.end, left: span.left, right: span.right, anchor: isAnchor, totalIsCaption: true });
  if (!header) return unrecognized(span, "未找到表头（预算数、决算数）", "no header row (预算数, 决算数) found");
  const unit = findUnit(grid, hit.row, header.top);
  const reader = new FigureReader(grid, unit);
  const budget: Amounts = {};
  const final: Amounts = {};
  const byColumn: { col: number; side: Side; item: ThreePublicKey }[] = [];
  const sideCols: Partial<Record<Side, number>> = {};
  for (const [col, pieces] of header.pieces) {
    const side = sideOf(pieces.join(""));
    // the deepest piece naming an item decides: 预算数/决算数 may be the lowest header row under the items
    const item = deepestItem(pieces);
    if (side && item) byColumn.push({ col, side, item });
    else if (side && sideCols[side] === undefined) sideCols[side] = col;
  }
  let lastRow = header.bottom;
  let cols: number[];
  if (byColumn.length >= 2) {
    let dataRow = header.dataStart;
    while (dataRow <= span.end && isEmptyRow(grid, dataRow)) dataRow++;
    if (dataRow > span.end) return unrecognized(span, "表头下没有数据行", "no data row under the header");
    for (const { col, side, item } of byColumn) {
      const target = side === "budget" ? budget : final;
      if (target[item]) continue;
      const figure = reader.amount(dataRow, col);
      if (figure) target[item] = figure;
    }
    lastRow = dataRow;
    cols = byColumn.map((b) => b.col);
  } else {
    if (sideCols.budget === undefined || sideCols.final === undefined)
      return unrecognized(span, "表头缺少预算数或决算数列", "the header lacks the 预算数 or 决算数 column");
    const labelCol = Math.min(...header.pieces.keys());
    for (let r = header.dataStart; r <= span.end; r++) {
      const item = itemOf(labelKey(cellText(grid.value(r, labelCol))));
      if (!item || budget[item]) continue;
      const b = reader.amount(r, sideCols.budget);
      const f = reader.amount(r, sideCols.final);
      if (b) budget[item] = b;
      if (f) final[item] = f;
      lastRow = r;
    }
    cols = [labelCol, sideCols.budget, sideCols.final];
  }
  if (!final.total && !budget.total) return unrecognized(span, "未找到“合计”数", "no 合计 figure found");
  return {
    ...tableBase(span, "three-public", lastRow, cols, reader),
    budget,
    final,
  };
}
