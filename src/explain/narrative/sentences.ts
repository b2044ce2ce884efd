import type { SheetSnapshot } from "../../workbook/types";
import { isCellError } from "../../workbook/types";
import { FLAGGED_MARKER } from "../quotes";

/** One sentence of a written 说明, with the line it stands on and the headings above it. */
export interface Sentence {
  /** 1-based line of the source text (for a sheet: its row). */
  line: number;
  /** the sentence with its "主要原因是：…" tail removed (reasons are free text, never checked). */
  text: string;
  /** index of the sentence within its line. */
  index: number;
  /** "五、一般公共预算…" and "（二）…结构情况" above it. */
  heading: string;
  /** whether the sentence gives a reason (原因是：…), even an empty one. */
  reason: boolean;
}

const HEADING = /^[一二三四五六七八九十]+、/;
const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)]/;
/** "主要原因是：…", also "原因为…", "增加原因主要是…" without the colon, as other departments write it. */
const REASON = /(主要)?原因(主要)?(是|为|在于)[：:]?|(主要)?原因[：:]/;
/** A clause stating a figure: after "；" it is the next item, no longer the reason. */
const FIGURE = /\d(万元|%)/;

/**
 * The sentence without its reasons: a reason runs to the end of the sentence, or to the "；" after
 * which the next item states its own figure ("…原因为厉行节约；公务接待费支出2.05万元，…").
 */
function stripReasons(piece: string): { body: string; reason: boolean } {
  const m = REASON.exec(piece);
  if (!m) return { body: piece, reason: false };
  const clauses = piece.slice(m.index).split(/(?<=[；;])/);
  let next = 1;
  while (next < clauses.length && !FIGURE.test(clauses[next])) next++;
  return { body: piece.slice(0, m.index) + stripReasons(clauses.slice(next).join("")).body, reason: true };
}

const PART = /^第[一二三四五六七八九十]+部分/;
const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Published text as a checker can read it (PDF or Word export): full-width digits, ％ and the
 * decimal point made ASCII; spaces dropped inside a figure and between a figure and its unit
 * ("5377.64 万元", "2, 970.86").
 */
export function normalizeFigures(line: string): string {
  return line
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/g, "%")
    .replace(/(\d)[．](\d)/g, "$1.$2")
    .replace(/(\d)[\s\u3000]*([,.])[\s\u3000]*(\d)/g, "$1$2$3")
    .replace(/(\d)[\s\u3000]+(万\s*元|元|%|个)/g, "$1$2")
    .replace(/万[\s\u3000]+元/g, "万元");
}

/** A numbered line that states a figure or ends a sentence is body text ("（一）因公出国（境）费支出0万元。"). */
function isHeading(line: string): boolean {
  if (/万元|。/.test(line)) return false;
  return ((HEADING.test(line) || SUBHEADING.test(line)) && line.length < 40) || PART.test(line);
}

/** A PDF's page furniture between two halves of a paragraph: "- 3 -", "—10—", "第 3 页", a bare page number. */
const PAGE_FURNITURE = /^([-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(\s*共\s*\d+\s*页)?)$/;

/**
 * Lines as written, with a sentence the PDF broke across lines joined again: a long line that
 * does not end a sentence continues on the next (unless that one is a heading). Each joined
 * line keeps the number of the line it starts on.
 */
function logicalLines(text: string): { line: string; at: number }[] {
  const out: { line: string; at: number }[] = [];
  let open = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    // a generated 说明 read back: its 【待核…】 markers are not part of the sentence
    const line = normalizeFigures(raw.replace(/\f/g, "").replace(FLAGGED_MARKER, "").trim().replace(/^#+\s*/, ""));
    // a blank line or a page number between two halves of a sentence (a PDF page break) keeps it open
    if (!line || PAGE_FURNITURE.test(line)) return;
    if (open && !isHeading(line)) out[out.length - 1].line = normalizeFigures(out[out.length - 1].line + line);
    else out.push({ line, at: i + 1 });
    const last = out[out.length - 1].line;
    open = !isHeading(last) && last.length >= 20 && !/[。！？!?]$/.test(last);
  });
  return out;
}

/** Splits text into sentences at "。", line by line, tracking headings. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let heading = "";
  let subheading = "";
  logicalLines(text).forEach(({ line, at }) => {
    const i = at - 1;
    if (HEADING.test(line) && isHeading(line)) {
      heading = line;
      subheading = "";
      return;
    }
    if (SUBHEADING.test(line) && isHeading(line)) {
      subheading = line;
      return;
    }
    line.split("。").forEach((piece, index) => {
      const { body, reason } = stripReasons(piece);
      if (body.trim()) out.push({ line: i + 1, text: body.trim(), index, heading: `${heading}${subheading}`, reason });
    });
  });
  return out;
}

/** A sheet holding a written 说明 as text: one line per row, so line N is row N. */
export function sheetText(sheet: SheetSnapshot): string {
  const lines: string[] = [];
  for (let r = 0; r < sheet.origin.row; r++) lines.push("");
  for (const row of sheet.values) {
    lines.push((row ?? []).map((v) => (v === null || v === undefined || isCellError(v) ? "" : String(v))).join("").trim());
  }
  return lines.join("\n");
}
