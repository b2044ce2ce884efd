/**
 * The XML scanner of xml-scan.ts over UTF-8 bytes, for sheet parts read as they are inflated: the same
 * tags, names, attribute rules, comments, PIs, CDATA and references, with the same declines, but on a
 * window of bytes that may end inside a tag. Reaching the end of the window throws NEED_MORE while more
 * bytes may come (the caller keeps the unfinished unit and retries with more), and behaves as the end of
 * the text once the part is complete (`final`). Text is decoded only where a value needs it.
 */
import { decode, TagKind, Truncated, Unsupported } from "./xml-scan";

// module-level copies: an imported binding is read through a getter on every use in the CommonJS
// output tsx runs, and these are read for every tag
const OPEN = TagKind.Open;
const CLOSE = TagKind.Close;
const EMPTY = TagKind.Empty;
const decodeText = decode;

/** Thrown (not an Error: no stack) when the window ends before the unit being read does. */
export const NEED_MORE: unique symbol = Symbol("need more bytes");

/** Local names the sheet reader asks about; anything else is OTHER. */
export const enum Name {
  Other,
  C,
  V,
  F,
  T,
  Is,
  Row,
  SheetData,
  Worksheet,
  // the shared-string table's
  Si,
  R,
  RPh,
  RPr,
  PhoneticPr,
}

export interface ByteTag {
  kind: TagKind;
  name: Name;
  /** index of "<". */
  start: number;
  /** index of the local name (after any prefix). */
  local: number;
  /** index just after the name (attributes follow). */
  attrs: number;
  /** index just after ">". */
  end: number;
}

export function newByteTag(): ByteTag {
  return { kind: OPEN, name: Name.Other, start: 0, local: 0, end: 0, attrs: 0 };
}

// segments are cut at ASCII delimiters, so decoding each alone equals decoding the part whole; a
// U+FEFF inside text is kept (only the part's first bytes could be a byte order mark, and those are markup)
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

const COMMENT = [60, 33, 45, 45]; // <!--
const CDATA = [60, 33, 91, 67, 68, 65, 84, 65, 91]; // <![CDATA[
const COMMENT_END = [45, 45, 62]; // -->
const CDATA_END = [93, 93, 62]; // ]]>
const PI_END = [63, 62]; // ?>

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Receives one attribute: name [ns, ne), raw value [vs, ve) (between the quotes). */
export interface AttributeSink {
  attribute(buf: Uint8Array, ns: number, ne: number, vs: number, ve: number): void;
}

export class ByteScanner {
  buf: Uint8Array = new Uint8Array(0);
  /** bytes [0, lim) of buf are the window. */
  lim = 0;
  /** no bytes follow the window: its end is the end of the part. */
  final = false;

  /** The window ends here: wait for more bytes, or it is the end of the text. */
  private more(): void {
    if (!this.final) throw NEED_MORE;
  }

  /** byte at p, or NaN past the window's end (as charCodeAt past a string's end), waiting for more first. */
  at(p: number): number {
    if (p < this.lim) return this.buf[p];
    this.more();
    return NaN;
  }

  indexOf(byte: number, from: number): number {
    // a loop: the byte sought is mostly a few bytes on, nearer than a builtin call costs
    const buf = this.buf;
    const lim = this.lim;
    for (let p = from; p < lim; p++) if (buf[p] === byte) return p;
    return -1;
  }

  startsWith(p: number, marker: number[]): boolean {
    for (let i = 0; i < marker.length; i++) if (this.at(p + i) !== marker[i]) return false;
    return true;
  }

  /** index after `marker` found at or after `from`. */
  private skipTo(from: number, marker: number[]): number {
    const first = marker[0];
    for (let p = from; ; p++) {
      p = this.indexOf(first, p);
      if (p < 0) {
        this.more();
        throw new Truncated();
      }
      if (this.startsWith(p, marker)) return p + marker.length;
    }
  }

  /**
   * The next element tag at or after `from` (comments, PIs and CDATA between are skipped), or null at
   * the end of the text; `tag` is filled in place.
   */
  nextTag(from: number, tag: ByteTag): ByteTag | null {
    let p = from;
    for (;;) {
      const lt = this.indexOf(60, p);
      if (lt < 0) {
        this.more();
        return null;
      }
      const c = this.at(lt + 1);
      if (c === 33 /* ! */) {
        if (this.startsWith(lt, COMMENT)) p = this.skipTo(lt + 4, COMMENT_END);
        else if (this.startsWith(lt, CDATA)) p = this.skipTo(lt + 9, CDATA_END);
        else throw new Unsupported(); // DOCTYPE and the like
        continue;
      }
      if (c === 63 /* ? */) {
        p = this.skipTo(lt + 2, PI_END);
        continue;
      }
      const close = c === 47;
      let q = close ? lt + 2 : lt + 1;
      const nameStart = q;
      let colon = -1;
      const buf = this.buf;
      for (;;) {
        if (q >= this.lim) {
          this.more();
          break;
        }
        const b = buf[q];
        if (b === 32 || b === 9 || b === 10 || b === 13 || b === 62 || b === 47) break;
        if (b === 58) colon = q;
        q++;
      }
      if (q === nameStart) {
        if (q >= this.lim) throw new Truncated();
        throw new Unsupported();
      }
      const end = this.tagEnd(q);
      tag.kind = close ? CLOSE : buf[end - 2] === 47 ? EMPTY : OPEN;
      tag.local = colon < 0 ? nameStart : colon + 1;
      tag.name = nameOf(buf, tag.local, q);
      tag.start = lt;
      tag.attrs = q;
      tag.end = end;
      return tag;
    }
  }

  /** Index after the ">" closing a tag whose attributes start at `from` (quotes may hold ">"). */
  tagEnd(from: number): number {
    const buf = this.buf;
    let quote = 0;
    for (let p = from; ; p++) {
      if (p >= this.lim) {
        this.more();
        throw new Truncated();
      }
      const c = buf[p];
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 62) return p + 1;
      else if (c === 34 || c === 39) quote = c;
    }
  }

  /** The element starting with `open` skipped: index after its end tag. */
  skipElement(open: ByteTag, scratch: ByteTag): number {
    if (open.kind !== OPEN) return open.end;
    let depth = 1;
    let p = open.end;
    for (;;) {
      if (!this.nextTag(p, scratch)) throw new Truncated();
      p = scratch.end;
      if (scratch.kind === OPEN) depth++;
      else if (scratch.kind === CLOSE && --depth === 0) return p;
    }
  }

  /**
   * The attributes of a tag, each given to `sink` as written (prefix kept); a malformed list declines,
   * as xml-scan.ts's attributes().
   */
  attributes(tag: ByteTag, sink: AttributeSink): void {
    const buf = this.buf;
    const stop = tag.kind === EMPTY ? tag.end - 2 : tag.end - 1;
    let p = tag.attrs;
    for (;;) {
      while (p < stop && isSpace(buf[p])) p++;
      if (p >= stop) return;
      const ns = p;
      while (p < stop && !isSpace(buf[p]) && buf[p] !== 61) p++;
      const ne = p;
      while (p < stop && isSpace(buf[p])) p++;
      if (p >= stop || buf[p] !== 61 || ne === ns) throw new Unsupported();
      p++;
      while (p < stop && isSpace(buf[p])) p++;
      const quote = p < stop ? buf[p] : 0;
      if (quote !== 34 && quote !== 39) throw new Unsupported();
      let end = p + 1;
      while (end < stop && buf[end] !== quote) end++;
      if (end >= stop) throw new Unsupported();
      sink.attribute(buf, ns, ne, p + 1, end);
      p = end + 1;
    }
  }

  /** A raw attribute value as xml-scan.ts gives it: references decoded, whitespace characters as spaces. */
  attributeValue(vs: number, ve: number): string {
    let value = decodeText(this.text(vs, ve));
    if (/[\t\n\r]/.test(value)) value = value.replace(/[\t\n\r]/g, " ");
    return value;
  }

  /** Bytes [from, to) as text (UTF-8), no references decoded. */
  text(from: number, to: number): string {
    const buf = this.buf;
    // short ASCII (addresses, numbers, types): no decoder call
    if (to - from <= 16) {
      let s = "";
      for (let p = from; p < to; p++) {
        const b = buf[p];
        if (b >= 128) return utf8.decode(buf.subarray(from, to));
        s += String.fromCharCode(b);
      }
      return s;
    }
    return utf8.decode(buf.subarray(from, to));
  }

  /**
   * The text content of the element whose start tag ends at `from`, up to its closing tag (as
   * xml-scan.ts's textContent): the text and the index after the closing tag.
   */
  textContent(from: number): { text: string; end: number } {
    let text = "";
    let p = from;
    for (;;) {
      const lt = this.indexOf(60, p);
      if (lt < 0) {
        this.more();
        throw new Truncated();
      }
      if (lt > p) text += decodeText(this.text(p, lt));
      if (this.startsWith(lt, CDATA)) {
        const end = this.skipTo(lt + 9, CDATA_END) - 3;
        text += this.text(lt + 9, end);
        p = end + 3;
        continue;
      }
      if (this.startsWith(lt, COMMENT)) {
        p = this.skipTo(lt + 4, COMMENT_END);
        continue;
      }
      if (this.at(lt + 1) !== 47) throw new Unsupported();
      return { text, end: this.tagEnd(lt + 2) };
    }
  }

  /**
   * The common `<v>12.5</v>`: the text from `from` is plain number characters right up to a closing
   * tag. Returns the index of that "<" (the text is [from, lt)), or -1 when the text is anything else
   * (then textContent decides).
   */
  plainNumber(from: number): number {
    const buf = this.buf;
    for (let p = from; p < this.lim; p++) {
      const b = buf[p];
      if (b === 60) return p + 1 < this.lim && buf[p + 1] === 47 ? p : -1;
      // digits . - + e E
      if (!((b >= 48 && b <= 57) || b === 46 || b === 45 || b === 43 || b === 101 || b === 69)) return -1;
    }
    return -1;
  }
}

function nameOf(buf: Uint8Array, from: number, to: number): Name {
  const b = buf[from];
  switch (to - from) {
    case 1:
      return b === 99 ? Name.C : b === 118 ? Name.V : b === 102 ? Name.F : b === 116 ? Name.T : b === 114 ? Name.R : Name.Other;
    case 2:
      if (b === 105 && buf[from + 1] === 115) return Name.Is;
      return b === 115 && buf[from + 1] === 105 ? Name.Si : Name.Other;
    case 3:
      if (b === 114 && buf[from + 1] === 111 && buf[from + 2] === 119) return Name.Row;
      if (b === 114 && buf[from + 1] === 80) return buf[from + 2] === 104 ? Name.RPh : buf[from + 2] === 114 ? Name.RPr : Name.Other;
      return Name.Other;
    case 10:
      return equals(buf, from, PHONETIC_PR) ? Name.PhoneticPr : Name.Other;
    case 9:
      if (equals(buf, from, SHEET_DATA)) return Name.SheetData;
      if (equals(buf, from, WORKSHEET)) return Name.Worksheet;
      return Name.Other;
    default:
      return Name.Other;
  }
}

const ascii = (word: string): number[] => Array.from(word, (ch) => ch.charCodeAt(0));
const SHEET_DATA = ascii("sheetData");
const WORKSHEET = ascii("worksheet");
const PHONETIC_PR = ascii("phoneticPr");

function equals(buf: Uint8Array, from: number, word: number[]): boolean {
  for (let i = 0; i < word.length; i++) if (buf[from + i] !== word[i]) return false;
  return true;
}

/** The parts one after another (one part: itself, no copy). */
export function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
