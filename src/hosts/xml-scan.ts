/**
 * A small, total XML scanner for the fast .xlsx reader: tags with any XML whitespace, namespace
 * prefixes (`x:c` reads as `c`), self-closing elements, comments, processing instructions, CDATA,
 * entity and numeric character references. Every step advances or stops: no input makes it loop.
 * What it does not model (DOCTYPE, unknown entities, a character reference to no character) throws
 * Unsupported, and the reader declines the file; a tag cut off by the end of the text throws Truncated.
 */

/** The file leaves what the fast reader reproduces exactly: ExcelJS reads it instead. */
export class Unsupported extends Error {}
/** The text ends inside markup: the part is cut short. */
export class Truncated extends Error {}

export const enum TagKind {
  Open,
  Close,
  Empty,
}

export interface Tag {
  kind: TagKind;
  /** local name (prefix removed). */
  name: string;
  /** index of "<". */
  start: number;
  /** index just after the name (attributes follow). */
  attrs: number;
  /** index just after ">". */
  end: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47 || Number.isNaN(c);
}

/**
 * The next element tag at or after `from` (comments, PIs and CDATA between are skipped), or null at
 * the end of the text. `tag` is filled in place (no allocation per tag).
 */
export function nextTag(xml: string, from: number, tag: Tag): Tag | null {
  let p = from;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0) return null;
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (xml.startsWith("<!--", lt)) p = skipTo(xml, lt + 4, "-->");
      else if (xml.startsWith("<![CDATA[", lt)) p = skipTo(xml, lt + 9, "]]>");
      else throw new Unsupported(); // DOCTYPE and the like
      continue;
    }
    if (c === 63 /* ? */) {
      p = skipTo(xml, lt + 2, "?>");
      continue;
    }
    const close = c === 47;
    let q = close ? lt + 2 : lt + 1;
    const nameStart = q;
    let colon = -1;
    while (!isNameEnd(xml.charCodeAt(q))) {
      if (xml.charCodeAt(q) === 58) colon = q;
      q++;
    }
    if (q === nameStart) {
      if (q >= xml.length) throw new Truncated();
      throw new Unsupported();
    }
    const end = tagEnd(xml, q);
    tag.kind = close ? TagKind.Close : xml.charCodeAt(end - 2) === 47 ? TagKind.Empty : TagKind.Open;
    tag.name = localName(xml, colon < 0 ? nameStart : colon + 1, q);
    tag.start = lt;
    tag.attrs = q;
    tag.end = end;
    return tag;
  }
}

/** One-letter names (c, v, f, t, r) without a new string per tag: the sheet's hot path. */
const LETTERS: string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

function localName(xml: string, from: number, to: number): string {
  if (to - from === 1) {
    const c = xml.charCodeAt(from);
    if (c < 128) return LETTERS[c];
  }
  if (to - from === 3 && xml.startsWith("row", from)) return "row";
  return xml.slice(from, to);
}

function skipTo(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new Truncated();
  return at + marker.length;
}

/** Index after the ">" closing a tag whose attributes start at `from` (quotes may hold ">"). */
function tagEnd(xml: string, from: number): number {
  const n = xml.length;
  let quote = 0;
  for (let p = from; p < n; p++) {
    const c = xml.charCodeAt(p);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return p + 1;
    else if (c === 34 || c === 39) quote = c;
  }
  throw new Truncated();
}

/**
 * The attributes of a tag, decoded, by name as written (prefix kept: `r:id`). Any whitespace around
 * "=" and between attributes; a malformed list declines.
 */
export function attributes(xml: string, tag: Tag): Map<string, string> {
  const out = new Map<string, string>();
  eachAttribute(xml, tag, (name, value) => out.set(name, value));
  return out;
}

/** A cell's r, t and s, into a reused object (the hot path: no map per cell). */
export interface CellAttributes {
  r: string | undefined;
  t: string | undefined;
  s: string | undefined;
}

export function cellAttributes(xml: string, tag: Tag, out: CellAttributes): CellAttributes {
  out.r = out.t = out.s = undefined;
  eachAttribute(xml, tag, (name, value) => {
    if (name === "r") out.r = value;
    else if (name === "t") out.t = value;
    else if (name === "s") out.s = value;
  });
  return out;
}

function eachAttribute(xml: string, tag: Tag, take: (name: string, value: string) => void): void {
  const stop = tag.kind === TagKind.Empty ? tag.end - 2 : tag.end - 1;
  let p = tag.attrs;
  for (;;) {
    while (p < stop && isSpace(xml.charCodeAt(p))) p++;
    if (p >= stop) return;
    const nameStart = p;
    while (p < stop && !isSpace(xml.charCodeAt(p)) && xml.charCodeAt(p) !== 61) p++;
    const name = localName(xml, nameStart, p);
    while (p < stop && isSpace(xml.charCodeAt(p))) p++;
    if (xml.charCodeAt(p) !== 61 || name === "") throw new Unsupported();
    p++;
    while (p < stop && isSpace(xml.charCodeAt(p))) p++;
    const quote = xml[p];
    if (quote !== '"' && quote !== "'") throw new Unsupported();
    const end = xml.indexOf(quote, p + 1);
    if (end < 0 || end > stop) throw new Unsupported();
    let value = decode(xml.slice(p + 1, end));
    // attribute values normalize whitespace characters to spaces (XML 1.0 §3.3.3)
    if (/[\t\n\r]/.test(value)) value = value.replace(/[\t\n\r]/g, " ");
    take(name, value);
    p = end + 1;
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Entity and character references decoded; an unknown entity or an invalid reference declines. */
export function decode(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&([^;&]*);?/g, (whole, e: string) => {
    if (!whole.endsWith(";")) throw new Unsupported();
    if (e[0] === "#") {
      const code = e[1] === "x" ? (/^[0-9a-fA-F]+$/.test(e.slice(2)) ? parseInt(e.slice(2), 16) : NaN) : /^[0-9]+$/.test(e.slice(1)) ? parseInt(e.slice(1), 10) : NaN;
      if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new Unsupported();
      return String.fromCodePoint(code);
    }
    const c = ENTITIES[e];
    if (c === undefined) throw new Unsupported();
    return c;
  });
}

/**
 * The text content of the element whose start tag ends at `from`, up to its closing tag: character
 * data, references and CDATA sections; a child element declines. Returns the text and the index after
 * the closing tag.
 */
export function textContent(xml: string, from: number): { text: string; end: number } {
  let text = "";
  let p = from;
  for (;;) {
    const lt = xml.indexOf("<", p);
    if (lt < 0) throw new Truncated();
    text += decode(xml.slice(p, lt));
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0) throw new Truncated();
      text += xml.slice(lt + 9, end);
      p = end + 3;
      continue;
    }
    if (xml.startsWith("<!--", lt)) {
      p = skipTo(xml, lt + 4, "-->");
      continue;
    }
    if (xml.charCodeAt(lt + 1) !== 47) throw new Unsupported();
    return { text, end: tagEnd(xml, lt + 2) };
  }
}
