/**
 * The fast .xlsx reader: scans each part's XML once (xml-scan.ts) for the common subset of .xlsx and
 * gives exactly the snapshot the ExcelJS path gives (file.ts; the differential fuzz test compares both).
 * What it does not reproduce exactly — hyperlinks, rich inline text, overlapping merges, odd shared
 * formulas or shared strings — makes it decline (return undefined), and the caller reads the file with
 * ExcelJS. Real anomalies are input errors: a part cut short, a read limit passed (read-limits.ts).
 * Programming errors are not caught: they surface. It also reads what ExcelJS cannot: namespace-prefixed
 * parts (`x:c`), cells without `r`.
 * ExcelJS semantics copied here (lib/xlsx/xform/sheet/cell-xform.js, utils.isDateFmt/excelToDate).
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { openZip, type InflateRaw, type ZipEntries } from "./zip";
import { chineseDate } from "./snapshot";
import { readLimits, truncated, type ReadLimits } from "./read-limits";
import { ReadBudget, SheetBuilder } from "./sheet-builder";
import { attributes, cellAttributes as scanCellAttributes, nextTag, TagKind, textContent, Truncated, Unsupported, type CellAttributes, type Tag } from "./xml-scan";

const scanNextTag = nextTag;
const scanTextContent = textContent;
// ExcelJS's built-in number formats by id (plain data, safe in the browser bundle)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILTIN_FORMATS = require("exceljs/lib/xlsx/defaultnumformats") as Record<number, { f: string }>;
// ExcelJS's shared-formula translation (pure code), so that copies read exactly as ExcelJS gives them
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require("exceljs/lib/utils/shared-formula") as { slideFormula: (formula: string, from: string, to: string) => string };

// module-level copies: an imported binding is read through a getter on every use in the CommonJS
// output tsx runs, and these are read several times per cell
const OPEN = TagKind.Open;
const CLOSE = TagKind.Close;
const EMPTY = TagKind.Empty;

/** ExcelJS's second decoding of "str" cell text (utils.xmlDecode). */
function xmlDecodeAgain(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&([a-z]*);/g, (c) => (c === "&lt;" ? "<" : c === "&gt;" ? ">" : c === "&amp;" ? "&" : c === "&apos;" ? "'" : c === "&quot;" ? '"' : c));
}

/** _xHHHH_ escapes of shared-string text (ExcelJS TextXform). */
function unescapeText(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A tag that must be there: the end of the text inside markup is a cut. */
function need(tag: Tag | null): Tag {
  if (!tag) throw new Truncated();
  return tag;
}

function newTag(): Tag {
  return { kind: OPEN, name: "", start: 0, attrs: 0, end: 0 };
}

/** The element starting with `open` skipped: index after its end tag. */
function skipElement(xml: string, open: Tag): number {
  if (open.kind !== OPEN) return open.end;
  const t = newTag();
  let depth = 1;
  let p = open.end;
  for (;;) {
    if (!nextTag(xml, p, t)) throw new Truncated();
    p = t.end;
    if (t.kind === OPEN) depth++;
    else if (t.kind === CLOSE && --depth === 0) return p;
  }
}

/** Every element named `name` (any depth), with its attributes. */
function elements(xml: string, name: string): { tag: Tag; attrs: Map<string, string> }[] {
  const out: { tag: Tag; attrs: Map<string, string> }[] = [];
  let p = 0;
  for (let t = nextTag(xml, p, newTag()); t; t = nextTag(xml, p, newTag())) {
    p = t.end;
    if (t.kind !== CLOSE && t.name === name) out.push({ tag: t, attrs: attributes(xml, t) });
  }
  return out;
}

/**
 * The shared-string table, each string decoded on first use (a 决算 workbook references a fraction
 * of its strings from the sheets that matter; most are read once).
 */
class SharedStrings {
  private readonly starts: number[] = [];
  private readonly cache: (string | undefined)[] = [];

  constructor(
    private readonly xml: string,
    private readonly budget: ReadBudget,
  ) {
    const t = newTag();
    let p = 0;
    while (nextTag(xml, p, t)) {
      p = t.end;
      if (t.name !== "si" || t.kind === CLOSE) continue;
      if (t.kind === EMPTY) this.starts.push(-1); // <si/>: ExcelJS gives an object
      else {
        this.starts.push(t.end);
        p = skipElement(xml, t);
      }
    }
  }

  get size(): number {
    return this.starts.length;
  }

  get(i: number): string {
    let s = this.cache[i];
    if (s === undefined) {
      s = this.decodeAt(this.starts[i]);
      this.budget.text(s, "sharedStrings");
      this.cache[i] = s;
    }
    return s;
  }

  /** One <si>: its <t> text, or its runs' texts each unescaped then joined; phonetic runs left out. */
  private decodeAt(from: number): string {
    if (from < 0) throw new Unsupported();
    const xml = this.xml;
    const t = newTag();
    let p = from;
    let bare: string | undefined;
    let runs: string | undefined;
    for (;;) {
      if (!nextTag(xml, p, t)) throw new Truncated();
      if (t.kind === CLOSE && t.name === "si") break;
      if (t.name === "rPh" || t.name === "phoneticPr" || t.name === "rPr") {
        p = skipElement(xml, t);
        continue;
      }
      if (t.name === "t" && t.kind !== CLOSE) {
        let text = "";
        if (t.kind === OPEN) {
          const c = textContent(xml, t.end);
          text = c.text;
          p = c.end;
        } else p = t.end;
        if (runs !== undefined) runs += unescapeText(text);
        else bare = (bare ?? "") + text;
        continue;
      }
      if (t.name === "r" && t.kind === OPEN) runs ??= "";
      else if (t.name !== "r") throw new Unsupported();
      p = t.end;
    }
    // no text at all, or runs mixed with a bare <t>, read oddly in ExcelJS: leave such strings to it
    if (runs !== undefined) {
      if (bare !== undefined) throw new Unsupported();
      return runs;
    }
    if (bare === undefined) throw new Unsupported();
    return unescapeText(bare);
  }
}

interface Styles {
  /** number format per cellXfs index (undefined: none). */
  formats: (string | undefined)[];
  /** per cellXfs index: is it a date format (memoized). */
  dates: boolean[];
}

function readStyles(xml: string | undefined): Styles {
  const formats: (string | undefined)[] = [];
  if (xml === undefined) return { formats, dates: [] };
  const custom = new Map<number, string>();
  for (const { attrs } of elements(xml, "numFmt")) {
    const id = attrs.get("numFmtId");
    const code = attrs.get("formatCode");
    if (id !== undefined && code !== undefined) custom.set(parseInt(id, 10), code);
  }
  const t = newTag();
  let p = 0;
  let inXfs = false;
  while (nextTag(xml, p, t)) {
    p = t.end;
    if (t.name === "cellXfs") {
      if (t.kind !== OPEN) inXfs = false;
      else inXfs = true;
      continue;
    }
    if (inXfs && t.name === "xf" && t.kind !== CLOSE) {
      const id = parseInt(attributes(xml, t).get("numFmtId") ?? "", 10);
      formats.push(id ? (custom.get(id) ?? BUILTIN_FORMATS[id]?.f) : undefined);
    }
  }
  return { formats, dates: formats.map(isDateFormat) };
}

/** utils.isDateFmt of ExcelJS. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * A value in a date-formatted cell as the snapshot's date text (utils.excelToDate of ExcelJS, then the
 * text file.ts writes). Only a serial that is a date becomes one: a text, boolean or error result, or a
 * number no date can hold, stays what it is (ExcelJS turns those into an Invalid Date or a day of 1899).
 */
function dateText(v: CellValue, date1904: boolean): CellValue {
  if (typeof v !== "number") return v;
  const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(d.getTime()) ? v : chineseDate(d);
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** "AB12" → 0-based row and column (within Excel's grid); anything else declines. */
function address(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  const n = ref.length;
  for (; i < n && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  // digits only, no leading zero, at most 7 of them (a row number as Excel writes it)
  let row = 0;
  const digits = n - i;
  if (digits < 1 || digits > 7 || ref.charCodeAt(i) === 48) throw new Unsupported();
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new Unsupported();
    row = row * 10 + c;
  }
  if (col === 0 || col > MAX_COL || row > MAX_ROW) throw new Unsupported();
  return { row: row - 1, col: col - 1 };
}

/** Merged ranges, with an index that answers "is this cell covered (not its top-left)?" quickly. */
class Merges {
  readonly list: CellRange[] = [];
  private readonly byRow = new Map<number, CellRange[]>();
  /** merges taller than this are checked one by one (a merge reaching row 1048576 indexes nothing). */
  private static readonly INDEXED_HEIGHT = 256;
  private readonly tall: CellRange[] = [];

  add(range: CellRange): void {
    this.list.push(range);
    if (range.bottom - range.top >= Merges.INDEXED_HEIGHT) this.tall.push(range);
    else
      for (let r = range.top; r <= range.bottom; r++) {
        const l = this.byRow.get(r);
        if (l) l.push(range);
        else this.byRow.set(r, [range]);
      }
  }

  at(r: number, c: number): CellRange | undefined {
    const l = this.byRow.get(r);
    if (l) for (const m of l) if (c >= m.left && c <= m.right) return m;
    for (const m of this.tall) if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right) return m;
    return undefined;
  }

  /** does `m` share a cell with a merge already added? (row by row through the index: no n² scan) */
  overlaps(m: CellRange): boolean {
    const meets = (o: CellRange) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right;
    if (this.tall.some(meets)) return true;
    if (m.bottom - m.top >= Merges.INDEXED_HEIGHT) return this.list.some(meets);
    for (let r = m.top; r <= m.bottom; r++) {
      const l = this.byRow.get(r);
      if (l && l.some(meets)) return true;
    }
    return false;
  }

  covered(r: number, c: number): boolean {
    const m = this.list.length ? this.at(r, c) : undefined;
    return m !== undefined && (r !== m.top || c !== m.left);
  }
}

function readMerges(xml: string, from: number, budget: ReadBudget): Merges {
  const merges = new Merges();
  const t = newTag();
  let p = from;
  while (nextTag(xml, p, t)) {
    p = t.end;
    // hyperlink cells are objects in ExcelJS: leave those sheets to it
    if (t.name === "hyperlink") throw new Unsupported();
    if (t.name !== "mergeCell" || t.kind === CLOSE) continue;
    budget.addMerges(1);
    const parts = (attributes(xml, t).get("ref") ?? "").split(":");
    if (parts.length !== 2) throw new Unsupported();
    const a = address(parts[0]);
    const b = address(parts[1]);
    const range = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
    // ExcelJS refuses overlapping merges (a corrupt file): let it say so
    if (merges.overlaps(range)) throw new Unsupported();
    merges.add(range);
  }
  return merges;
}

interface Shared {
  strings: SharedStrings;
  styles: Styles;
  date1904: boolean;
  budget: ReadBudget;
}

function toA1(row: number, col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

function readSheet(name: string, hidden: boolean, xml: string, shared: Shared): SheetSnapshot {
  const t = newTag();
  // the root, then everything before sheetData skipped element by element
  let p = 0;
  let dataAt = -1;
  const root = need(nextTag(xml, 0, t));
  if (root.name !== "worksheet" || root.kind !== OPEN) throw new Unsupported();
  p = root.end;
  while (nextTag(xml, p, t)) {
    if (t.name === "sheetData") {
      dataAt = t.kind === OPEN ? t.end : -1;
      p = t.end;
      break;
    }
    if (t.kind === CLOSE) break;
    p = skipElement(xml, t);
  }
  // merges follow sheetData but are needed while reading cells: find its end tag from the back
  let after = p;
  if (dataAt >= 0) {
    const close = xml.lastIndexOf("sheetData>");
    const lt = close < 0 ? -1 : xml.lastIndexOf("<", close);
    if (lt < dataAt || xml.charCodeAt(lt + 1) !== 47) throw new Truncated();
    after = close;
  }
  const merges = readMerges(xml, after, shared.budget);
  const builder = new SheetBuilder(shared.budget);
  if (dataAt >= 0) readCells(xml, dataAt, shared, merges, builder);
  return builder.build(name, hidden, merges.list);
}

/** The cells of sheetData (starting after its start tag), through the builder. */
function readCells(xml: string, from: number, shared: Shared, merges: Merges, builder: SheetBuilder): void {
  // local bindings of the scanner's functions (see OPEN above)
  const nextTag = scanNextTag;
  const textContent = scanTextContent;
  const cellAttributes = scanCellAttributes;
  const tag = newTag();
  // shared formulas: the master cell of each si (address and formula), as ExcelJS records them
  const masters = new Map<string, { ref: string; formula: string | undefined }>();
  const { strings, styles, date1904, budget } = shared;
  let p = from;
  let rowIndex = -1;
  let colIndex = -1;
  const cellAttrs: CellAttributes = { r: undefined, t: undefined, s: undefined };
  for (;;) {
    const t = need(nextTag(xml, p, tag));
    p = t.end;
    if (t.name === "sheetData" && t.kind === CLOSE) return;
    if (t.name === "row") {
      if (t.kind === CLOSE) continue;
      const r = attributes(xml, t).get("r");
      // a row without r follows the previous one (ExcelJS cannot read those)
      rowIndex = r === undefined ? rowIndex + 1 : address(`A${r}`).row;
      colIndex = -1;
      continue;
    }
    if (t.name !== "c" || t.kind === CLOSE) throw new Unsupported();
    const attrs = cellAttributes(xml, t, cellAttrs);
    const ref = attrs.r;
    let at: { row: number; col: number };
    if (ref === undefined) {
      if (rowIndex < 0 || colIndex + 1 >= MAX_COL) throw new Unsupported();
      at = { row: rowIndex, col: colIndex + 1 };
    } else {
      at = address(ref);
      // ExcelJS places a cell in the row that holds it, whatever its own address says: a cell whose
      // address disagrees with its row (a damaged file) is left to it
      if (at.row !== rowIndex) throw new Unsupported();
    }
    colIndex = at.col;
    if (t.kind === EMPTY) continue; // an empty cell
    const cellRef = ref ?? toA1(at.row, at.col);
    const type = attrs.t;
    const s = attrs.s;
    const styleId = s === undefined ? 0 : Number(s);
    if (!Number.isInteger(styleId) || styleId < 0) throw new Unsupported();
    const format = styleId ? styles.formats[styleId] : undefined;
    const isDate = styleId ? styles.dates[styleId] === true : false;
    let raw: string | undefined;
    let formula: string | undefined;
    let shareType: string | undefined;
    let inline: string | undefined;
    // the cell's children: <f>, <v>, <is>; anything else declines
    for (;;) {
      const u = need(nextTag(xml, p, tag));
      p = u.end;
      if (u.kind === CLOSE) {
        if (u.name === "c") break;
        throw new Unsupported();
      }
      if (u.name === "f") {
        const fa = attributes(xml, u);
        shareType = fa.get("t");
        if (u.kind === OPEN) {
          const c = textContent(xml, u.end);
          formula = c.text || undefined;
          p = c.end;
        }
        if (shareType === "shared") {
          const si = fa.get("si") ?? "";
          if (fa.get("ref")) masters.set(si, { ref: cellRef, formula });
          else if (formula === undefined) {
            // a copy: the master's formula slid to this cell (no master yet: no formula, as in ExcelJS)
            const master = masters.get(si);
            if (master) {
              // (a master hidden under a merge makes ExcelJS fail; its formula is in the file all the same)
              if (master.formula === undefined) throw new Unsupported();
              formula = slideFormula(master.formula, master.ref, cellRef);
            }
          }
        } else if (shareType !== undefined && shareType !== "normal") throw new Unsupported(); // array, dataTable
      } else if (u.name === "v") {
        if (raw !== undefined) throw new Unsupported();
        if (u.kind === OPEN) {
          const c = textContent(xml, u.end);
          raw = c.text || undefined;
          p = c.end;
        }
      } else if (u.name === "is" && u.kind === OPEN) {
        inline = readInline(xml, u, (end) => (p = end));
      } else throw new Unsupported();
    }
    if (inline !== undefined) raw = (raw ?? "") + inline || undefined;
    let value: CellValue = null;
    if (formula !== undefined || shareType !== undefined) {
      if (raw !== undefined) {
        const result: CellValue = type === "str" ? xmlDecodeAgain(raw) : type === "b" ? parseInt(raw, 10) !== 0 : type === "e" ? { error: raw } : number(raw);
        // ExcelJS's formula value keeps a result only when truthy (a cached 0, false or "" reads as none)
        const shown = isDate ? dateText(result, date1904) : result;
        if (shown) value = shown;
      }
    } else if (raw !== undefined) {
      if (type === "s") {
        const i = Number(raw);
        if (!(Number.isInteger(i) && i >= 0 && i < strings.size)) throw new Unsupported();
        value = strings.get(i);
      } else if (type === "str") value = xmlDecodeAgain(raw);
      else if (type === "inlineStr") value = raw;
      else if (type === "b") value = parseInt(raw, 10) !== 0;
      else if (type === "e") value = { error: raw };
      else if (type === undefined || type === "n") {
        const n = number(raw);
        value = isDate ? dateText(n, date1904) : n;
      } else throw new Unsupported(); // "d" (ISO dates) and unknown types: ExcelJS decides
    } else continue;
    // a merged area's value lives in its top-left cell, as Office.js reports it
    if (merges.covered(at.row, at.col)) continue;
    const formulaText = formula ? `=${formula}` : null;
    if (value === null && formulaText === null) continue;
    if (typeof value === "string") budget.text(value, cellRef);
    if (formulaText !== null) budget.text(formulaText, cellRef);
    builder.add(at.row, at.col, value, formulaText, format && format !== "General" ? format : null);
  }
}

/** A numeric cell value as ExcelJS reads it (parseFloat); text that is no number declines. */
function number(raw: string): number {
  const n = parseFloat(raw);
  if (Number.isNaN(n)) throw new Unsupported();
  return n;
}

/**
 * An inline string's text: its <t>, or its rich-text runs' <t> joined (formatting and phonetic runs left
 * out, as for shared strings). A bare <t> mixed with runs declines (ExcelJS cannot read that either).
 */
function readInline(xml: string, open: Tag, setEnd: (end: number) => void): string {
  const t = newTag();
  let p = open.end;
  let text = "";
  let runs = false;
  let inRun = false;
  let bare = false;
  for (;;) {
    if (!nextTag(xml, p, t)) throw new Truncated();
    p = t.end;
    if (t.kind === CLOSE && t.name === "is") break;
    if (t.name === "rPr" || t.name === "rPh" || t.name === "phoneticPr") {
      p = skipElement(xml, t);
      continue;
    }
    if (t.name === "r") {
      runs = true;
      inRun = t.kind === OPEN;
      continue;
    }
    if (t.name !== "t" || t.kind === CLOSE) throw new Unsupported();
    if (!inRun) bare = true;
    if (t.kind === OPEN) {
      const c = textContent(xml, t.end);
      text += c.text;
      p = c.end;
    }
  }
  if (runs && bare) throw new Unsupported();
  setEnd(p);
  return text;
}

async function required(zip: ZipEntries, name: string): Promise<string> {
  const text = await zip.text(name);
  if (text === undefined) throw new Unsupported();
  return text;
}

async function optional(zip: ZipEntries, name: string): Promise<string | undefined> {
  return zip.has(name) ? required(zip, name) : undefined;
}

/** A part cut short is the user's problem (a damaged file), not a reason to try another reader. */
async function part<T>(name: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof Truncated) throw truncated(name);
    throw error;
  }
}

export interface FastReadOptions {
  limits?: ReadLimits;
}

/**
 * The snapshot of a plain .xlsx, or undefined when the file needs the ExcelJS reader. Throws an
 * InputError for a limit passed or a part cut short.
 */
export async function readXlsxFast(bytes: Uint8Array, inflate: InflateRaw, options: FastReadOptions = {}): Promise<WorkbookSnapshot | undefined> {
  const limits = options.limits ?? readLimits();
  const zip = openZip(bytes, inflate, limits);
  if (!zip) return undefined;
  try {
    return await readParts(zip, limits);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

async function readParts(zip: ZipEntries, limits: ReadLimits): Promise<WorkbookSnapshot | undefined> {
  const budget = new ReadBudget(limits);
  const workbook = await required(zip, "xl/workbook.xml");
  const rels = await required(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  const worksheets = new Set<string>();
  await part("xl/_rels/workbook.xml.rels", () => {
    for (const { attrs } of elements(rels, "Relationship")) {
      const id = attrs.get("Id");
      const target = attrs.get("Target");
      if (id !== undefined && target !== undefined) targets.set(id, target);
      if (id !== undefined && /\/worksheet$/.test(attrs.get("Type") ?? "")) worksheets.add(id);
    }
  });
  const book = await part("xl/workbook.xml", () => ({ pr: elements(workbook, "workbookPr")[0]?.attrs, sheets: elements(workbook, "sheet") }));
  const stringsXml = await optional(zip, "xl/sharedStrings.xml");
  const stylesXml = await optional(zip, "xl/styles.xml");
  const shared: Shared = {
    strings: await part("xl/sharedStrings.xml", () => new SharedStrings(stringsXml ?? "", budget)),
    styles: await part("xl/styles.xml", () => readStyles(stylesXml)),
    date1904: book.pr?.get("date1904") === "1" || book.pr?.get("date1904") === "true",
    budget,
  };
  const sheets: SheetSnapshot[] = [];
  for (const { attrs } of book.sheets) {
    // the relationship id attribute, whatever prefix the writer bound to the relationships namespace
    let rid: string | undefined;
    for (const [k, v] of attrs) if (k === "r:id" || k.endsWith(":id")) rid = v;
    const target = targets.get(rid ?? "");
    if (target === undefined) throw new Unsupported();
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    // worksheets only (a chartsheet is left out, as ExcelJS does), by relationship type: writers name
    // the part as they like (xl/worksheets/Sheet2.xml, sheet.xml), which ExcelJS fails to find
    if (!worksheets.has(rid ?? "") || !zip.has(path)) continue;
    budget.sheet();
    const state = attrs.get("state");
    const xml = await required(zip, path);
    sheets.push(await part(path, () => readSheet(attrs.get("name") ?? "", state === "hidden" || state === "veryHidden", xml, shared)));
  }
  return sheets.length > 0 ? { sheets } : undefined;
}
