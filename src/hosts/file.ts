/**
 * The file host: reads an .xlsx into a WorkbookSnapshot. `readXlsx` also runs in the browser (task
 * pane preview); only `readXlsxFile` touches the file system. A plain workbook is read by the fast
 * scanner (xlsx-fast.ts, the same snapshot at a fraction of the time); anything else, and every
 * unusable file, by ExcelJS, loaded only then.
 *
 * Cell values: numbers, strings (rich text flattened), booleans, errors as { error }; a formula cell
 * holds its cached result and its formula text goes to formulas[][]. Dates become text "2024年8月16日"
 * (the way the 绩效 tables write them, so a date cell and a typed date read alike; never an Excel serial
 * that would pass for an amount). Values of a merged area stay in its top-left cell only.
 */
import type ExcelJSModule from "exceljs";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { InputError } from "./input-error";
import { chineseDate } from "./snapshot";
import { readXlsxFast } from "./xlsx-fast";
import type { InflateRaw } from "./zip";

type ExcelJS = typeof ExcelJSModule;

function loadExcelJS(): ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("exceljs") as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

/** Raw-DEFLATE through the platform's DecompressionStream, where there is one (browsers). */
function streamInflate(): InflateRaw | undefined {
  const Stream = (globalThis as { DecompressionStream?: new (format: string) => TransformStream<Uint8Array, Uint8Array> }).DecompressionStream;
  if (typeof Stream !== "function" || typeof Response !== "function" || typeof Blob !== "function") return undefined;
  return async (data) => new Uint8Array(await new Response(new Blob([data as BlobPart]).stream().pipeThrough(new Stream("deflate-raw"))).arrayBuffer());
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** An encrypted .xlsx is an OLE container holding an "EncryptionInfo" stream (UTF-16 name). */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = "EncryptionInfo";
  const limit = Math.min(bytes.length, 1 << 20) - name.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let j = 0; j < name.length; j++) {
      if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Rejects what is not an .xlsx before ExcelJS sees it, with the reason a user can act on. */
function checkContainer(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError("empty", "文件为空", "the file is empty");
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasEncryptionInfo(bytes)) throw new InputError("encrypted", "工作簿受密码保护，请先取消密码再检查", "the workbook is password-protected; remove the password first");
    throw new InputError("legacy-xls", "这是旧版 .xls 或其他 OLE 文件，请另存为 .xlsx 后再检查", "this is a legacy .xls or other OLE file; save it as .xlsx first");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new InputError("not-xlsx", "不是 .xlsx 工作簿", "not an .xlsx workbook");
}

export interface ReadOptions {
  /** raw-DEFLATE for the fast reader (Node: zlib.inflateRawSync); default: DecompressionStream. */
  inflateRaw?: InflateRaw;
  /** skip the fast reader (tests compare both paths). */
  excelJsOnly?: boolean;
}

export async function readXlsx(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const bytes = toBytes(data);
  checkContainer(bytes);
  const inflate = options.inflateRaw ?? streamInflate();
  if (!options.excelJsOnly && inflate) {
    const fast = await readXlsxFast(bytes, inflate);
    if (fast) return fast;
  }
  return readWithExcelJS(bytes);
}

async function readWithExcelJS(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const ExcelJS = loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS wants a Buffer-like; a Uint8Array view works in Node and the browser build
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new InputError("corrupt", `工作簿已损坏，无法读取（${detail}）`, `the workbook is corrupt and cannot be read (${detail})`);
  }
  const sheets: SheetSnapshot[] = [];
  workbook.eachSheet((ws) => sheets.push(readSheet(ExcelJS, ws)));
  if (sheets.length === 0) throw new InputError("corrupt", "工作簿中没有工作表", "the workbook has no worksheet");
  return { sheets };
}

export async function readXlsxFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  // fs only here, so that readXlsx stays bundleable for the browser
  const { readFile, stat } = await import("fs/promises");
  const { basename } = await import("path");
  let data: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError("missing", `不是文件：${path}`, `not a file: ${path}`);
    data = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("missing", `找不到或无法打开文件：${path}`, `file not found or not readable: ${path}`);
  }
  const { inflateRawSync } = await import("zlib");
  const snapshot = await readXlsx(data, { inflateRaw: (d) => inflateRawSync(d), ...options });
  return { ...snapshot, name: basename(path) };
}

function readSheet(ExcelJS: ExcelJS, ws: ExcelJSModule.Worksheet): SheetSnapshot {
  const merges = readMerges(ws);
  type Cell = { row: number; col: number; value: CellValue; formula: string | null; format: string | null };
  const cells: Cell[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // a merged area's value lives in its top-left cell, as Office.js reports it
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { value, formula } = readCell(ExcelJS, cell);
      const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
      if (value === null && formula === null) return;
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      cells.push({ row: r, col: c, value, formula, format });
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  if (bottom < 0) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges, hidden };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const c of cells) {
    values[c.row - top][c.col - left] = c.value;
    formulas[c.row - top][c.col - left] = c.formula;
    numberFormats[c.row - top][c.col - left] = c.format;
  }
  return { name: ws.name, origin: { row: top, col: left }, values, formulas, numberFormats, merges, hidden };
}

function readMerges(ws: ExcelJSModule.Worksheet): CellRange[] {
  // ExcelJS keeps merges in a private map of Range objects (top/left/bottom/right, 1-based)
  const raw = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(raw).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

function readCell(ExcelJS: ExcelJS, cell: ExcelJSModule.Cell): { value: CellValue; formula: string | null } {
  const v = cell.value as unknown;
  if (cell.type === ExcelJS.ValueType.Formula || isFormula(v)) {
    const formula = cell.formula ? `=${cell.formula}` : null;
    return { value: plain((v as { result?: unknown }).result), formula };
  }
  return { value: plain(v), formula: null };
}

function isFormula(v: unknown): boolean {
  return typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
}

/** One ExcelJS value as a snapshot value. */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v;
  if (v instanceof Date) return chineseDate(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if (typeof o.error === "string") return { error: o.error };
    if ("formula" in o || "sharedFormula" in o) return plain(o.result);
    if (typeof o.text === "string") return o.text; // hyperlink
    if (typeof o.text === "object") return plain(o.text);
  }
  return String(v);
}

