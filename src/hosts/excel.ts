/**
 * Excel host over Office.js. Round trips (context.sync) are the cost, and the host's documented
 * limits (src/hosts/host-limits.ts) bound what one round trip may carry:
 *   readWorkbook (excel-read.ts): 2 syncs for an ordinary workbook, whatever its number of sheets;
 *                 bands and chunks only when Excel refuses or answers null.
 *   markFindings (excel-marks.ts): 2 syncs (fresh scan for the add-in's own rules, then delete + add).
 * So validate + mark is 4 syncs for an ordinary workbook. Conditional formats are read apart from the
 * cells, so a build where that read throws loses marks, never the validation.
 */
import type { Finding } from "../rules/shared/types";
import { INPUT_FILL, placeSheets, type GeneratedSheet, type SheetPlacement } from "../workbook/generated";
import type { HostAdapter } from "./types";
import { charsToPoints, generatedInput } from "./snapshot";
import { readWorkbook } from "./excel-read";
import { replaceMarks, type MarkNotice } from "./excel-marks";
import { excelCapabilities, officeEnvironment, type ExcelEnvironment, type HostCapabilities } from "./excel-requirements";
import { WEB_PAYLOAD_LIMIT_BYTES } from "./host-limits";

export { MARK_TAG, markFormula, isMarkFormula } from "./excel-marks";
export { parseAreasAddress } from "./excel-read";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** the running Excel (requirement sets, platform); default: Office.context. */
  environment?: ExcelEnvironment | null;
  /** bytes one response may carry; default 5 MB on the web, no limit on the desktop. */
  responseLimitBytes?: number;
  /** response bytes per cell assumed until the first chunk is measured. */
  bytesPerCell?: number;
  /** what marking could not do (a sheet whose conditional formats cannot be read). */
  onNotice?: (notice: MarkNotice) => void;
}

/** An Excel host also says what this Excel can do (custom functions, merged areas). */
export interface ExcelHostAdapter extends HostAdapter {
  capabilities(): HostCapabilities;
}

function defaultRunner(): ExcelRunner {
  return (batch) => Excel.run(batch);
}

/** Without Office (tests, preview) everything is assumed present. */
const EVERYTHING: ExcelEnvironment = { isSetSupported: () => true };

export function createExcelHost(run: ExcelRunner = defaultRunner(), options: ExcelHostOptions = {}): ExcelHostAdapter {
  const environment = options.environment === undefined ? (officeEnvironment() ?? EVERYTHING) : (options.environment ?? EVERYTHING);
  const capabilities = excelCapabilities(environment);
  const responseLimitBytes = options.responseLimitBytes ?? (capabilities.web ? WEB_PAYLOAD_LIMIT_BYTES : Number.POSITIVE_INFINITY);
  /** sheet names of the last read: lets marking scan without asking for them again. */
  let sheetNames: string[] | undefined;

  async function setMarks(findings: Finding[]): Promise<void> {
    await run(async (context) => {
      const { names, notices } = await replaceMarks(context, findings, sheetNames);
      sheetNames = names;
      notices.forEach((n) => options.onNotice?.(n));
    });
  }

  return {
    name: "excel",

    capabilities: () => capabilities,

    async readWorkbook() {
      return run(async (context) => {
        const snapshot = await readWorkbook(context, {
          responseLimitBytes,
          initialBytesPerCell: options.bytesPerCell ?? 120,
          mergedAreas: capabilities.mergedAreas,
        });
        sheetNames = snapshot.sheets.map((s) => s.name);
        return snapshot;
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
        const names = writePlaced(worksheets, placeSheets(generated, existing));
        await context.sync();
        return names;
      });
    },

    async writePlaced(placements: SheetPlacement[]): Promise<string[]> {
      return run(async (context) => {
        const names = writePlaced(context.workbook.worksheets, placements);
        await context.sync();
        return names;
      });
    },
  };
}

/** Queues the writes of sheets at decided places: in place (cleared, unmerged, rewritten) or added. */
function writePlaced(worksheets: Excel.WorksheetCollection, placements: SheetPlacement[]): string[] {
  return placements.map(({ sheet, name, existing: inPlace }) => {
    // regenerate in place: the same sheet, cleared (contents, formats, merges), then rewritten
    const ws = inPlace ? worksheets.getItem(name) : worksheets.add(name);
    if (inPlace) {
      if (sheet.merges?.length) ws.getRange().unmerge();
      ws.getRange().clear();
    }
    writeRows(ws, sheet);
    return name;
  });
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
  for (const m of sheet.merges ?? []) ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  sheet.columnWidths?.forEach((chars, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(chars);
  });
  const freeze = sheet.freeze;
  if (freeze && freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
  else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.columns > 0) ws.freezePanes.freezeColumns(freeze.columns);
}
