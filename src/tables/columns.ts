import type { Header } from "./header";

/**
 * How to recognize one column from its caption pieces (top to bottom, normalized). Each recognizer lists its
 * table's own captions as ColumnSpec data: lists of the same shape in two recognizers are two headers, not a copy.
 */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** Chinese caption for messages ("本年收入合计"). */
  label: string;
  test: (caption: string, pieces: string[]) => boolean;
}

/** Maps columns to keys by caption, in any column order; each key takes its first matching column. */
export function mapColumns<K extends string>(
  header: Header,
  specs: ColumnSpec<K>[],
  skip: Set<number> = new Set(),
): Map<K, number> {
  const found = new Map<K, number>();
  const cols = [...header.pieces.keys()].sort((a, b) => a - b);
  for (const col of cols) {
    if (skip.has(col)) continue;
    const pieces = header.pieces.get(col)!;
    const joined = pieces.join("");
    for (const spec of specs) {
      if (found.has(spec.key)) continue;
      if (spec.test(joined, pieces)) {
        found.set(spec.key, col);
        break;
      }
    }
  }
  return found;
}

/** The required specs a mapping lacks, as "本年收入合计、财政拨款收入". */
export function missingColumns<K extends string>(found: Map<K, number>, specs: ColumnSpec<K>[], required: K[]): string {
  return specs
    .filter((s) => required.includes(s.key) && !found.has(s.key))
    .map((s) => s.label)
    .join("、");
}

/** Columns in sheet order. */
export function orderedKeys<K extends string>(found: Map<K, number>): K[] {
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
}

export const has = (...words: string[]) => (caption: string) => words.some((w) => caption.includes(w));
export const last = (pieces: string[]) => pieces[pieces.length - 1];
