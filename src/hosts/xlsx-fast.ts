/**
 * The fast .xlsx reader: scans each part's XML once for the common subset of .xlsx and gives exactly
 * the snapshot the ExcelJS path gives (file.ts; the differential fuzz test compares both). The workbook,
 * its relationships, styles and shared strings are small and read as text (xml-scan.ts); each sheet part
 * streams: inflated chunk by chunk and scanned as bytes as they come (sheet-stream.ts).
 * What it does not reproduce exactly — hyperlinks, rich inline text, overlapping merges, odd shared
 * formulas or shared strings — makes it decline (return undefined), and the caller reads the file with
 * ExcelJS. Real anomalies are input errors: a part cut short, a read limit passed (read-limits.ts).
 * Programming errors are not caught: they surface. It also reads what ExcelJS cannot: namespace-prefixed
 * parts (`x:c`), cells without `r`.
 * ExcelJS semantics copied here and in xlsx-cells.ts (lib/xlsx/xform/sheet/cell-xform.js, utils.isDateFmt/excelToDate).
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { openZip, type InflateRaw, type ZipEntries } from "./zip";
import { readLimits, truncated, type ReadLimits } from "./read-limits";
import { ReadBudget } from "./sheet-builder";
import { ByteScanner, Name, newByteTag } from "./byte-scan";
import { SheetStream, type SheetContext } from "./sheet-stream";
import { attributes, nextTag as scanNextTag, TagKind, Truncated, Unsupported, type Tag } from "./xml-scan";

// ExcelJS's built-in number formats by id (plain data, safe in the browser bundle)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILTIN_FORMATS = require("exceljs/lib/xlsx/defaultnumformats") as Record<number, { f: string }>;
// module-level copies: an imported binding is read through a getter on every use in the CommonJS
// output tsx runs, and these are read for every tag
const nextTag = scanNextTag;
const OPEN = TagKind.Open;
const CLOSE = TagKind.Close;
const EMPTY = TagKind.Empty;
const SI = Name.Si;
const R = Name.R;
const T = Name.T;
const RPH = Name.RPh;
const RPR = Name.RPr;
const PHONETIC_PR = Name.PhoneticPr;

/** _xHHHH_ escapes of shared-string text (ExcelJS TextXform). */
function unescapeText(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function newTag(): Tag {
  return { kind: OPEN, name: "", start: 0, attrs: 0, end: 0 };
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
  private readonly scan = new ByteScanner();
  private readonly tag = newByteTag();
  private readonly inner = newByteTag();

  /** `bytes`: the part's UTF-8, scanned as bytes (each string's text decoded only when used). */
  constructor(
    bytes: Uint8Array,
    private readonly budget: ReadBudget,
  ) {
    const scan = this.scan;
    scan.buf = bytes;
    scan.lim = bytes.length;
    scan.final = true;
    const t = this.tag;
    let p = 0;
    while (scan.nextTag(p, t)) {
      p = t.end;
      if (t.name !== SI || t.kind === CLOSE) continue;
      if (t.kind === EMPTY) this.starts.push(-1); // <si/>: ExcelJS gives an object
      else {
        this.starts.push(t.end);
        p = scan.skipElement(t, this.inner);
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
    const scan = this.scan;
    const t = this.tag;
    let p = from;
    let bare: string | undefined;
    let runs: string | undefined;
    for (;;) {
      if (!scan.nextTag(p, t)) throw new Truncated();
      const name = t.name;
      if (t.kind === CLOSE && name === SI) break;
      if (name === RPH || name === PHONETIC_PR || name === RPR) {
        p = scan.skipElement(t, this.inner);
        continue;
      }
      if (name === T && t.kind !== CLOSE) {
        let text = "";
        if (t.kind === OPEN) {
          const c = scan.textContent(t.end);
          text = c.text;
          p = c.end;
        } else p = t.end;
        if (runs !== undefined) runs += unescapeText(text);
        else bare = (bare ?? "") + text;
        continue;
      }
      if (name === R && t.kind === OPEN) runs ??= "";
      else if (name !== R) throw new Unsupported();
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
  /** feed each sheet part to the scanner in pieces of this many bytes (tests of chunk boundaries). */
  chunkSize?: number;
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
    return await readParts(zip, limits, options.chunkSize);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** One sheet part, scanned chunk by chunk as it is inflated. */
async function readSheet(zip: ZipEntries, path: string, name: string, hidden: boolean, context: SheetContext, chunkSize: number | undefined): Promise<SheetSnapshot> {
  const sheet = new SheetStream(context);
  for await (const chunk of zip.chunks(path, chunkSize)) sheet.feed(chunk);
  return sheet.finish(name, hidden);
}

async function readParts(zip: ZipEntries, limits: ReadLimits, chunkSize: number | undefined): Promise<WorkbookSnapshot | undefined> {
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
  const stringsBytes = await zip.bytes("xl/sharedStrings.xml");
  const stylesXml = await optional(zip, "xl/styles.xml");
  const shared: SheetContext = {
    strings: await part("xl/sharedStrings.xml", () => new SharedStrings(stringsBytes ?? new Uint8Array(0), budget)),
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
    sheets.push(await part(path, () => readSheet(zip, path, attrs.get("name") ?? "", state === "hidden" || state === "veryHidden", shared, chunkSize)));
  }
  return sheets.length > 0 ? { sheets } : undefined;
}
