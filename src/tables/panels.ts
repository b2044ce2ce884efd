import type { Figure } from "./types";
import type { Header } from "./header";
import type { FigureReader } from "./figures";
import type { ColumnSpec } from "./columns";
import type { SheetGrid } from "../workbook/grid";
import { cellText } from "../workbook/grid";
import { isColumnNumberCaption, labelKey } from "./text";

/** One label column with the amount columns to its right (收入 panel, 支出 panel of T1/T4). */
export interface Panel {
  side: "income" | "expense";
  labelCol: number;
  /** key → column; a panel with one amount column uses key "amount". */
  columns: Map<string, number>;
}

export interface PanelLine {
  side: Panel["side"];
  /** as written, trimmed. */
  label: string;
  /** normalized, numbering dropped ("一般公共预算财政拨款收入"). */
  key: string;
  row: number;
  cells: Partial<Record<string, Figure>>;
}

/** Header anchor of a panel table. */
export function isPanelAnchor(caption: string): boolean {
  return caption === "项目" || caption === "收入" || caption === "支出" || (caption.endsWith("项目") && caption.length <= 6);
}

function isLabelCaption(pieces: string[]): boolean {
  const last = pieces[pieces.length - 1];
  return last === "项目" || (last.endsWith("项目") && last.length <= 6) || last.includes("名称");
}

/**
 * Splits the header into panels: each label column (项目) owns the columns up to the next one,
 * except 行次/栏次 and code columns. The panel side comes from a 收入/支出 caption, else from order.
 */
export function findPanels(header: Header, amountSpecs: ColumnSpec[]): Panel[] {
  const cols = [...header.pieces.keys()].sort((a, b) => a - b);
  const labelCols = cols.filter((c) => isLabelCaption(header.pieces.get(c)!));
  const panels: Panel[] = [];
  labelCols.forEach((labelCol, i) => {
    const next = labelCols[i + 1] ?? Infinity;
    const joined = header.pieces.get(labelCol)!.join("");
    const side = joined.includes("收入") ? "income" : joined.includes("支出") ? "expense" : i === 0 ? "income" : "expense";
    const amountCols = cols.filter((c) => {
      if (c <= labelCol || c >= next) return false;
      const pieces = header.pieces.get(c)!;
      const last = pieces[pieces.length - 1];
      return !isColumnNumberCaption(last) && !last.includes("编码");
    });
    const columns = new Map<string, number>();
    if (amountCols.length === 1) columns.set("amount", amountCols[0]);
    else {
      for (const c of amountCols) {
        const pieces = header.pieces.get(c)!;
        const spec = amountSpecs.find((s) => !columns.has(s.key) && s.test(pieces.join(""), pieces));
        if (spec) columns.set(spec.key, c);
      }
      if (columns.size === 0 && amountCols.length) columns.set("amount", amountCols[0]);
    }
    panels.push({ side, labelCol, columns });
  });
  return panels;
}

/** Reads every labelled line of every panel, rows top to bottom. */
export function readPanelLines(grid: SheetGrid, panels: Panel[], from: number, to: number, reader: FigureReader): PanelLine[] {
  const lines: PanelLine[] = [];
  for (let r = from; r <= to; r++) {
    for (const p of panels) {
      const label = cellText(grid.value(r, p.labelCol));
      if (!label) continue;
      const cells: PanelLine["cells"] = {};
      for (const [key, col] of p.columns) {
        const figure = reader.amount(r, col);
        if (figure) cells[key] = figure;
      }
      lines.push({ side: p.side, label, key: labelKey(label), row: r, cells });
    }
  }
  return lines;
}
