/**
 * Reading a workbook through Office.js within the hosts' limits (src/hosts/host-limits.ts).
 *   Ordinary workbook: 2 syncs whatever the number of sheets (names; every used range with its cells
 *   and merged areas). Only when that read is refused (5 MB on the web, more than 512 merged areas or
 *   a too long areas address) or comes back with `values: null` (over 5,000,000 cells) does it read
 *   shapes first, merged areas in bands that cannot pass the areas limits, and cells in row chunks
 *   sized from the measured size of the first chunk, halving on every refusal.
 */
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { parseA1 } from "../workbook/address";
import { MERGED_AREAS_MAX_PER_CALL, RANGE_AREAS_MAX_ADDRESS_CHARS, RANGE_GET_CELL_LIMIT } from "./host-limits";
import { toCellValue, toFormula, toNumberFormat } from "./snapshot";

export const CELL_PROPS = "values,formulas,numberFormat,valueTypes";
/** share of the host's response limit a chunk aims at: the measured size is an estimate. */
const BUDGET_SHARE = 0.8;
/** operations queued in one sync when reading merged areas band by band (keeps the request small). */
const MAX_OPS_PER_SYNC = 2_000;
/** first try bands this many times the size that cannot fail; split by 4 on refusal. */
const OPTIMISTIC_BAND_FACTOR = 64;

export interface ReadOptions {
  /** bytes one response may carry; Infinity where the host has no payload limit (desktop). */
  responseLimitBytes: number;
  /** estimated response bytes per cell before the first chunk is measured. */
  initialBytesPerCell: number;
  /** ExcelApi 1.13 is there: merged areas can be read. */
  mergedAreas: boolean;
}

export interface Shape {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface SheetRead {
  snapshot: SheetSnapshot;
  shape: Shape;
}

const NO_SHAPE: Shape = { row: 0, col: 0, rows: 0, cols: 0 };

/** Errors that mean "ask for less at a time" (a refused read), as opposed to a broken workbook. */
export function isRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "ItemNotFound" && code !== "ApiNotFound" && code !== "AccessDenied";
}

/** The rectangles of a RangeAreas address: "Sheet1!A1:B2, 'My sheet'!D1:D4". */
export function parseAreasAddress(address: string): CellRange[] {
  const areas: CellRange[] = [];
  const ref = /!(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?(?=\s*(?:,|$))/g;
  for (let m = ref.exec(address); m; m = ref.exec(address)) {
    const a = parseA1(m[1].replace(/\$/g, ""));
    const b = m[2] ? parseA1(m[2].replace(/\$/g, "")) : a;
    areas.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return areas;
}

/**
 * Cells of a band whose merged areas can never exceed the areas limits: every merge returned has its
 * top-left cell in the band (office-js #3611), so a band of N cells yields at most N areas, each
 * at most "'sheet'!XFD1048576:XFD1048576, " long.
 */
export function safeBandCells(sheetName: string): number {
  const perArea = sheetName.length + 2 + (sheetName.match(/'/g)?.length ?? 0) + 1 + 21 + 2;
  return Math.max(1, Math.min(MERGED_AREAS_MAX_PER_CALL, Math.floor(RANGE_AREAS_MAX_ADDRESS_CHARS / perArea)));
}

/** Tiles a box into pieces of at most `cells` cells: row bands, and column pieces for rows wider than that. */
export function tile(box: CellRange, cells: number): CellRange[] {
  const width = box.right - box.left + 1;
  const out: CellRange[] = [];
  if (width <= cells) {
    const rows = Math.max(1, Math.floor(cells / width));
    for (let top = box.top; top <= box.bottom; top += rows) out.push({ ...box, top, bottom: Math.min(box.bottom, top + rows - 1) });
    return out;
  }
  for (let r = box.top; r <= box.bottom; r++) {
    for (let left = box.left; left <= box.right; left += cells) out.push({ top: r, bottom: r, left, right: Math.min(box.right, left + cells - 1) });
  }
  return out;
}

const cellCount = (b: CellRange) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const boxOf = (s: Shape): CellRange => ({ top: s.row, left: s.col, bottom: s.row + s.rows - 1, right: s.col + s.cols - 1 });

/** UTF-8 bytes of a loaded response, as the wire carries it (JSON). */
function responseBytes(range: Excel.Range): number {
  return new TextEncoder().encode(JSON.stringify([range.values, range.formulas, range.numberFormat, range.valueTypes])).length;
}

/** Adds a loaded range's rows to a snapshot; an error cell keeps its text (#DIV/0!). */
function appendCells(snap: SheetSnapshot, range: Excel.Range): void {
  range.values.forEach((row, r) => {
    snap.values.push(row.map((v, c) => toCellValue(errorText(v, range.valueTypes[r][c]), range.valueTypes[r][c] === "Error")));
    snap.formulas!.push(range.formulas[r].map((f, c) => toFormula(f, row[c])));
    snap.numberFormats!.push(range.numberFormat[r].map(toNumberFormat));
  });
}

/** An error cell's text, also when a build hands it back as an object ({ basicValue: "#DIV/0!" }). */
function errorText(raw: unknown, type: string): unknown {
  if (type !== "Error" || typeof raw === "string") return raw;
  const basic = (raw as { basicValue?: unknown } | null)?.basicValue;
  return typeof basic === "string" ? basic : "#VALUE!";
}

/** True when Excel answered the cells (false: `values: null` past the cell limit). */
const answered = (range: Excel.Range) => Array.isArray(range.values) && Array.isArray(range.formulas) && Array.isArray(range.numberFormat) && Array.isArray(range.valueTypes);

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  context.workbook.load("name");
  await context.sync();
  const sheets = worksheets.items;
  let read: SheetRead[];
  let needData: number[];
  try {
    ({ read, needData } = await readAtOnce(context, sheets, options));
  } catch (error) {
    if (!isRefusal(error)) throw error;
    read = await readShapes(context, sheets);
    if (options.mergedAreas) await readMergesInBands(context, sheets, read);
    needData = read.map((_, i) => i);
  }
  await readCellsInChunks(context, sheets, read, needData, options);
  return { name: context.workbook.name, sheets: read.map((r) => r.snapshot) };
}

function emptySnapshot(ws: Excel.Worksheet, shape: Shape): SheetSnapshot {
  return { name: ws.name, origin: { row: shape.row, col: shape.col }, values: [], formulas: [], numberFormats: [], merges: [], hidden: ws.visibility !== "Visible" };
}

function shapeOf(used: Excel.Range): Shape {
  return used.isNullObject ? NO_SHAPE : { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

/** One sync: every sheet's used range with its cells and merged areas. Sheets answered with null cells are listed. */
async function readAtOnce(context: Excel.RequestContext, sheets: Excel.Worksheet[], options: ReadOptions) {
  const queued = sheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject();
    used.load(`rowIndex,columnIndex,rowCount,columnCount,${CELL_PROPS}`);
    const merges = options.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
    merges?.load("address");
    return { used, merges };
  });
  await context.sync();
  const needData: number[] = [];
  const read = sheets.map((ws, i) => {
    const { used, merges } = queued[i];
    const shape = shapeOf(used);
    const snapshot = emptySnapshot(ws, shape);
    if (merges && !merges.isNullObject) snapshot.merges = parseAreasAddress(merges.address);
    if (!used.isNullObject) {
      if (answered(used)) appendCells(snapshot, used);
      else needData.push(i); // past the cell limit: never read null as empty, read it in chunks
    }
    return { snapshot, shape };
  });
  return { read, needData };
}

async function readShapes(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<SheetRead[]> {
  const used = sheets.map((ws) => ws.getUsedRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount"));
  await context.sync();
  return sheets.map((ws, i) => {
    const shape = shapeOf(used[i]);
    return { snapshot: emptySnapshot(ws, shape), shape };
  });
}

/** Merged areas band by band: optimistic bands first, split by 4 where a sync is refused, down to bands that cannot fail. */
async function readMergesInBands(context: Excel.RequestContext, sheets: Excel.Worksheet[], read: SheetRead[]): Promise<void> {
  let queue: { sheet: number; box: CellRange }[] = [];
  read.forEach((r, sheet) => {
    if (r.shape.rows === 0) return;
    for (const box of tile(boxOf(r.shape), safeBandCells(sheets[sheet].name) * OPTIMISTIC_BAND_FACTOR)) queue.push({ sheet, box });
  });
  while (queue.length > 0) {
    const batch = queue.slice(0, MAX_OPS_PER_SYNC);
    queue = queue.slice(batch.length);
    const loads = batch.map(({ sheet, box }) => {
      const areas = sheets[sheet].getRangeByIndexes(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1).getMergedAreasOrNullObject();
      areas.load("address");
      return areas;
    });
    try {
      await context.sync();
    } catch (error) {
      const safe = (p: { sheet: number; box: CellRange }) => cellCount(p.box) <= safeBandCells(sheets[p.sheet].name);
      if (!isRefusal(error) || batch.every(safe)) throw error;
      const split = batch.flatMap((p) => (safe(p) ? [p] : tile(p.box, Math.max(safeBandCells(sheets[p.sheet].name), Math.ceil(cellCount(p.box) / 4))).map((box) => ({ sheet: p.sheet, box }))));
      queue = [...split, ...queue];
      continue;
    }
    loads.forEach((areas, i) => {
      if (!areas.isNullObject) read[batch[i].sheet].snapshot.merges.push(...parseAreasAddress(areas.address));
    });
  }
}

/**
 * Cells of the listed sheets in row chunks packed into syncs. The first sync is sized from an
 * estimate; every later one from the measured bytes per cell and the host's limit. A refused sync
 * or a null answer halves the chunk and retries it.
 */
async function readCellsInChunks(context: Excel.RequestContext, sheets: Excel.Worksheet[], read: SheetRead[], sheetIndexes: number[], options: ReadOptions): Promise<void> {
  const cellsFor = (bytesPerCell: number) =>
    Math.max(1, Math.min(RANGE_GET_CELL_LIMIT, Number.isFinite(options.responseLimitBytes) ? Math.floor((options.responseLimitBytes * BUDGET_SHARE) / bytesPerCell) : RANGE_GET_CELL_LIMIT));
  let cellsPerSync = cellsFor(options.initialBytesPerCell);
  let measured = false;
  const todo = sheetIndexes.filter((i) => read[i].shape.rows > 0);
  let cursor = { at: 0, row: 0 };
  while (cursor.at < todo.length) {
    const { chunks, next } = takeRows(todo, read, cursor, cellsPerSync);
    const ranges = chunks.map((chunk) => {
      const s = read[chunk.sheet].shape;
      return sheets[chunk.sheet].getRangeByIndexes(s.row + chunk.rowOffset, s.col, chunk.rowCount, s.cols).load(CELL_PROPS);
    });
    let refused = false;
    try {
      await context.sync();
      refused = !ranges.every(answered);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      refused = true;
    }
    if (refused) {
      const single = chunks.length === 1 && chunks[0].rowCount === 1;
      if (single) throw new Error("Excel 拒绝读取单独一行 / Excel refused to return even a single row");
      cellsPerSync = Math.max(1, Math.floor(cellsPerSync / 2));
      continue;
    }
    if (!measured) {
      const cells = chunks.reduce((n, c) => n + c.rowCount * read[c.sheet].shape.cols, 0);
      const bytes = ranges.reduce((n, r) => n + responseBytes(r), 0);
      cellsPerSync = cellsFor(Math.max(1, bytes / cells));
      measured = true;
    }
    chunks.forEach((chunk, i) => appendCells(read[chunk.sheet].snapshot, ranges[i]));
    cursor = next;
  }
}

interface Chunk {
  sheet: number;
  rowOffset: number;
  rowCount: number;
}

/** The next sync's rows from the cursor on, at most `cells` cells (a row wider than that goes alone). */
function takeRows(todo: number[], read: SheetRead[], cursor: { at: number; row: number }, cells: number) {
  const chunks: Chunk[] = [];
  let room = cells;
  let { at, row } = cursor;
  while (at < todo.length) {
    const shape = read[todo[at]].shape;
    let fit = Math.floor(room / shape.cols);
    if (fit < 1 && chunks.length === 0) fit = 1;
    if (fit < 1) break;
    const rowCount = Math.min(fit, shape.rows - row);
    chunks.push({ sheet: todo[at], rowOffset: row, rowCount });
    room -= rowCount * shape.cols;
    row += rowCount;
    if (row >= shape.rows) {
      at++;
      row = 0;
    }
  }
  return { chunks, next: { at, row } };
}
