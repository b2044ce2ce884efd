import { readNote } from "./empty-note";
import type { CodedRow, CodedTable, TextCell, Unrecognized } from "./types";
import type { TableSpan } from "./span";
import { unrecognized, tableBase } from "./span";
import { readHeader, type Header } from "./header";
import { findUnit } from "./unit";
import { FigureReader } from "./figures";
import { CodeReader, codeLevel, findCodeColumns, type CodeColumns } from "./codes";
import { mapColumns, missingColumns, orderedKeys, type ColumnSpec } from "./columns";
import { isTotalLabel, normalize } from "./text";
import { cellText, type SheetGrid } from "../workbook/grid";

/** Header anchors of a 科目 table: 科目编码 / 科目名称 / 项目 / 类. */
export function isCodedAnchor(caption: string): boolean {
  return caption.includes("科目") || caption.includes("编码") || caption === "项目" || caption === "类";
}

/** The 科目名称 column: captioned 名称, else the column right after the code columns. */
function findNameColumn(header: Header, codes: CodeColumns): number {
  for (const [col, pieces] of header.pieces) if (pieces.some((p) => p.includes("名称"))) return col;
  const codeRight = "single" in codes ? codes.single : Math.max(codes.class, codes.section ?? -1, codes.item ?? -1);
  return codeRight + 1;
}

/** Reads a 科目编码 × columns table (T2, T3, T5, T7, T8) whatever its column order and code layout. */
export function readCodedTable<K extends string>(
  span: TableSpan,
  kind: CodedTable["kind"],
  specs: ColumnSpec<K>[],
  required: K[],
): CodedTable | Unrecognized {
  const { grid, hit } = span;
  const header = readHeader(grid, { from: hit.row + 1, to: span.end, left: span.left, right: span.right, anchor: isCodedAnchor });
  if (!header) return unrecognized(span, "未找到表头（科目编码、科目名称）", "no header row (科目编码, 科目名称) found");
  const codes = findCodeColumns(header);
  if (!codes) return unrecognized(span, "表头缺少科目编码列", "the header has no 科目编码 column");
  const nameCol = findNameColumn(header, codes);
  // split codes may lack the 款 or 项 column (undefined): a NaN column would break the table's range
  const skip = new Set<number>([nameCol, ...Object.values(codes).filter((c): c is number => c !== undefined)]);
  const found = mapColumns(header, specs, skip);
  const missing = missingColumns(found, specs, required);
  if (missing) return unrecognized(span, `表头缺少列：${missing}`, `required column(s) missing: ${missing}`);

  const unit = findUnit(grid, hit.row, header.top);
  const reader = new FigureReader(grid, unit);
  const codeReader = new CodeReader(grid, codes);
  const keys = orderedKeys(found);
  const codeCol = "single" in codes ? codes.single : codes.class;
  const rows: CodedRow[] = [];
  let total: CodedRow | undefined;
  let note: TextCell | undefined;
  let lastRow = header.bottom;
  for (let r = header.dataStart; r <= span.end; r++) {
    if (isEmptyRow(grid, r)) continue;
    const code = codeReader.read(r);
    const codeText = cellText(grid.value(r, codeCol));
    const name = cellText(grid.value(r, nameCol));
    const isTotal = isTotalLabel(codeText) || (code === "" && isTotalLabel(name));
    if (!isTotal && (code === null || code === "")) {
      // notes and captions below the table carry no amounts; a row with amounts but no code is a problem
      if (hasNumbers(grid, r, found)) {
        const line = grid.lineName(r);
        reader.problem(r, codeCol, `${line.zh}有金额但没有可识别的科目编码 / ${line.en} has amounts but no readable 科目编码`);
        lastRow = r;
      } else if (!note || !readNote(note.text).empty) {
        // a text row under the table is its note (an empty-table note, read by meaning, preferred)
        const text = firstText(grid, r, span.left, span.right, reader);
        if (text && (!note || readNote(text.text).empty)) note = text;
      }
      continue;
    }
    const cells: CodedRow["cells"] = {};
    for (const key of keys) {
      const figure = reader.amount(r, found.get(key)!);
      if (figure) cells[key] = figure;
    }
    const line: CodedRow = { code: isTotal ? "" : code!, level: isTotal ? "total" : codeLevel(code!), name: isTotal ? normalize(name || codeText) : name, row: r, cells };
    if (isTotal) total ??= line;
    rows.push(line);
    lastRow = r;
  }
  const cols = [...found.values(), ...skip];
  return {
    ...tableBase(span, kind, lastRow, cols, reader),
    columns: keys,
    rows,
    total,
    note,
  };
}

function firstText(grid: SheetGrid, row: number, left: number, right: number, reader: FigureReader): TextCell | undefined {
  for (let c = left; c <= right; c++) if (cellText(grid.value(row, c))) return reader.textCell(row, c);
  return undefined;
}

export function isEmptyRow(grid: SheetGrid, row: number): boolean {
  for (const v of grid.rowValues(row)) if (v !== null && v !== undefined && v !== "") return false;
  return true;
}

function hasNumbers(grid: SheetGrid, row: number, found: Map<string, number>): boolean {
  for (const col of found.values()) {
    const v = grid.value(row, col);
    if (typeof v === "number") return true;
    if (typeof v === "string" && /\d/.test(v)) return true;
  }
  return false;
}
