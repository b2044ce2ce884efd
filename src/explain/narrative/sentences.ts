import type { SheetSnapshot } from "../../workbook/types";
import { isCellError } from "../../workbook/types";

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
}

const HEADING = /^[一二三四五六七八九十]+、/;
const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)]/;
const REASON = /(主要)?原因(是|为)[：:].*$/;

/** Splits text into sentences at "。", line by line, tracking headings. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let heading = "";
  let subheading = "";
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim().replace(/^#+\s*/, "");
    if (!line) return;
    if (HEADING.test(line) && line.length < 40) {
      heading = line;
      subheading = "";
      return;
    }
    if (SUBHEADING.test(line) && line.length < 40) {
      subheading = line;
      return;
    }
    line.split("。").forEach((piece, index) => {
      const body = piece.replace(REASON, "").trim();
      if (body) out.push({ line: i + 1, text: body, index, heading: `${heading}${subheading}` });
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
