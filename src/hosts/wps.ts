/**
 * WPS 表格 (ET) host over the JS加载项 object model (global Application / wps). The model is
 * synchronous and every call crosses a process boundary, so a sheet is read in bulk: UsedRange.Value2
 * and .Formula as 2-D arrays, number formats and merged areas by bisection (only mixed regions are
 * split, so the call count follows the number of format runs and merges, not the number of cells).
 *
 * Marks are fills plus a comment where the cell had none. Before marking, each cell's previous
 * Interior.Color / Pattern and comment state is remembered in a very hidden sheet (MEMORY_SHEET) as
 * JSON, so clearing restores exactly, also after the workbook was saved, closed and reopened.
 * Names follow et-jsapi-declare; some WPS builds expose Count, Value2 or Address as methods: prop().
 */
import type { Finding } from "../rules/shared/types";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { INPUT_FILL_BGR, placeSheets, type GeneratedSheet, type SheetPlacement } from "../workbook/generated";
import { parseA1, rangeA1, toA1 } from "../workbook/address";
import type { HostAdapter } from "./types";
import type { HostCapabilities } from "./excel-requirements";
import { MARK_COLORS, markTargets, noteText, toBgr } from "./marks";
import { CVERR_CODES } from "../workbook/com-errors";
import { generatedInput, isErrorLiteral, toCellValue, toFormula, toNumberFormat } from "./snapshot";

// The ET object model is dynamic (property or method depending on the build), hence `any` here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EtObject = any;

/** Reads a member that some builds expose as a property and others as a method. */
export function prop(obj: EtObject, name: string): EtObject {
  const member = obj[name];
  return typeof member === "function" ? member.call(obj) : member;
}

/** 1-based collection access: Item(i) (Worksheets, Columns) or the collection called directly. */
function item(collection: EtObject, index: number | string): EtObject {
  return typeof collection.Item === "function" ? collection.Item(index) : collection(index);
}

/** The very hidden sheet that remembers what marking changed. Excluded from reads. */
export const MEMORY_SHEET = "FA_MARKS_MEMORY";
const XL_SHEET_VISIBLE = -1;
const XL_SHEET_VERY_HIDDEN = 2;
const XL_NONE = -4142;
/** one memory cell holds at most 32 767 characters. */
const MEMORY_CHUNK = 30_000;

/** VBA's CVErr codes, in case a build returns an error cell's Value2 as a number. */
const ERROR_CODES = CVERR_CODES;

/** What marking a cell changed, so clearing can put it back. */
export interface CellMemory {
  sheet: string;
  cell: string;
  color: number | null;
  pattern: number | null;
  /** true when the add-in added the comment (the cell had none). */
  addedComment: boolean;
}

function asMatrix(raw: EtObject, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(raw)) return [[raw]];
  return (raw as unknown[][]).map((row) => (Array.isArray(row) ? row : [row]));
}

function etValue(raw: unknown): CellValue {
  if (typeof raw === "number" && ERROR_CODES[raw]) return { error: ERROR_CODES[raw] };
  return toCellValue(raw, isErrorLiteral(raw));
}

function parseAddress(address: string): CellRange {
  const [p, q] = address.replace(/\$/g, "").replace(/^.*!/, "").split(":");
  const a = parseA1(p);
  const b = q ? parseA1(q) : a;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const single = (b: CellRange) => b.top === b.bottom && b.left === b.right;
const contains = (outer: CellRange, inner: CellRange) =>
  outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;

/** Splits a box in two: by rows while it has several, then by columns. */
function halves(b: CellRange): [CellRange, CellRange] {
  if (b.bottom > b.top) {
    const mid = Math.floor((b.top + b.bottom) / 2);
    return [{ ...b, bottom: mid }, { ...b, top: mid + 1 }];
  }
  const mid = Math.floor((b.left + b.right) / 2);
  return [{ ...b, right: mid }, { ...b, left: mid + 1 }];
}

/**
 * The ET Application object of the page WPS runs us in: the global `Application` (current builds),
 * else the deprecated `wps.EtApplication()` of older builds. null outside WPS.
 */
export function wpsApplication(scope: object = globalThis): EtObject | null {
  const g = scope as EtObject;
  if (g.Application && g.Application.ActiveWorkbook !== undefined) return g.Application;
  if (g.wps && g.wps.EtApplication) return prop(g.wps, "EtApplication");
  return g.wps ?? null;
}

/** WPS runs the FA functions from 12.1.0.20540 on, where wps.AddCustomFunction exists. */
export function wpsCapabilities(scope: object): HostCapabilities {
  const wps = (scope as { wps?: { AddCustomFunction?: unknown } }).wps;
  const customFunctions = typeof wps?.AddCustomFunction === "function";
  return {
    customFunctions,
    mergedAreas: true,
    web: false,
    unavailable: customFunctions
      ? []
      : [{ zh: "FA 自定义函数需要 WPS 12.1.0.20540 或更高版本；生成说明改用内置公式。", en: "The FA functions need WPS 12.1.0.20540 or later; 生成说明 uses built-in formulas instead." }],
  };
}

export function createWpsHost(app: EtObject = wpsApplication()): HostAdapter {
  if (!app) throw new Error("未检测到 WPS 表格 / WPS Spreadsheets (ET) not found");
  const workbook = () => prop(app, "ActiveWorkbook");
  const sheetsOf = () => prop(workbook(), "Worksheets");
  const rangeOf = (ws: EtObject, b: CellRange) => ws.Range(rangeA1(b.top, b.left, b.bottom, b.right));

  function allSheets(): EtObject[] {
    const sheets = sheetsOf();
    const count = prop(sheets, "Count") as number;
    return Array.from({ length: count }, (_, i) => item(sheets, i + 1));
  }

  function findSheet(name: string): EtObject | undefined {
    return allSheets().find((ws) => prop(ws, "Name") === name);
  }

  /** Number formats of a box: one call when uniform, halves when mixed (NumberFormat is null then). */
  function numberFormats(ws: EtObject, box: CellRange): (string | null)[][] {
    const out = Array.from({ length: box.bottom - box.top + 1 }, () => Array<string | null>(box.right - box.left + 1).fill(null));
    const walk = (b: CellRange) => {
      const format = prop(rangeOf(ws, b), "NumberFormat");
      if (typeof format === "string") {
        for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out[r - box.top][c - box.left] = toNumberFormat(format);
      } else if (!single(b)) halves(b).forEach(walk);
    };
    walk(box);
    return out;
  }

  /** Merged areas within a box: MergeCells is false (none), true (all) or null (mixed). */
  function mergedAreas(ws: EtObject, box: CellRange): CellRange[] {
    const found: CellRange[] = [];
    const walk = (b: CellRange) => {
      if (found.some((area) => contains(area, b))) return;
      const range = rangeOf(ws, b);
      const merged = prop(range, "MergeCells");
      if (merged === false) return;
      if (merged === true) {
        const topLeft = b.top === b.bottom && b.left === b.right ? range : rangeOf(ws, { top: b.top, left: b.left, bottom: b.top, right: b.left });
        const area = parseAddress(prop(prop(topLeft, "MergeArea"), "Address"));
        if (!found.some((a) => contains(a, area))) found.push(area);
        if (contains(area, b)) return;
      }
      if (!single(b)) halves(b).forEach(walk);
    };
    walk(box);
    return found;
  }

  function readSheet(ws: EtObject): SheetSnapshot {
    const name = prop(ws, "Name") as string;
    const visible = prop(ws, "Visible");
    const hidden = !(visible === XL_SHEET_VISIBLE || visible === true);
    const used = prop(ws, "UsedRange");
    const top = (prop(used, "Row") as number) - 1;
    const left = (prop(used, "Column") as number) - 1;
    const rows = prop(prop(used, "Rows"), "Count") as number;
    const cols = prop(prop(used, "Columns"), "Count") as number;
    const values = asMatrix(prop(used, "Value2"), rows, cols);
    if (rows === 1 && cols === 1 && (values[0][0] === undefined || values[0][0] === null || values[0][0] === "")) {
      return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [], hidden };
    }
    const formulas = asMatrix(prop(used, "Formula"), rows, cols);
    const box = { top, left, bottom: top + rows - 1, right: left + cols - 1 };
    return {
      name,
      origin: { row: top, col: left },
      values: values.map((row) => row.map(etValue)),
      formulas: formulas.map((row, r) => row.map((f, c) => toFormula(f, values[r][c]))),
      numberFormats: numberFormats(ws, box),
      merges: mergedAreas(ws, box),
      hidden,
    };
  }

  function loadMemory(): CellMemory[] {
    const ws = findSheet(MEMORY_SHEET);
    if (!ws) return [];
    const used = prop(ws, "UsedRange");
    const rows = prop(prop(used, "Rows"), "Count") as number;
    const text = asMatrix(prop(used, "Value2"), rows, 1).map((row) => String(row[0] ?? "")).join("");
    try {
      const parsed = JSON.parse(text) as { marks?: CellMemory[] };
      return Array.isArray(parsed.marks) ? parsed.marks : [];
    } catch {
      return []; // unreadable memory: nothing we can safely restore
    }
  }

  /** Calls `work` with WPS's delete/overwrite prompts off and the user's active sheet kept active. */
  function quietly<T>(work: () => T): T {
    const alerts = app.DisplayAlerts;
    const active = prop(workbook(), "ActiveSheet");
    app.DisplayAlerts = false;
    try {
      return work();
    } finally {
      app.DisplayAlerts = alerts;
      if (active && prop(active, "Name") !== MEMORY_SHEET) active.Activate();
    }
  }

  function saveMemory(marks: CellMemory[]): void {
    quietly(() => {
      const old = findSheet(MEMORY_SHEET);
      if (old) old.Delete();
      if (marks.length === 0) return;
      const ws = sheetsOf().Add();
      ws.Name = MEMORY_SHEET;
      const json = JSON.stringify({ marks });
      const chunks: string[][] = [];
      for (let i = 0; i < json.length; i += MEMORY_CHUNK) chunks.push([json.slice(i, i + MEMORY_CHUNK)]);
      ws.Range(`A1:A${chunks.length}`).NumberFormat = "@";
      ws.Range(`A1:A${chunks.length}`).Formula = chunks;
      ws.Visible = XL_SHEET_VERY_HIDDEN;
    });
  }

  function restore(marks: CellMemory[]): void {
    for (const mark of marks) {
      const ws = findSheet(mark.sheet);
      if (!ws) continue; // the user deleted the sheet: nothing left to restore
      const cell = ws.Range(mark.cell);
      const interior = prop(cell, "Interior");
      if (mark.pattern === XL_NONE || mark.pattern === null) interior.Pattern = XL_NONE;
      else {
        if (mark.color !== null) interior.Color = mark.color;
        interior.Pattern = mark.pattern;
      }
      if (mark.addedComment) cell.ClearComments();
    }
  }

  function clearMarks(): void {
    restore(loadMemory());
    saveMemory([]);
  }

  return {
    name: "wps",

    capabilities: () => wpsCapabilities(globalThis),

    async readWorkbook(): Promise<WorkbookSnapshot> {
      const sheets = allSheets().filter((ws) => prop(ws, "Name") !== MEMORY_SHEET);
      return { name: prop(workbook(), "Name"), sheets: sheets.map(readSheet) };
    },

    async markFindings(findings: Finding[]): Promise<void> {
      clearMarks();
      const memory: CellMemory[] = [];
      const bySheet = new Map<string, EtObject>();
      for (const target of markTargets(findings)) {
        if (!bySheet.has(target.sheet)) bySheet.set(target.sheet, findSheet(target.sheet));
        const ws = bySheet.get(target.sheet);
        if (!ws) continue;
        const cell = ws.Range(target.cell);
        const interior = prop(cell, "Interior");
        const hadComment = !!prop(cell, "Comment");
        memory.push({ sheet: target.sheet, cell: target.cell, color: prop(interior, "Color") ?? null, pattern: prop(interior, "Pattern") ?? null, addedComment: !hadComment });
        interior.Color = toBgr(MARK_COLORS[target.severity]);
        if (!hadComment) cell.AddComment(noteText(target));
      }
      saveMemory(memory);
    },

    async clearMarks(): Promise<void> {
      clearMarks();
    },

    async select(sheet: string, cell: string): Promise<void> {
      const ws = findSheet(sheet);
      if (!ws) throw new Error(`找不到工作表 / sheet not found: ${sheet}`);
      ws.Activate();
      ws.Range(cell).Select();
    },

    async writeSheets(generated: GeneratedSheet[]): Promise<string[]> {
      const existing = allSheets().map((ws) => ({ name: prop(ws, "Name") as string, firstCell: prop(ws.Range("A1"), "Value2") }));
      return writePlaced(placeSheets(generated, existing));
    },

    async writePlaced(placements: SheetPlacement[]): Promise<string[]> {
      return writePlaced(placements);
    },
  };

  /** Writes sheets at decided places: in place (cleared, unmerged, rewritten) or added. */
  function writePlaced(placements: SheetPlacement[]): string[] {
    return placements.map(({ sheet, name, existing: inPlace }) => {
      let ws: EtObject;
      if (inPlace) {
        // regenerate in place: the same sheet, cleared (contents, formats, merges), then rewritten
        ws = findSheet(name)!;
        const used = prop(ws, "UsedRange");
        if (sheet.merges?.length) used.UnMerge();
        used.Clear();
      } else {
        // after the last sheet, so the tables keep the profile's order (Add() alone inserts before the active sheet)
        const sheets = allSheets();
        ws = sheetsOf().Add(null, sheets[sheets.length - 1]);
        ws.Name = name;
      }
      writeRows(ws, sheet);
      freezeHeader(app, ws, sheet);
      return name;
    });
  }
}

/** One Formula matrix for the contents; formats, bold, fills and widths only where asked. */
function writeRows(ws: EtObject, sheet: GeneratedSheet): void {
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  if (sheet.rows.length > 0 && width > 0) {
    ws.Range(rangeA1(0, 0, sheet.rows.length - 1, width - 1)).Formula = sheet.rows.map((row) =>
      Array.from({ length: width }, (_, c) => (row[c] ? generatedInput(row[c].value, row[c].formula) : "")),
    );
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell.numberFormat && !cell.bold && !cell.input && !cell.wrap) return;
        const range = ws.Range(toA1(r, c));
        if (cell.numberFormat) range.NumberFormat = cell.numberFormat;
        if (cell.bold) prop(range, "Font").Bold = true;
        if (cell.input) prop(range, "Interior").Color = INPUT_FILL_BGR;
        if (cell.wrap) range.WrapText = true;
      }),
    );
  }
  for (const m of sheet.merges ?? []) ws.Range(rangeA1(m.top, m.left, m.bottom, m.right)).Merge();
  sheet.columnWidths?.forEach((chars, c) => {
    item(prop(ws, "Columns"), c + 1).ColumnWidth = chars;
  });
}

/** Frozen header rows/columns: a window setting, so the sheet is activated first. */
function freezeHeader(app: EtObject, ws: EtObject, sheet: GeneratedSheet): void {
  if (!sheet.freeze) return;
  ws.Activate();
  const win = prop(app, "ActiveWindow");
  if (!win) return;
  win.FreezePanes = false;
  win.SplitRow = sheet.freeze.rows;
  win.SplitColumn = sheet.freeze.columns;
  win.FreezePanes = true;
}
