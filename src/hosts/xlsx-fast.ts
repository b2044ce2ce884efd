/**
 * The fast .xlsx reader: scans the sheet XML directly (one indexOf pass per sheet) for the common subset
 * of .xlsx and gives exactly the snapshot the ExcelJS path gives (file.ts; test/hosts/xlsx-fast.test.ts
 * compares both). Whatever it does not reproduce exactly — hyperlinks, rich inline text, overlapping
 * merges, prefixed XML, unknown entities, CDATA, odd shared formulas — makes it return undefined, and
 * the caller reads the file with ExcelJS. It never decides that a file is corrupt: ExcelJS does.
 * ExcelJS semantics copied here (lib/xlsx/xform/sheet/cell-xform.js, utils.isDateFmt/excelToDate).
 */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { openZip, type InflateRaw, type ZipEntries } from "./zip";
import { chineseDate } from "./snapshot";
// ExcelJS's built-in number formats by id (plain data, safe in the browser bundle)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILTIN_FORMATS = require("exceljs/lib/xlsx/defaultnumformats") as Record<number, { f: string }>;
// ExcelJS's shared-formula translation (pure code), so that copies read exactly as ExcelJS gives them
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require("exceljs/lib/utils/shared-formula") as { slideFormula: (formula: string, from: string, to: string) => string };

/** Thrown inside the scan when the file leaves the subset; caught below. */
class Unsupported extends Error {}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text/attribute decoding as the SAX parser does it (unknown entity: leave to ExcelJS). */
function decode(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    const c = ENTITIES[e];
    if (c === undefined) throw new Unsupported();
    return c;
  });
}

/** ExcelJS's second decoding of "str" cell text (utils.xmlDecode). */
function xmlDecodeAgain(s: string): string {
  return s.replace(/&([a-z]*);/g, (c) => (c === "&lt;" ? "<" : c === "&gt;" ? ">" : c === "&amp;" ? "&" : c === "&apos;" ? "'" : c === "&quot;" ? '"' : c));
}

/** _xHHHH_ escapes of shared-string text (ExcelJS TextXform). */
function unescapeText(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attr(tag: string, name: string): string | undefined {
  const i = tag.indexOf(` ${name}=`);
  if (i < 0) return undefined;
  const q = tag[i + name.length + 2];
  const end = tag.indexOf(q, i + name.length + 3);
  return decode(tag.slice(i + name.length + 3, end));
}

/** The texts of every <t> element in `xml` between from and to, joined. */
function texts(xml: string, from: number, to: number): string {
  let out = "";
  let p = from;
  for (;;) {
    const open = xml.indexOf("<t", p);
    if (open < 0 || open >= to) return out;
    const ch = xml[open + 2];
    if (ch !== ">" && ch !== " " && ch !== "/") {
      p = open + 2;
      continue;
    }
    const close = xml.indexOf(">", open);
    if (xml[close - 1] === "/") {
      p = close + 1;
      continue;
    }
    const end = xml.indexOf("</t>", close);
    out += decode(xml.slice(close + 1, end));
    p = end + 4;
  }
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (xml === undefined) return out;
  let p = 0;
  for (;;) {
    const open = xml.indexOf("<si", p);
    if (open < 0) return out;
    const close = xml.indexOf(">", open);
    if (xml[close - 1] === "/") throw new Unsupported(); // <si/>: ExcelJS gives an object
    const end = xml.indexOf("</si>", close);
    if (end < 0) throw new Unsupported();
    let body = xml.slice(close + 1, end);
    // phonetic runs are not part of the text
    if (body.includes("<rPh")) body = body.replace(/<rPh[\s\S]*?<\/rPh>/g, "");
    if (!body.includes("<t")) throw new Unsupported();
    const rich = body.includes("<r>") || body.includes("<r ");
    // runs mixed with a bare <t> read oddly in ExcelJS: leave such strings to it
    if (rich && body.replace(/<r[\s>][\s\S]*?<\/r>/g, "").includes("<t")) throw new Unsupported();
    out.push(rich ? runTexts(body) : unescapeText(texts(body, 0, body.length)));
    p = end + 5;
  }
}

/** A rich shared string: each run's text unescaped on its own, then joined. */
function runTexts(body: string): string {
  let out = "";
  const run = /<r(?:\s[^>]*)?>([\s\S]*?)<\/r>/g;
  for (let m = run.exec(body); m; m = run.exec(body)) out += unescapeText(texts(m[1], 0, m[1].length));
  return out;
}

interface Styles {
  /** number format per cellXfs index (undefined: none). */
  formats: (string | undefined)[];
}

function readStyles(xml: string | undefined): Styles {
  const formats: (string | undefined)[] = [];
  if (xml === undefined) return { formats };
  const custom = new Map<number, string>();
  const numFmt = /<numFmt\s[^>]*>/g;
  for (let m = numFmt.exec(xml); m; m = numFmt.exec(xml)) {
    const id = attr(m[0], "numFmtId");
    const code = attr(m[0], "formatCode");
    if (id !== undefined && code !== undefined) custom.set(parseInt(id, 10), code);
  }
  const start = xml.indexOf("<cellXfs");
  const end = xml.indexOf("</cellXfs>", start);
  if (start < 0 || end < 0) return { formats };
  const xf = /<xf[\s>/][^>]*>/g;
  const body = xml.slice(start, end);
  for (let m = xf.exec(body); m; m = xf.exec(body)) {
    const id = parseInt(attr(m[0], "numFmtId") ?? "", 10);
    formats.push(id ? (custom.get(id) ?? BUILTIN_FORMATS[id]?.f) : undefined);
  }
  return { formats };
}

/** utils.isDateFmt of ExcelJS. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** utils.excelToDate of ExcelJS, then the snapshot's date text (as file.ts writes dates). */
function dateText(v: unknown, date1904: boolean): string {
  return chineseDate(new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000)));
}

/** "AB12" → 0-based row and column. */
function address(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  if (col === 0 || i === 0 || !Number.isInteger(row) || row < 1) throw new Unsupported();
  return { row: row - 1, col: col - 1 };
}

function readMerges(xml: string): CellRange[] {
  const merges: CellRange[] = [];
  const ref = /<mergeCell\s[^>]*>/g;
  for (let m = ref.exec(xml); m; m = ref.exec(xml)) {
    const parts = (attr(m[0], "ref") ?? "").split(":");
    if (parts.length !== 2) throw new Unsupported();
    const a = address(parts[0]);
    const b = address(parts[1]);
    const range = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
    // ExcelJS refuses overlapping merges (a corrupt file): let it say so
    for (const o of merges) if (o.top <= range.bottom && range.top <= o.bottom && o.left <= range.right && range.left <= o.right) throw new Unsupported();
    merges.push(range);
  }
  return merges;
}

interface Shared {
  strings: string[];
  styles: Styles;
  date1904: boolean;
}

function readSheet(name: string, hidden: boolean, xml: string, shared: Shared): SheetSnapshot {
  if (xml.includes("<hyperlink") || xml.includes("<![CDATA[") || !/<worksheet[\s>]/.test(xml)) throw new Unsupported();
  const merges = readMerges(xml);
  const inMerge = (r: number, c: number) => merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const formulas: (string | null)[] = [];
  const formats: (string | null)[] = [];
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = dataStart < 0 ? -1 : xml.indexOf("</sheetData>", dataStart);
  // shared formulas: the master cell of each si (address and formula), as ExcelJS records them
  const masters = new Map<string, { ref: string; formula: string | undefined }>();
  let p = dataStart;
  while (dataEnd > 0) {
    const open = xml.indexOf("<c", p);
    if (open < 0 || open >= dataEnd) break;
    const next = xml[open + 2];
    const tagEnd = xml.indexOf(">", open);
    p = tagEnd + 1;
    if (next !== " " && next !== ">" && next !== "/") continue;
    const tag = xml.slice(open, tagEnd);
    if (tag.endsWith("/")) continue; // an empty cell
    const ref = attr(tag, "r");
    if (ref === undefined) throw new Unsupported();
    const end = xml.indexOf("</c>", p);
    const body = xml.slice(p, end);
    p = end + 4;
    const t = attr(tag, "t");
    const s = attr(tag, "s");
    const styleId = s === undefined ? 0 : parseInt(s, 10);
    const format = styleId ? shared.styles.formats[styleId] : undefined;
    let raw: string | undefined;
    let formula: string | undefined;
    let shareType: string | undefined;
    const f = body.indexOf("<f");
    if (f >= 0) {
      const fEnd = body.indexOf(">", f);
      const fTag = body.slice(f, fEnd);
      shareType = attr(fTag, "t");
      if (!fTag.endsWith("/")) formula = decode(body.slice(fEnd + 1, body.indexOf("</f>", fEnd))) || undefined;
      if (shareType === "shared") {
        const si = attr(fTag, "si") ?? "";
        if (attr(fTag, "ref")) masters.set(si, { ref, formula });
        else if (formula === undefined) {
          // a copy: the master's formula slid to this cell (no master yet: no formula, as in ExcelJS)
          const master = masters.get(si);
          if (master) {
            const at = address(master.ref);
            if (master.formula === undefined || inMerge(at.row, at.col)) throw new Unsupported();
            formula = slideFormula(master.formula, master.ref, ref);
          }
        }
      }
    }
    const v = body.indexOf("<v");
    if (v >= 0 && body[v + 2] === ">") raw = decode(body.slice(v + 3, body.indexOf("</v>", v))) || undefined;
    if (body.includes("<is")) {
      if (body.includes("<r>") || body.includes("<r ") || body.includes("<rPh")) throw new Unsupported();
      raw = (raw ?? "") + texts(body, body.indexOf("<is"), body.length) || undefined;
    }
    let value: CellValue = null;
    if (formula !== undefined || shareType !== undefined) {
      if (raw !== undefined) {
        const result: CellValue = t === "str" ? xmlDecodeAgain(raw) : t === "b" ? parseInt(raw, 10) !== 0 : t === "e" ? { error: raw } : parseFloat(raw);
        // ExcelJS's formula value keeps a result only when truthy (a cached 0, false or "" reads as none)
        const shown = isDateFormat(format) ? dateText(result, shared.date1904) : result;
        if (shown) value = shown;
      }
    } else if (raw !== undefined) {
      if (t === "s") {
        const i = parseInt(raw, 10);
        if (!(i >= 0 && i < shared.strings.length)) throw new Unsupported();
        value = shared.strings[i];
      } else if (t === "str") value = xmlDecodeAgain(raw);
      else if (t === "inlineStr") value = raw;
      else if (t === "b") value = parseInt(raw, 10) !== 0;
      else if (t === "e") value = { error: raw };
      else {
        const n = parseFloat(raw);
        value = isDateFormat(format) ? dateText(n, shared.date1904) : n;
      }
    } else continue;
    const at = address(ref);
    // a merged area's value lives in its top-left cell, as Office.js reports it
    if (merges.length > 0 && inMerge(at.row, at.col)) continue;
    const formulaText = formula ? `=${formula}` : null;
    if (value === null && formulaText === null) continue;
    rows.push(at.row);
    cols.push(at.col);
    values.push(value);
    formulas.push(formulaText);
    formats.push(format && format !== "General" ? format : null);
  }
  return assemble(name, hidden, merges, rows, cols, values, formulas, formats);
}

/** The used range of the cells read (and the merges), as the ExcelJS path builds it. */
function assemble(
  name: string,
  hidden: boolean,
  merges: CellRange[],
  rows: number[],
  cols: number[],
  cellValues: CellValue[],
  cellFormulas: (string | null)[],
  cellFormats: (string | null)[],
): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < top) top = rows[i];
    if (rows[i] > bottom) bottom = rows[i];
    if (cols[i] < left) left = cols[i];
    if (cols[i] > right) right = cols[i];
  }
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (bottom < 0) return { name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges, hidden };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  // a cell written twice keeps its last writing, as ExcelJS does
  for (let i = 0; i < rows.length; i++) {
    values[rows[i] - top][cols[i] - left] = cellValues[i];
    formulas[rows[i] - top][cols[i] - left] = cellFormulas[i];
    numberFormats[rows[i] - top][cols[i] - left] = cellFormats[i];
  }
  return { name, origin: { row: top, col: left }, values, formulas, numberFormats, merges, hidden };
}

async function required(zip: ZipEntries, name: string): Promise<string> {
  const text = await zip.text(name);
  if (text === undefined) throw new Unsupported();
  return text;
}

async function optional(zip: ZipEntries, name: string): Promise<string | undefined> {
  if (!zip.names.includes(name)) return undefined;
  return required(zip, name);
}

/** The snapshot of a plain .xlsx, or undefined when the file needs the ExcelJS reader. */
export async function readXlsxFast(bytes: Uint8Array, inflate: InflateRaw): Promise<WorkbookSnapshot | undefined> {
  try {
    const zip = openZip(bytes, inflate);
    if (!zip) return undefined;
    const workbook = await required(zip, "xl/workbook.xml");
    const rels = await required(zip, "xl/_rels/workbook.xml.rels");
    const targets = new Map<string, string>();
    const rel = /<Relationship\s[^>]*>/g;
    for (let m = rel.exec(rels); m; m = rel.exec(rels)) {
      const id = attr(m[0], "Id");
      const target = attr(m[0], "Target");
      if (id !== undefined && target !== undefined) targets.set(id, target);
    }
    const date1904 = /<workbookPr\s[^>]*>/.exec(workbook)?.[0] ?? "";
    const shared: Shared = {
      strings: sharedStrings(await optional(zip, "xl/sharedStrings.xml")),
      styles: readStyles(await optional(zip, "xl/styles.xml")),
      date1904: attr(date1904, "date1904") === "1",
    };
    const sheets: SheetSnapshot[] = [];
    const sheet = /<sheet\s[^>]*>/g;
    for (let m = sheet.exec(workbook); m; m = sheet.exec(workbook)) {
      const target = targets.get(attr(m[0], "r:id") ?? "");
      if (target === undefined) throw new Unsupported();
      const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
      // ExcelJS reads worksheets only (a chartsheet is left out)
      if (!/xl\/worksheets\/sheet(\d+)[.]xml/.test(path) || !zip.names.includes(path)) continue;
      const state = attr(m[0], "state");
      sheets.push(readSheet(attr(m[0], "name") ?? "", state === "hidden" || state === "veryHidden", await required(zip, path), shared));
    }
    return sheets.length > 0 ? { sheets } : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    return undefined;
  }
}
