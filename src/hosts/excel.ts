/**
 * Excel host over Office.js. Round trips (context.sync) are the cost, so every step queues all its
 * work for every sheet before one sync:
 *   readWorkbook: 1 sheet names · 2 every sheet's used range (cells, shape), merged areas and existing
 *                 marks. Only if that response is too big (Excel on the web: 5 MB) does it fall back
 *                 to shapes first and then cells in row chunks packed under a byte budget.
 *   markFindings: 1 (delete the add-in's known marks + add new ones); 2 more only if a mark vanished
 *                 behind our back (rescan).
 * So validate + mark is 3 syncs for a normal workbook, whatever its number of sheets.
 * Marks are custom-formula conditional formats whose formula carries MARK_TAG: they never touch a
 * value, formula or the user's own formatting, and are recognised again after a reload.
 */
import type { Finding, Severity } from "../rules/shared/types";
import type { CellRange, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { INPUT_FILL, placeSheets, type GeneratedSheet } from "../workbook/generated";
import { parseA1 } from "../workbook/address";
import type { HostAdapter } from "./types";
import { MARK_COLORS, markTargets } from "./marks";
import { charsToPoints, generatedInput, toCellValue, toFormula, toNumberFormat } from "./snapshot";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** bytes one sync's response may carry; Excel on the web rejects more than 5 MB. */
  responseBudgetBytes?: number;
  /** estimated response bytes per cell for values + formulas + numberFormat + valueTypes (JSON). */
  bytesPerCell?: number;
}

export const MARK_TAG = "FA-MARK";
/** Always true, and names its severity; the string literal is what marks the CF as ours. */
export function markFormula(severity: Severity): string {
  return `=ISTEXT("${MARK_TAG}:${severity}")`;
}
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(`"${MARK_TAG}:`);
}

/** One piece of a sheet's used range read in one go: rows [rowOffset, rowOffset + rowCount). */
export interface Chunk {
  sheet: number;
  rowOffset: number;
  rowCount: number;
}

/**
 * Packs every sheet's rows into syncs of at most cellsPerSync cells. A sheet larger than a sync is
 * split by rows; a single row wider than the budget still goes alone (a row cannot be split).
 */
export function planChunks(shapes: { rows: number; cols: number }[], cellsPerSync: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let batch: Chunk[] = [];
  let room = cellsPerSync;
  shapes.forEach((shape, sheet) => {
    let row = 0;
    while (row < shape.rows) {
      let fit = Math.floor(room / shape.cols);
      if (fit < 1 && batch.length === 0) fit = 1;
      if (fit < 1) {
        batches.push(batch);
        batch = [];
        room = cellsPerSync;
        continue;
      }
      const rowCount = Math.min(fit, shape.rows - row);
      batch.push({ sheet, rowOffset: row, rowCount });
      room -= rowCount * shape.cols;
      row += rowCount;
    }
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
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

interface KnownMark {
  sheet: string;
  id: string;
}

function defaultRunner(): ExcelRunner {
  return (batch) => Excel.run(batch);
}

export function createExcelHost(run: ExcelRunner = defaultRunner(), options: ExcelHostOptions = {}): HostAdapter {
  const budget = options.responseBudgetBytes ?? 4_000_000;
  const cellsPerSync = Math.max(1, Math.floor(budget / (options.bytesPerCell ?? 120)));
  /** the add-in's marks as last seen in the document (refreshed by every read and every mark). */
  let known: KnownMark[] | undefined;

  /** Queues loads of every sheet's conditional formats; after sync, our marks among them. */
  function queueMarkScan(sheets: Excel.Worksheet[]): () => KnownMark[] {
    const collections = sheets.map((ws) => {
      const cfs = ws.getRange().conditionalFormats;
      cfs.load("items/id,items/type,items/customOrNullObject/rule/formula");
      return cfs;
    });
    return () =>
      collections.flatMap((cfs, i) =>
        cfs.items
          .filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula))
          .map((cf) => ({ sheet: sheets[i].name, id: cf.id })),
      );
  }

  /** Queues deletion of known marks and addition of new ones; one sync applies both. */
  async function replaceMarks(context: Excel.RequestContext, old: KnownMark[], findings: Finding[]): Promise<KnownMark[]> {
    for (const mark of old) {
      context.workbook.worksheets.getItem(mark.sheet).getRange().conditionalFormats.getItem(mark.id).delete();
    }
    const added = markTargets(findings).map((target) => {
      const cf = context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = markFormula(target.severity);
      cf.custom.format.fill.color = MARK_COLORS[target.severity];
      cf.load("id");
      return { sheet: target.sheet, cf };
    });
    await context.sync();
    return added.map((a) => ({ sheet: a.sheet, id: a.cf.id }));
  }

  async function scanMarks(context: Excel.RequestContext): Promise<KnownMark[]> {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const marks = queueMarkScan(worksheets.items);
    await context.sync();
    return marks();
  }

  async function setMarks(findings: Finding[]): Promise<void> {
    await run(async (context) => {
      if (known) {
        try {
          known = await replaceMarks(context, known, findings);
          return;
        } catch {
          // a mark was removed or its sheet renamed by the user: rescan the document below
        }
      }
      known = await replaceMarks(context, await scanMarks(context), findings);
    });
  }

  interface SheetRead {
    snapshot: SheetSnapshot;
    shape: { row: number; col: number; rows: number; cols: number };
  }

  /**
   * One sync: every sheet's used-range shape, merged areas and existing marks, and with `withData`
   * also its cells (the common case: a whole workbook in one response).
   */
  async function readSheets(context: Excel.RequestContext, sheets: Excel.Worksheet[], withData: boolean): Promise<SheetRead[]> {
    const queued = sheets.map((ws) => {
      const used = ws.getUsedRangeOrNullObject();
      used.load(`rowIndex,columnIndex,rowCount,columnCount${withData ? `,${CELL_PROPS}` : ""}`);
      const merges = ws.getRange().getMergedAreasOrNullObject();
      merges.load("address");
      return { used, merges };
    });
    const marks = queueMarkScan(sheets);
    await context.sync();
    known = marks();
    return sheets.map((ws, i) => {
      const { used, merges } = queued[i];
      const shape = used.isNullObject ? { row: 0, col: 0, rows: 0, cols: 0 } : { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
      const snapshot: SheetSnapshot = {
        name: ws.name,
        origin: { row: shape.row, col: shape.col },
        values: [],
        formulas: [],
        numberFormats: [],
        merges: merges.isNullObject ? [] : parseAreasAddress(merges.address),
        hidden: ws.visibility !== "Visible",
      };
      if (withData && !used.isNullObject) appendCells(snapshot, used);
      return { snapshot, shape };
    });
  }

  return {
    name: "excel",

    async readWorkbook(): Promise<WorkbookSnapshot> {
      return run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name,items/visibility");
        context.workbook.load("name");
        await context.sync();
        const sheets = worksheets.items;
        let read: SheetRead[];
        try {
          read = await readSheets(context, sheets, true);
        } catch (error) {
          if (!isSizeLimit(error)) throw error;
          // too much for one response (Excel on the web: 5 MB): shapes first, then data in chunks
          read = await readSheets(context, sheets, false);
          await readChunks(context, sheets, read, cellsPerSync);
        }
        return { name: context.workbook.name, sheets: read.map((r) => r.snapshot) };
      });
    },

    markFindings: setMarks,

    async clearMarks(): Promise<void> {
      await setMarks([]);
    },

    async select(sheet: string, cell: string): Promise<void> {
      await run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },

    async writeSheets(generated: GeneratedSheet[]): Promise<string[]> {
      return run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const corners = worksheets.items.map((ws) => ws.getRange("A1").load("values"));
        await context.sync();
        const existing = worksheets.items.map((ws, i) => ({ name: ws.name, firstCell: corners[i].values[0][0] }));
        const names = placeSheets(generated, existing).map(({ sheet, name, existing: inPlace }) => {
          // regenerate in place: the same sheet, cleared (contents and formats), then rewritten
          const ws = inPlace ? worksheets.getItem(name) : worksheets.add(name);
          if (inPlace) ws.getRange().clear();
          writeRows(ws, sheet);
          return name;
        });
        await context.sync();
        return names;
      });
    },
  };
}

const CELL_PROPS = "values,formulas,numberFormat,valueTypes";

/** Errors that mean "ask for less at a time". */
function isSizeLimit(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit" || code === "RequestPayloadSizeLimitExceeded";
}

/** Adds a loaded range's rows to a snapshot. */
function appendCells(snap: SheetSnapshot, range: Excel.Range): void {
  range.values.forEach((row, r) => {
    snap.values.push(row.map((v, c) => toCellValue(v, range.valueTypes[r][c] === "Error")));
    snap.formulas!.push(range.formulas[r].map((f, c) => toFormula(f, row[c])));
    snap.numberFormats!.push(range.numberFormat[r].map(toNumberFormat));
  });
}

/** Reads every sheet's cells in row chunks, packed into syncs of at most cellsPerSync cells. */
async function readChunks(context: Excel.RequestContext, sheets: Excel.Worksheet[], read: { snapshot: SheetSnapshot; shape: { row: number; col: number; rows: number; cols: number } }[], cellsPerSync: number): Promise<void> {
  for (const batch of planChunks(read.map((r) => r.shape), cellsPerSync)) {
    const ranges = batch.map((chunk) => {
      const d = read[chunk.sheet].shape;
      const range = sheets[chunk.sheet].getRangeByIndexes(d.row + chunk.rowOffset, d.col, chunk.rowCount, d.cols);
      range.load(CELL_PROPS);
      return { chunk, range };
    });
    await context.sync();
    for (const { chunk, range } of ranges) appendCells(read[chunk.sheet].snapshot, range);
  }
}

/** Queues a generated sheet's cells: one formulas matrix, one numberFormat matrix, then per-cell formats. */
function writeRows(ws: Excel.Worksheet, sheet: GeneratedSheet): void {
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  if (sheet.rows.length > 0 && width > 0) {
    const range = ws.getRangeByIndexes(0, 0, sheet.rows.length, width);
    const pad = <T>(row: T[], fill: T) => [...row, ...Array<T>(width - row.length).fill(fill)];
    range.formulas = sheet.rows.map((row) => pad(row.map((cell) => generatedInput(cell.value, cell.formula)), ""));
    if (sheet.rows.some((row) => row.some((cell) => cell.numberFormat))) {
      range.numberFormat = sheet.rows.map((row) => pad(row.map((cell) => cell.numberFormat ?? "General"), "General"));
    }
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.bold && !cell.input && !cell.wrap) return;
        const format = ws.getCell(r, c).format;
        if (cell.bold) format.font.bold = true;
        if (cell.input) format.fill.color = INPUT_FILL;
        if (cell.wrap) format.wrapText = true;
      }),
    );
  }
  sheet.columnWidths?.forEach((chars, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(chars);
  });
  const freeze = sheet.freeze;
  if (freeze && freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
  else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.columns > 0) ws.freezePanes.freezeColumns(freeze.columns);
}
