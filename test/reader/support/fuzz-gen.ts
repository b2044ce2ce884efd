/**
 * Seeded generator and mutator of small .xlsx files for the differential test of the two readers:
 * numbers, shared and inline strings, str/bool/error cells, formulas with and without cached results,
 * shared formulas, date styles, merges, hidden sheets; XML written with varied whitespace, quotes,
 * references, comments and empty cells. The mutator then damages some of them (a cut part, a deleted
 * or inserted span, a flipped byte of the zip) so that malformed input is exercised as well.
 */
import { xmlEscape, xlsxParts } from "./xlsx-parts";
import { writeZip } from "./zip-writer";

export type Random = () => number;

/** mulberry32: small, fast, seeded. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const TEXTS = ["收入决算表", "合计", "项目", "金额单位：万元", "a<b & \"c\"", "  含空格  ", "2050101", "85%", "=SUM(A1)", "", "甲乙丙", "x_x000D_y", "'引号'"];
const NUMBERS = ["0", "1", "-1", "12.5", "1234567.89", "-0.000001", "1E-3", "3.0000000000000004", "45520", "100000000000000000000", "0.1"];
const ERRORS = ["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?"];
const FORMULAS = ["SUM(A1:A3)", "A1&\"x\"", "1/0", "B2*2", "IF(A1>0,1,0)", "TODAY()"];

function col(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Whitespace between attributes: mostly a space, sometimes tabs and newlines. */
function ws(r: Random): string {
  return r() < 0.85 ? " " : pick(r, ["\t", "\n", "\r\n ", "  ", " \t"]);
}

function attr(r: Random, name: string, value: string): string {
  const q = r() < 0.9 ? '"' : "'";
  return `${ws(r)}${name}${r() < 0.95 ? "" : " "}=${r() < 0.95 ? "" : " "}${q}${value}${q}`;
}

/** Text as a writer might escape it: entities, sometimes numeric references for CJK. */
function text(r: Random, s: string): string {
  const escaped = xmlEscape(s);
  if (r() < 0.2) return escaped.replace(/[\u4e00-\u9fff]/g, (ch) => (r() < 0.5 ? `&#${ch.codePointAt(0)};` : `&#x${ch.codePointAt(0)!.toString(16)};`));
  return escaped;
}

interface Sheet {
  name: string;
  xml: string;
  state?: string;
}

function sheet(r: Random, index: number, strings: string[]): Sheet {
  const height = int(r, 0, 14);
  const width = int(r, 1, 8);
  const rows: string[] = [];
  const masters: { si: number; row: number; col: number }[] = [];
  for (let y = 0; y < height; y++) {
    if (r() < 0.15) continue;
    const cells: string[] = [];
    for (let x = 0; x < width; x++) {
      if (r() < 0.3) continue;
      const ref = `${col(x)}${y + 1}`;
      const style = r() < 0.7 ? undefined : String(int(r, 0, 4));
      const a = attr(r, "r", ref) + (style !== undefined ? attr(r, "s", style) : "");
      const kind = r();
      if (kind < 0.05) cells.push(`<c${a}/>`);
      else if (kind < 0.35) cells.push(`<c${a}><v>${pick(r, NUMBERS)}</v></c>`);
      else if (kind < 0.55) {
        const s = pick(r, TEXTS);
        let i = strings.indexOf(s);
        if (i < 0) i = strings.push(s) - 1;
        cells.push(`<c${a}${attr(r, "t", "s")}><v>${i}</v></c>`);
      } else if (kind < 0.6) cells.push(`<c${a}${attr(r, "t", "inlineStr")}><is><t>${text(r, pick(r, TEXTS))}</t></is></c>`);
      else if (kind < 0.64) cells.push(`<c${a}${attr(r, "t", "str")}><v>${text(r, pick(r, TEXTS))}</v></c>`);
      else if (kind < 0.68) cells.push(`<c${a}${attr(r, "t", "b")}><v>${int(r, 0, 1)}</v></c>`);
      else if (kind < 0.73) cells.push(`<c${a}${attr(r, "t", "e")}><v>${pick(r, ERRORS)}</v></c>`);
      else if (kind < 0.85) {
        const t = pick(r, ["", "str", "b", "e"]);
        const v = t === "" ? pick(r, NUMBERS) : t === "str" ? text(r, pick(r, TEXTS)) : t === "b" ? String(int(r, 0, 1)) : pick(r, ERRORS);
        const cached = r() < 0.8 ? `<v>${v}</v>` : "";
        cells.push(`<c${a}${t ? attr(r, "t", t) : ""}><f>${text(r, pick(r, FORMULAS))}</f>${cached}</c>`);
      } else if (kind < 0.93 && y + 2 < height) {
        const si = masters.length;
        masters.push({ si, row: y, col: x });
        cells.push(`<c${a}><f${attr(r, "t", "shared")}${attr(r, "ref", `${ref}:${col(x)}${y + 3}`)}${attr(r, "si", String(si))}>${col(x === 0 ? 1 : 0)}${y + 1}+1</f><v>${pick(r, NUMBERS)}</v></c>`);
      } else {
        const m = masters.find((q) => q.col === x && q.row < y && y <= q.row + 2);
        if (m) cells.push(`<c${a}><f${attr(r, "t", "shared")}${attr(r, "si", String(m.si))}/><v>${pick(r, NUMBERS)}</v></c>`);
        else cells.push(`<c${a}><v>${pick(r, NUMBERS)}</v></c>`);
      }
      if (r() < 0.02) cells.push("<!-- note -->");
    }
    rows.push(`<row${attr(r, "r", String(y + 1))}>${cells.join(r() < 0.1 ? "\n  " : "")}</row>`);
  }
  const merges: string[] = [];
  const taken: number[][] = [];
  for (let m = int(r, 0, 3); m > 0; m--) {
    const top = int(r, 0, Math.max(0, height - 1));
    const left = int(r, 0, width - 1);
    const bottom = top + int(r, 0, 2);
    const right = left + int(r, 0, 2);
    if (bottom === top && right === left) continue;
    if (taken.some(([t, l, b, rr]) => t <= bottom && top <= b && l <= right && left <= rr)) continue;
    taken.push([top, left, bottom, right]);
    merges.push(`<mergeCell${attr(r, "ref", `${col(left)}${top + 1}:${col(right)}${bottom + 1}`)}/>`);
  }
  const dimension = r() < 0.3 ? `<dimension ref="A1:${col(width - 1)}${height || 1}"/>` : "";
  const after = merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "";
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${dimension}<sheetData>${rows.join("")}</sheetData>${after}</worksheet>`;
  const state = r() < 0.1 ? pick(r, ["hidden", "veryHidden"]) : undefined;
  return { name: r() < 0.3 ? pick(r, ["表<一>", "T&1", "空表", "第三"]) + index : `Sheet${index + 1}`, xml, state };
}

/** A well-formed workbook. */
export function generate(r: Random): Uint8Array {
  const strings: string[] = [];
  const sheets = Array.from({ length: int(r, 1, 3) }, (_, i) => sheet(r, i, strings));
  return writeZip(xlsxParts({ sheets, sharedStrings: strings.length || r() < 0.5 ? strings : undefined }));
}

export type Mutation = "none" | "cut-sheet" | "delete-span" | "insert-span" | "flip-byte" | "cut-zip";

/** A workbook, damaged in one way one time in three. */
export function generateMutated(r: Random): { bytes: Uint8Array; mutation: Mutation } {
  if (r() < 0.67) return { bytes: generate(r), mutation: "none" };
  const strings: string[] = [];
  const sheets = Array.from({ length: int(r, 1, 2) }, (_, i) => sheet(r, i, strings));
  const mutation = pick(r, ["cut-sheet", "delete-span", "insert-span", "flip-byte", "cut-zip"] as const);
  const target = sheets[0];
  const at = int(r, 0, target.xml.length - 1);
  if (mutation === "cut-sheet") target.xml = target.xml.slice(0, at);
  else if (mutation === "delete-span") target.xml = target.xml.slice(0, at) + target.xml.slice(at + int(r, 1, 12));
  else if (mutation === "insert-span") target.xml = target.xml.slice(0, at) + pick(r, ["<", ">", "&", "<c", "</c>", '"', "<x/>", "&#0;", "<![CDATA[", "\t", "<c r=\"A1\">"]) + target.xml.slice(at);
  const bytes = writeZip(xlsxParts({ sheets, sharedStrings: strings }));
  if (mutation === "flip-byte") bytes[int(r, 0, bytes.length - 1)] ^= 1 << int(r, 0, 7);
  if (mutation === "cut-zip") return { bytes: bytes.subarray(0, int(r, 1, bytes.length - 1)), mutation };
  return { bytes, mutation };
}
