/**
 * Which table cells each generated sentence quotes, so that a sentence repeating a figure a rule
 * flagged wrong carries a visible marker. Generators tag a figure where they write it (the tag is
 * the cell's address between two private-use characters); generateExplanation settles every
 * paragraph: tags are collected per sentence and removed, never read back from the visible text.
 */
import type { Finding } from "../rules/shared/types";
import type { Place } from "../tables/types";
import { qualified } from "../workbook/address";

const OPEN = "\uE000";
const CLOSE = "\uE001";
const TAG = /\uE000([^\uE001]*)\uE001/g;
const SEPARATOR = "\uE002";

/** The tag of the cells a piece of text quotes or is computed from (empty when none). */
export function quoted(...places: (Place | undefined)[]): string {
  const cells = places.filter((p): p is Place => !!p).map((p) => qualified(p.sheet, p.cell));
  return cells.length ? `${OPEN}${cells.join(SEPARATOR)}${CLOSE}` : "";
}

/** The cells every rule error points at as the wrong figure: an error's own cell, and any finding's cause. */
export function flaggedCells(findings: readonly Finding[] = []): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of findings) {
    if (f.severity === "error" && !out.has(qualified(f.sheet, f.cell))) out.set(qualified(f.sheet, f.cell), f);
    if (f.cause && !out.has(qualified(f.cause.sheet, f.cause.cell))) out.set(qualified(f.cause.sheet, f.cause.cell), f);
  }
  return out;
}

/** The marker as it stands in a text (the narrative checker reads around it). */
export const FLAGGED_MARKER = /【待核：[^】]*】/g;

/** "【待核：表中数字有误，见审核结果 05表!C8】" before a sentence that quotes a flagged figure. */
export function flaggedMarker(cells: string[]): string {
  return `【待核：表中数字有误，见审核结果 ${cells.join("、")}】`;
}
export function flaggedMarkerEn(cells: string[]): string {
  return `[To check: a figure in the tables is flagged wrong, see the findings at ${cells.join(", ")}]`;
}

/** A generated sentence that quotes a flagged figure: its text (without the marker) and the flagged cells. */
export interface FlaggedSentence {
  text: string;
  cells: string[];
  marker: string;
  markerEn: string;
}

/** List numbering the marker goes after ("1.", "（一）"), so the number stays first. */
const NUMBERING = /^(\d+[.、．]|[（(][一二三四五六七八九十]+[）)])/;

/**
 * A paragraph as published: tags removed; each sentence (up to its "。") quoting a flagged cell
 * gets the marker in front. The flagged sentences are added to `out`.
 */
export function settleParagraph(paragraph: string, flagged: ReadonlyMap<string, Finding>, out: FlaggedSentence[]): string {
  if (!paragraph.includes(OPEN)) return paragraph;
  return paragraph
    .split(/(?<=。)/)
    .map((sentence) => {
      const cells = new Set<string>();
      for (const m of sentence.matchAll(TAG)) for (const cell of m[1].split(SEPARATOR)) if (flagged.has(cell)) cells.add(cell);
      const plain = sentence.replace(TAG, "");
      if (cells.size === 0) return plain;
      const list = [...cells];
      const marker = flaggedMarker(list);
      out.push({ text: plain, cells: list, marker, markerEn: flaggedMarkerEn(list) });
      const numbering = NUMBERING.exec(plain)?.[0] ?? "";
      return `${numbering}${marker}${plain.slice(numbering.length)}`;
    })
    .join("");
}
