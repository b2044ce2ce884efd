/**
 * One worksheet part read as it is inflated: bytes are scanned chunk by chunk (byte-scan.ts), nothing
 * of the part is kept but the unfinished unit at a chunk's end (a tag, or a whole cell) and the short
 * tail after sheetData. Cells go straight into the columnar SheetBuilder; the merges, which follow
 * sheetData in the part, are applied when the part ends (a covered cell is dropped then).
 * Same snapshot, declines and errors as reading the whole part as one text (the reader before this one),
 * with two differences on damaged files only: a cell error is found before the part's end is checked,
 * and cells hidden under a merge count toward the cell and text limits while they are read.
 */
import type { CellValue, SheetSnapshot } from "../workbook/types";
import { ByteScanner, concat, Name, NEED_MORE, newByteTag, type AttributeSink, type ByteTag } from "./byte-scan";
import { SheetBuilder, type ReadBudget } from "./sheet-builder";
import {
  addressBytes as addressOfBytes,
  address as addressOf,
  dateText as dateTextOf,
  Merges,
  MAX_COL,
  number,
  plainDecimal as plainDecimalOf,
  readMerges,
  slideFormula,
  toA1,
  xmlDecodeAgain,
  type At,
} from "./xlsx-cells";
import { TagKind, Truncated, Unsupported } from "./xml-scan";

/** What a sheet needs from the rest of the workbook. */
export interface SheetContext {
  strings: { readonly size: number; get(i: number): string };
  styles: { formats: (string | undefined)[]; dates: boolean[] };
  date1904: boolean;
  budget: ReadBudget;
}

// module-level copies: an imported binding is read through a getter on every use in the CommonJS
// output tsx runs, and these are read several times per cell
const OPEN = TagKind.Open;
const CLOSE = TagKind.Close;
const EMPTY = TagKind.Empty;
const C = Name.C;
const V = Name.V;
const F = Name.F;
const T = Name.T;
const IS = Name.Is;
const ROW = Name.Row;
const SHEET_DATA = Name.SheetData;
const WORKSHEET = Name.Worksheet;
const addressBytes = addressOfBytes;
const address = addressOf;
const plainDecimal = plainDecimalOf;
const dateText = dateTextOf;

const enum Phase {
  Root,
  Prolog,
  Cells,
  /** after </sheetData>: the tail is kept for the merges. */
  Tail,
  /** no sheetData: the rest is kept for the merges. */
  TailNoData,
  /** a cell declined: the rest is kept to check the part is whole and read its merges first. */
  Skip,
}

/** Cell types (the t attribute). */
const enum Type {
  None,
  S,
  Str,
  InlineStr,
  B,
  E,
  N,
  Other,
}

function typeOf(t: string): Type {
  switch (t) {
    case "s":
      return Type.S;
    case "str":
      return Type.Str;
    case "inlineStr":
      return Type.InlineStr;
    case "b":
      return Type.B;
    case "e":
      return Type.E;
    case "n":
      return Type.N;
    default:
      return Type.Other;
  }
}

/** The r, t and s attribute values of a cell (last written wins), as byte ranges. */
class CellAttrs implements AttributeSink {
  r = -1;
  rEnd = 0;
  t = -1;
  tEnd = 0;
  s = -1;
  sEnd = 0;

  reset(): void {
    this.r = this.t = this.s = -1;
  }

  attribute(buf: Uint8Array, ns: number, ne: number, vs: number, ve: number): void {
    if (ne - ns === 1) this.set(buf[ns], vs, ve);
  }

  /** Takes the value [vs, ve) of the one-letter attribute `name`; false for another name. */
  set(name: number, vs: number, ve: number): boolean {
    if (name === 114) {
      this.r = vs;
      this.rEnd = ve;
    } else if (name === 116) {
      this.t = vs;
      this.tEnd = ve;
    } else if (name === 115) {
      this.s = vs;
      this.sEnd = ve;
    } else return false;
    return true;
  }
}

/** A formula's t, si and ref (and a row's r), as byte ranges. */
class NamedAttrs implements AttributeSink {
  readonly found = new Map<string, [number, number]>();
  constructor(private readonly names: string[]) {}

  reset(): void {
    this.found.clear();
  }

  attribute(buf: Uint8Array, ns: number, ne: number, vs: number, ve: number): void {
    for (const name of this.names) {
      if (ne - ns !== name.length) continue;
      let same = true;
      for (let i = 0; i < name.length && same; i++) same = buf[ns + i] === name.charCodeAt(i);
      if (same) this.found.set(name, [vs, ve]);
    }
  }
}

/** Bytes that need decoding to compare as text: a reference, a whitespace character, non-ASCII. */
function plainAscii(buf: Uint8Array, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const b = buf[p];
    if (b === 38 || b === 9 || b === 10 || b === 13 || b >= 128) return false;
  }
  return true;
}

const SHEET_DATA_END = "sheetData>";

export class SheetStream {
  private readonly scan = new ByteScanner();
  private readonly tag = newByteTag();
  private readonly inner = newByteTag();
  private readonly cellAttrs = new CellAttrs();
  private readonly rowAttrs = new NamedAttrs(["r"]);
  private readonly formulaAttrs = new NamedAttrs(["t", "si", "ref"]);
  private readonly at: At = { row: 0, col: 0 };
  private readonly builder: SheetBuilder;
  /** shared formulas: the master cell of each si (address and formula), as ExcelJS records them. */
  private readonly masters = new Map<string, { ref: string; formula: string | undefined }>();
  private phase = Phase.Root;
  private rowIndex = -1;
  private colIndex = -1;
  /** unread bytes carried to the next chunk: carry[0, carried). */
  private carry = new Uint8Array(0);
  private carried = 0;
  /** after a chunk that completed no unit: wait for this many bytes before trying again (no n² retries). */
  private waitFor = 0;
  private readonly tail: Uint8Array[] = [];
  /** the closing sheetData tag has no "<" after its own, and ends exactly "sheetData>". */
  private closeLt = false;
  private exactClose = false;
  private declined: Unsupported | undefined;

  constructor(private readonly context: SheetContext) {
    this.builder = new SheetBuilder(context.budget);
  }

  /** The next bytes of the part. */
  feed(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (this.phase >= Phase.Tail) {
      this.tail.push(chunk.slice());
      return;
    }
    let window = chunk;
    let lim = chunk.length;
    if (this.carried > 0) {
      lim = this.carried + chunk.length;
      if (lim > this.carry.length) {
        const more = new Uint8Array(Math.max(lim, this.carry.length * 2));
        more.set(this.carry.subarray(0, this.carried));
        this.carry = more;
      }
      this.carry.set(chunk, this.carried);
      window = this.carry;
      this.carried = lim;
      if (lim < this.waitFor) return;
    }
    this.run(window, lim, false);
  }

  /** The part has ended: the sheet's snapshot. */
  finish(name: string, hidden: boolean): SheetSnapshot {
    if (this.phase < Phase.Tail) this.run(this.carry, this.carried, true);
    const rest = new TextDecoder("utf-8", { ignoreBOM: true }).decode(concat(this.tail));
    let merges: Merges;
    if (this.phase === Phase.TailNoData) merges = readMerges(rest, 0, this.context.budget);
    else if (this.phase === Phase.Tail) {
      const last = rest.lastIndexOf(SHEET_DATA_END);
      merges = readMerges(rest, last < 0 ? (this.exactClose ? 0 : truncatedPart()) : this.mergesFrom(rest, last, this.closeLt), this.context.budget);
    }
    else {
      // as the whole-text reader: the part's end is checked and its merges read before a cell's decline
      const last = rest.lastIndexOf(SHEET_DATA_END);
      merges = readMerges(rest, last < 0 ? truncatedPart() : this.mergesFrom(rest, last, false), this.context.budget);
      throw this.declined!;
    }
    return this.builder.build(name, hidden, merges.list, merges.list.length ? (r, c) => merges.covered(r, c) : undefined);
  }

  /**
   * The whole-text reader read merges from the part's last "sheetData>" (at `last` in `rest`), which
   * must follow a "</", else the part is cut short. `before`: the "<" before `rest` is followed by "/".
   */
  private mergesFrom(rest: string, last: number, before: boolean): number {
    const lt = rest.lastIndexOf("<", last);
    if (lt < 0 ? !before : rest.charCodeAt(lt + 1) !== 47) throw new Truncated();
    return last;
  }

  /** Reads whole units from window[0, lim); keeps what is left for the next chunk. */
  private run(window: Uint8Array, lim: number, final: boolean): void {
    const scan = this.scan;
    scan.buf = window;
    scan.lim = lim;
    scan.final = final;
    let p = 0;
    let rowIndex = this.rowIndex;
    let colIndex = this.colIndex;
    try {
      for (;;) {
        const phase = this.phase;
        rowIndex = this.rowIndex;
        colIndex = this.colIndex;
        if (phase === Phase.Cells) p = this.unit(p);
        else if (phase === Phase.Root || phase === Phase.Prolog) p = this.prolog(p);
        else break;
        this.waitFor = 0;
      }
    } catch (e) {
      if (e === NEED_MORE) {
        this.rowIndex = rowIndex;
        this.colIndex = colIndex;
        this.keep(window, p, lim);
        if (p === 0) this.waitFor = 2 * lim;
        return;
      }
      if (!(e instanceof Unsupported) || this.phase !== Phase.Cells) throw e;
      // the bytes from this cell on are kept: the part's end decides between cut short and declined
      this.declined = e;
      this.phase = Phase.Skip;
    }
    // a tail phase: the rest of the window is kept as is
    this.tail.push(window.slice(p, lim));
    this.carried = 0;
  }

  private keep(window: Uint8Array, from: number, lim: number): void {
    const n = lim - from;
    if (window === this.carry) this.carry.copyWithin(0, from, lim);
    else {
      if (n > this.carry.length) this.carry = new Uint8Array(Math.max(n, 2 * this.carry.length));
      this.carry.set(window.subarray(from, lim));
    }
    this.carried = n;
  }

  /** The root, then each element before sheetData skipped; returns the index after the unit read. */
  private prolog(p: number): number {
    const scan = this.scan;
    const t = scan.nextTag(p, this.tag);
    if (this.phase === Phase.Root) {
      if (!t) throw new Truncated();
      if (t.name !== WORKSHEET || t.kind !== OPEN) throw new Unsupported();
      this.phase = Phase.Prolog;
      return t.end;
    }
    if (!t) {
      this.phase = Phase.TailNoData;
      return scan.lim;
    }
    if (t.name === SHEET_DATA) {
      this.phase = t.kind === OPEN ? Phase.Cells : Phase.TailNoData;
      return t.end;
    }
    if (t.kind === CLOSE) {
      // the worksheet ends without sheetData; merges are looked for from here on
      this.phase = Phase.TailNoData;
      return p;
    }
    return scan.skipElement(t, this.inner);
  }

  /** One unit of sheetData: a row tag, a whole cell, or its closing tag. Returns the index after it. */
  private unit(p: number): number {
    const plain = this.plainCell(p);
    if (plain >= 0) return plain;
    const scan = this.scan;
    const t = scan.nextTag(p, this.tag);
    if (!t) throw new Truncated();
    const buf = scan.buf;
    if (t.name === SHEET_DATA && t.kind === CLOSE) {
      this.phase = Phase.Tail;
      // the whole-text reader found this tag by its last "sheetData>" and the "<" before that
      let lt = false;
      for (let q = t.start + 1; q < t.local; q++) if (buf[q] === 60) lt = true;
      this.closeLt = !lt;
      this.exactClose = !lt && t.end - t.local === 10;
      return t.end;
    }
    if (t.name === ROW) {
      if (t.kind === CLOSE) return t.end;
      const attrs = this.rowAttrs;
      attrs.reset();
      scan.attributes(t, attrs);
      const r = attrs.found.get("r");
      // a row without r follows the previous one (ExcelJS cannot read those)
      if (r === undefined) this.rowIndex++;
      else if (plainAscii(buf, r[0], r[1])) this.rowIndex = addressBytes(buf, r[0], r[1], this.at, true).row;
      else this.rowIndex = address(scan.attributeValue(r[0], r[1]), true).row;
      this.colIndex = -1;
      return t.end;
    }
    if (t.name !== C || t.kind === CLOSE) throw new Unsupported();
    return this.cell(t);
  }

  /** The cell's position from its r (or after the previous cell), checked against its row. */
  private place(attrs: CellAttrs): void {
    const scan = this.scan;
    const buf = scan.buf;
    const at = this.at;
    if (attrs.r < 0) {
      if (this.rowIndex < 0 || this.colIndex + 1 >= MAX_COL) throw new Unsupported();
      at.row = this.rowIndex;
      at.col = this.colIndex + 1;
    } else {
      if (plainAscii(buf, attrs.r, attrs.rEnd)) addressBytes(buf, attrs.r, attrs.rEnd, at);
      else {
        const a = address(scan.attributeValue(attrs.r, attrs.rEnd));
        at.row = a.row;
        at.col = a.col;
      }
      // ExcelJS places a cell in the row that holds it, whatever its own address says: a cell whose
      // address disagrees with its row (a damaged file) is left to it
      if (at.row !== this.rowIndex) throw new Unsupported();
    }
    this.colIndex = at.col;
  }

  /** The style index of the s attribute (0 without one); a style that is no index declines. */
  private style(attrs: CellAttrs): number {
    const styleId = attrs.s < 0 ? 0 : this.styleAt(attrs.s, attrs.sEnd);
    if (!Number.isInteger(styleId) || styleId < 0) throw new Unsupported();
    return styleId;
  }

  /**
   * The common cell written the common way, read in one pass: `<c r=".." s=".." t="n|s"><v>plain
   * number</v></c>`, one space before each attribute. Returns the index after it, or -1 for any other
   * cell (or one the window cuts): the general reader (cell) then reads it from the same place.
   */
  private plainCell(from: number): number {
    const buf = this.scan.buf;
    const lim = this.scan.lim;
    let q = from;
    while (q < lim && (buf[q] === 10 || buf[q] === 13 || buf[q] === 32 || buf[q] === 9)) q++;
    if (q + 2 >= lim || buf[q] !== 60 || buf[q + 1] !== 99) return -1;
    q += 2;
    const attrs = this.cellAttrs;
    attrs.reset();
    for (;;) {
      if (q + 4 >= lim) return -1;
      const b = buf[q];
      if (b === 62) break;
      if (b !== 32 || buf[q + 2] !== 61 || buf[q + 3] !== 34) return -1;
      const name = buf[q + 1];
      const vs = q + 4;
      let ve = vs;
      for (; ve < lim; ve++) {
        const c = buf[ve];
        if (c === 34) break;
        if (c === 38 || c < 32 || c >= 128) return -1;
      }
      if (ve >= lim) return -1;
      if (!attrs.set(name, vs, ve)) return -1;
      q = ve + 1;
    }
    // > <v>
    if (q + 4 >= lim || buf[q + 1] !== 60 || buf[q + 2] !== 118 || buf[q + 3] !== 62) return -1;
    const rawFrom = q + 4;
    let rawTo = rawFrom;
    for (; rawTo < lim; rawTo++) {
      const b = buf[rawTo];
      if (!((b >= 48 && b <= 57) || b === 46 || b === 45 || b === 43 || b === 101 || b === 69)) break;
    }
    // </v></c>
    const end = rawTo + 8;
    if (rawTo === rawFrom || end > lim) return -1;
    if (buf[rawTo] !== 60 || buf[rawTo + 1] !== 47 || buf[rawTo + 2] !== 118 || buf[rawTo + 3] !== 62) return -1;
    if (buf[rawTo + 4] !== 60 || buf[rawTo + 5] !== 47 || buf[rawTo + 6] !== 99 || buf[rawTo + 7] !== 62) return -1;
    const type = attrs.t < 0 ? Type.None : this.typeAt(attrs.t, attrs.tEnd);
    if (type !== Type.None && type !== Type.N && type !== Type.S) return -1;
    this.place(attrs);
    this.plainValue(type, this.style(attrs), rawFrom, rawTo);
    return end;
  }

  /** A cell whose value is plain number bytes [rawFrom, rawTo), no formula: a number, or a shared string's index. */
  private plainValue(type: Type, styleId: number, rawFrom: number, rawTo: number): void {
    const { styles, date1904 } = this.context;
    const buf = this.scan.buf;
    const { row, col } = this.at;
    const format = styleId ? styles.formats[styleId] : undefined;
    const numberFormat = format && format !== "General" ? format : null;
    if (type === Type.S) {
      const s = this.sharedString(plainIndex(buf, rawFrom, rawTo));
      this.checkText(s);
      this.builder.add(row, col, s, null, numberFormat);
      return;
    }
    // a plain number (no type, or "n")
    let n = plainDecimal(buf, rawFrom, rawTo);
    if (Number.isNaN(n)) n = number(this.scan.text(rawFrom, rawTo));
    if (!(styleId && styles.dates[styleId] === true)) this.builder.addNumber(row, col, n, null, numberFormat);
    else {
      const d = dateText(n, date1904);
      if (typeof d === "string") this.checkText(d);
      this.builder.add(row, col, d, null, numberFormat);
    }
  }

  private cell(t: ByteTag): number {
    const scan = this.scan;
    const attrs = this.cellAttrs;
    attrs.reset();
    scan.attributes(t, attrs);
    this.place(attrs);
    const { row, col } = this.at;
    if (t.kind === EMPTY) return t.end; // an empty cell
    const { styles, date1904 } = this.context;
    const type = attrs.t < 0 ? Type.None : this.typeAt(attrs.t, attrs.tEnd);
    const styleId = this.style(attrs);
    const format = styleId ? styles.formats[styleId] : undefined;
    const isDate = styleId ? styles.dates[styleId] === true : false;
    // the <v> text: a plain number as bytes [rawFrom, rawTo), or a decoded string
    let rawFrom = -1;
    let rawTo = -1;
    let raw: string | undefined;
    let formula: string | undefined;
    let shareType: string | undefined;
    let inline: string | undefined;
    let cellRef: string | undefined;
    let p = t.end;
    const u = this.inner;
    // the cell's children: <f>, <v>, <is>; anything else declines
    for (;;) {
      if (!scan.nextTag(p, u)) throw new Truncated();
      p = u.end;
      if (u.kind === CLOSE) {
        if (u.name === C) break;
        throw new Unsupported();
      }
      if (u.name === F) {
        const fa = this.formulaAttrs;
        fa.reset();
        scan.attributes(u, fa);
        shareType = this.named(fa, "t");
        if (u.kind === OPEN) {
          const c = scan.textContent(u.end);
          formula = c.text || undefined;
          p = c.end;
        }
        if (shareType === "shared") {
          const si = this.named(fa, "si") ?? "";
          cellRef ??= toA1(row, col);
          if (this.named(fa, "ref")) this.masters.set(si, { ref: cellRef, formula });
          else if (formula === undefined) {
            // a copy: the master's formula slid to this cell (no master yet: no formula, as in ExcelJS)
            const master = this.masters.get(si);
            if (master) {
              // (a master hidden under a merge makes ExcelJS fail; its formula is in the file all the same)
              if (master.formula === undefined) throw new Unsupported();
              formula = slideFormula(master.formula, master.ref, cellRef);
            }
          }
        } else if (shareType !== undefined && shareType !== "normal") throw new Unsupported(); // array, dataTable
      } else if (u.name === V) {
        if (raw !== undefined || rawFrom >= 0) throw new Unsupported();
        if (u.kind === OPEN) {
          const lt = scan.plainNumber(u.end);
          if (lt >= 0) {
            if (lt > u.end) {
              rawFrom = u.end;
              rawTo = lt;
            }
            p = scan.tagEnd(lt + 2);
          } else {
            const c = scan.textContent(u.end);
            raw = c.text || undefined;
            p = c.end;
          }
        }
      } else if (u.name === IS && u.kind === OPEN) {
        p = this.inline(u.end);
        inline = this.inlineText;
      } else throw new Unsupported();
    }
    if (rawFrom >= 0 && (inline !== undefined || (type !== Type.None && type !== Type.N && type !== Type.S) || formula !== undefined || shareType !== undefined)) {
      raw = scan.text(rawFrom, rawTo);
      rawFrom = -1;
    }
    if (inline !== undefined) raw = (raw ?? "") + inline || undefined;
    const builder = this.builder;
    const formulaText = formula ? `=${formula}` : null;
    const numberFormat = format && format !== "General" ? format : null;
    if (formula !== undefined || shareType !== undefined) {
      let value: CellValue = null;
      if (raw !== undefined) {
        const result = type === Type.Str ? xmlDecodeAgain(raw) : type === Type.B ? parseInt(raw, 10) !== 0 : type === Type.E ? { error: raw } : number(raw);
        // ExcelJS's formula value keeps a result only when truthy (a cached 0, false or "" reads as none)
        const shown = isDate ? dateText(result, date1904) : result;
        if (shown) value = shown;
      }
      if (value === null && formulaText === null) return p;
      if (typeof value === "string") this.checkText(value);
      if (formulaText !== null) this.checkText(formulaText);
      builder.add(row, col, value, formulaText, numberFormat);
      return p;
    }
    if (rawFrom >= 0) {
      this.plainValue(type, styleId, rawFrom, rawTo);
      return p;
    }
    if (raw === undefined) return p;
    let value;
    if (type === Type.S) value = this.sharedString(Number(raw));
    else if (type === Type.Str) value = xmlDecodeAgain(raw);
    else if (type === Type.InlineStr) value = raw;
    else if (type === Type.B) value = parseInt(raw, 10) !== 0;
    else if (type === Type.E) value = { error: raw };
    else if (type === Type.None || type === Type.N) {
      const n = number(raw);
      value = isDate ? dateText(n, date1904) : n;
    } else throw new Unsupported(); // "d" (ISO dates) and unknown types: ExcelJS decides
    if (typeof value === "string") this.checkText(value);
    builder.add(row, col, value, null, numberFormat);
    return p;
  }

  /** A cell's text within the length limit (the cell's address made only for the message). */
  private checkText(s: string): void {
    const budget = this.context.budget;
    if (s.length > budget.limits.stringLength) budget.text(s, toA1(this.at.row, this.at.col));
  }

  private sharedString(i: number): string {
    const strings = this.context.strings;
    if (!(Number.isInteger(i) && i >= 0 && i < strings.size)) throw new Unsupported();
    return strings.get(i);
  }

  private inlineText = "";

  /**
   * An inline string's text: its <t>, or its rich-text runs' <t> joined (formatting and phonetic runs left
   * out, as for shared strings); index after </is>. A bare <t> mixed with runs declines (ExcelJS cannot
   * read that either).
   */
  private inline(from: number): number {
    const scan = this.scan;
    const t = this.tag;
    let p = from;
    let text = "";
    let runs = false;
    let inRun = false;
    let bare = false;
    for (;;) {
      if (!scan.nextTag(p, t)) throw new Truncated();
      p = t.end;
      if (t.kind === CLOSE && t.name === IS) break;
      if (t.name === Name.RPr || t.name === Name.RPh || t.name === Name.PhoneticPr) {
        p = scan.skipElement(t, this.inner);
        continue;
      }
      if (t.name === Name.R) {
        runs = true;
        inRun = t.kind === OPEN;
        continue;
      }
      if (t.name !== T || t.kind === CLOSE) throw new Unsupported();
      if (!inRun) bare = true;
      if (t.kind === OPEN) {
        const c = scan.textContent(t.end);
        text += c.text;
        p = c.end;
      }
    }
    if (runs && bare) throw new Unsupported();
    this.inlineText = text;
    return p;
  }

  private named(attrs: NamedAttrs, name: string): string | undefined {
    const at = attrs.found.get(name);
    return at === undefined ? undefined : this.scan.attributeValue(at[0], at[1]);
  }

  private typeAt(from: number, to: number): Type {
    const buf = this.scan.buf;
    if (!plainAscii(buf, from, to)) return typeOf(this.scan.attributeValue(from, to));
    if (to - from === 1) {
      const b = buf[from];
      return b === 115 ? Type.S : b === 98 ? Type.B : b === 101 ? Type.E : b === 110 ? Type.N : Type.Other;
    }
    return typeOf(this.scan.text(from, to));
  }

  /** Number(s) of the s attribute, digits read directly. */
  private styleAt(from: number, to: number): number {
    const n = plainDigits(this.scan.buf, from, to);
    return n >= 0 ? n : Number(this.scan.attributeValue(from, to));
  }
}

/** Number(text) of a shared-string index given as plain number bytes (digits read directly). */
function plainIndex(buf: Uint8Array, from: number, to: number): number {
  const n = plainDigits(buf, from, to);
  if (n >= 0) return n;
  let s = "";
  for (let p = from; p < to; p++) s += String.fromCharCode(buf[p]);
  return Number(s);
}

/** The value of 1 to 9 ASCII digits, or -1 for anything else (the caller then parses the text). */
function plainDigits(buf: Uint8Array, from: number, to: number): number {
  if (to - from < 1 || to - from > 9) return -1;
  let n = 0;
  for (let p = from; p < to; p++) {
    const d = buf[p] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function truncatedPart(): never {
  throw new Truncated();
}

