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
import { checkMergedArea } from "./merge-guard";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { InputError } from "./input-error";
import { nodeInflate, streamInflate } from "./inflate";
import { readLimits, type ReadLimits } from "./read-limits";
import { ReadBudget, SheetBuilder } from "./sheet-builder";
import { chineseDate } from "./snapshot";
import { readXlsxFast } from "./xlsx-fast";
import { openZip, type InflateRaw } from "./zip";

type ExcelJS = typeof ExcelJSModule;

function loadExcelJS(): ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("exceljs") as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
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
  /** raw-DEFLATE for the fast reader (Node: nodeInflate(zlib), streaming); default: DecompressionStream. */
  inflateRaw?: InflateRaw;
  /** skip the fast reader (tests compare both paths). */
  excelJsOnly?: boolean;
  /** read limits (read-limits.ts); unset figures keep their defaults. */
  limits?: Partial<ReadLimits>;
}

export async function readXlsx(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const bytes = toBytes(data);
  checkContainer(bytes);
  const limits = readLimits(options.limits);
  const inflate = options.inflateRaw ?? streamInflate();
  if (!options.excelJsOnly && inflate) {
    const fast = await readXlsxFast(bytes, inflate, { limits });
    if (fast) return fast;
  }
  // ExcelJS inflates every part at once and builds every merged cell: first make sure each part stays
  // within its declared size and the limits, and that the merged area does too
  const zip = inflate ? openZip(bytes, inflate, limits) : undefined;
  if (zip) {
    await zip.verifyAll();
    await checkMergedArea(zip, limits);
  }
  return readWithExcelJS(bytes, limits);
}

/**
 * A reason a user can read for a file ExcelJS cannot load: its own messages about the zip or the XML
 * are kept (they name the problem), a JavaScript error from inside the library is not shown.
 */
function excelJsReason(error: unknown): { zh: string; en: string } {
  const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
  // JSZip's own words ("Corrupted zip or bug: …", "End of data reached") said in the user's terms
  if (/corrupted zip|end of data reached|central dir|invalid signature/i.test(detail)) {
    return { zh: "压缩结构损坏或文件不完整，可能在下载或复制时中断，请重新获取原文件", en: "its zip structure is damaged or the file is incomplete, perhaps cut off while downloading or copying; get the original file again" };
  }
  // ExcelJS's parser messages ("Unexpected xml node in parseOpen") describe its internals, not the file
  const internal = error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError || /undefined|null|is not a function|Cannot read|Unexpected xml node|parseOpen/.test(detail);
  if (internal) return { zh: "工作簿结构不是本工具能识别的 .xlsx 格式，请在 Excel 或 WPS 中打开后另存为 .xlsx", en: "its structure is not one this tool can read; open it in Excel or WPS and save it as .xlsx again" };
  return { zh: detail, en: detail };
}

async function readWithExcelJS(bytes: Uint8Array, limits: ReadLimits): Promise<WorkbookSnapshot> {
  const ExcelJS = loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS wants a Buffer-like; a Uint8Array view works in Node and the browser build
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = excelJsReason(error);
    throw new InputError("corrupt", `工作簿已损坏，无法读取（${reason.zh}）`, `the workbook is corrupt and cannot be read (${reason.en})`);
  }
  const budget = new ReadBudget(limits);
  const sheets: SheetSnapshot[] = [];
  try {
    workbook.eachSheet((ws) => {
      budget.sheet();
      sheets.push(readSheet(ExcelJS, ws, budget));
    });
  } catch (error) {
    // ExcelJS computes some values lazily (a shared formula's copies): its failures surface here
    if (error instanceof InputError) throw error;
    const reason = excelJsReason(error);
    throw new InputError("corrupt", `工作簿已损坏，无法读取（${reason.zh}）`, `the workbook is corrupt and cannot be read (${reason.en})`);
  }
  if (sheets.length === 0) throw new InputError("corrupt", "工作簿中没有工作表", "the workbook has no worksheet");
  return { sheets };
}

/** A workbook file's bytes, with the user's reason when it is missing or not a file. */
export async function readWorkbookFile(path: string): Promise<Uint8Array> {
  // fs only here, so that readXlsx stays bundleable for the browser
  const { readFile, stat } = await import("fs/promises");
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError("missing", `不是文件：${path}`, `not a file: ${path}`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("missing", `找不到或无法打开文件：${path}`, `file not found or not readable: ${path}`);
  }
}

/** The snapshot of a file's bytes already read (readWorkbookFile), named after the file. */
export async function readXlsxData(data: Uint8Array, path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const { basename } = await import("path");
  const zlib = await import("zlib");
  const snapshot = await readXlsx(data, { inflateRaw: nodeInflate(zlib), ...options });
  return { ...snapshot, name: basename(path) };
}

export async function readXlsxFile(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readXlsxData(await readWorkbookFile(path), path, options);
}

function readSheet(ExcelJS: ExcelJS, ws: ExcelJSModule.Worksheet, budget: ReadBudget): SheetSnapshot {
  const merges = readMerges(ws);
  budget.addMerges(merges.length);
  const builder = new SheetBuilder(budget);
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // a merged area's value lives in its top-left cell, as Office.js reports it
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { value, formula } = readCell(ExcelJS, cell);
      const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
      if (value === null && formula === null) return;
      if (typeof value === "string") budget.text(value, cell.address);
      if (formula !== null) budget.text(formula, cell.address);
      builder.add(Number(cell.row) - 1, Number(cell.col) - 1, value, formula, format);
    });
  });
  return builder.build(ws.name, ws.state === "hidden" || ws.state === "veryHidden", merges);
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

