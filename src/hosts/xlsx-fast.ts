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
import { SheetStream, type SheetContext } from "./sheet-stream";
import { attributes, nextTag as scanNextTag, TagKind, textContent as scanTextContent, Truncated, Unsupported, type Tag } from "./xml-scan";

// ExcelJS's built-in number formats by id (plain data, safe in the browser bundle)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILTIN_FORMATS = require("exceljs/lib/xlsx/defaultnumformats") as Record<number, { f: string }>;
// module-level copies: an imported binding is read through a getter on every use in the CommonJS
// output tsx runs, and these are read for every shared string
const nextTag = scanNextTag;
const textContent = scanTextContent;
const OPEN = TagKind.Open;
const CLOSE = TagKind.Close;
const EMPTY = TagKind.Empty;

/** _xHHHH_ escapes of shared-string text (ExcelJS TextXform). */
function unescapeText(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
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
  await part("xl/_rels/workbook.xml.rels", () => {
    for (const { attrs } of elements(rels, "Relationship")) {
      const id = attrs.get("Id");
      const target = attrs.get("Target");
      if (id !== undefined && target !== undefined) targets.set(id, target);
    }
  });
  const book = await part("xl/workbook.xml", () => ({ pr: elements(workbook, "workbookPr")[0]?.attrs, sheets: elements(workbook, "sheet") }));
  const stringsXml = await optional(zip, "xl/sharedStrings.xml");
  const stylesXml = await optional(zip, "xl/styles.xml");
  const shared: SheetContext = {
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
    // ExcelJS reads worksheets only (a chartsheet is left out)
    if (!/xl\/worksheets\/sheet(\d+)[.]xml/.test(path) || !zip.has(path)) continue;
    budget.sheet();
    const state = attrs.get("state");
    sheets.push(await part(path, () => readSheet(zip, path, attrs.get("name") ?? "", state === "hidden" || state === "veryHidden", shared, chunkSize)));
  }
  return sheets.length > 0 ? { sheets } : undefined;
}
