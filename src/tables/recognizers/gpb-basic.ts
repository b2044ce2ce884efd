import type { CodedRow, Figure, GpbBasicTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { unrecognized, tableBase } from "../span";
import { readHeader, type Header } from "../header";
import { findUnit } from "../unit";
import { FigureReader } from "../figures";
import { CodeReader, codeLevel, type CodeColumns } from "../codes";
import { isCodedAnchor, isEmptyRow } from "../coded";
import { normalize } from "../text";
import { findRow } from "../find";
import { cellText } from "../../workbook/grid";

/** One 科目编码 | 科目名称 | 决算数 group; T6 repeats it two or three times across the sheet. */
interface EconomicPanel {
  codes: CodeColumns;
  codeCol: number;
  nameCol: number;
  amountCol: number;
}

const PERSONNEL_CLASSES = ["301", "303"];

function findEconomicPanels(header: Header): EconomicPanel[] {
  const cols = [...header.pieces.keys()].sort((a, b) => a - b);
  const lastOf = (c: number) => {
    const p = header.pieces.get(c)!;
    return p[p.length - 1];
  };
  const panels: EconomicPanel[] = [];
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    const last = lastOf(c);
    let codes: CodeColumns;
    let next = i + 1;
    if (last === "类") {
      const section = cols[next] !== undefined && lastOf(cols[next]) === "款" ? cols[next++] : undefined;
      codes = { class: c, section };
    } else if (last.includes("编码") || last.includes("代码")) codes = { single: c };
    else continue;
    const nameIdx = cols.findIndex((x, j) => j >= next && lastOf(x).includes("名称"));
    if (nameIdx < 0) continue;
    const amountCol = cols[nameIdx + 1];
    if (amountCol === undefined) continue;
    panels.push({ codes, codeCol: c, nameCol: cols[nameIdx], amountCol });
    i = nameIdx + 1;
  }
  return panels;
}

/** T6 一般公共预算财政拨款基本支出决算表: 人员经费 (301, 303) and 公用经费 (302, 310, 307, 399) panels. */
export function recognizeGpbBasic(span: TableSpan): GpbBasicTable | Unrecognized {
  const { grid, hit } = span;
  const header = readHeader(grid, { from: hit.row + 1, to: span.end, left: span.left, right: span.right, anchor: isCodedAnchor });
  if (!header) return unrecognized(span, "未找到表头（科目编码、科目名称）", "no header row (科目编码, 科目名称) found");
  const panels = findEconomicPanels(header);
  if (!panels.length) return unrecognized(span, "表头缺少科目编码、科目名称、决算数列", "the header lacks 科目编码 / 科目名称 / amount columns");
  const unit = findUnit(grid, hit.row, header.top);
  const reader = new FigureReader(grid, unit);
  const readers = panels.map((p) => new CodeReader(grid, p.codes));
  const personnel: CodedRow[] = [];
  const publicFunds: CodedRow[] = [];
  let personnelTotal: Figure | undefined;
  let publicTotal: Figure | undefined;
  let lastRow = header.bottom;
  // the row walk of readCodedTable (coded.ts), but over two side-by-side panels (人员经费 | 公用经费) per row
  for (let r = header.dataStart; r <= span.end; r++) {
    if (isEmptyRow(grid, r)) continue;
    panels.forEach((p, i) => {
      const code = readers[i].read(r);
      const label = normalize(cellText(grid.value(r, p.codeCol)) + cellText(grid.value(r, p.nameCol)));
      if (code) {
        const figure = reader.amount(r, p.amountCol);
        const row: CodedRow = { code, level: codeLevel(code), name: cellText(grid.value(r, p.nameCol)), row: r, cells: figure ? { amount: figure } : {} };
        (PERSONNEL_CLASSES.includes(code.slice(0, 3)) ? personnel : publicFunds).push(row);
        lastRow = r;
      } else if (label.startsWith("人员经费")) {
        personnelTotal ??= reader.amount(r, p.amountCol);
        lastRow = r;
      } else if (label.startsWith("公用经费")) {
        publicTotal ??= reader.amount(r, p.amountCol);
        lastRow = r;
      }
    });
  }
  const operatingCost = readOperatingCost(span, header.dataStart, reader);
  const cols = panels.flatMap((p) => [p.codeCol, p.amountCol]);
  return {
    ...tableBase(span, "gpb-basic", lastRow, cols, reader),
    personnel,
    publicFunds,
    personnelTotal,
    publicTotal,
    operatingCost,
  };
}

/** 机关运行经费, when the sheet states it: the first figure right of its caption. */
function readOperatingCost(span: TableSpan, from: number, reader: FigureReader): Figure | undefined {
  const at = findRow(span.grid, from, span.end, (t) => t.startsWith("机关运行经费"));
  if (!at) return undefined;
  const m = span.grid.mergeAt(at.row, at.col);
  for (let c = (m ? m.right : at.col) + 1; c <= span.right; c++) {
    if (cellText(span.grid.value(at.row, c))) return reader.amount(at.row, c);
  }
  return undefined;
}
