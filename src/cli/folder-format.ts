/**
 * A folder's output as pieces that can be written one file at a time (a batch of thousands of
 * workbooks never sits in memory): head, one piece per file in input order, then the tail built from
 * the small per-file rows of the closing table. Concatenated they are the whole folder output.
 */
import type { Language } from "./args";
import { folderRow } from "./labels";
import type { FileOutcome } from "./outcome";

export interface FolderFormat {
  head: string;
  /** one file's block, its separator included; `index` is its place in the folder (0 first). */
  piece(outcome: FileOutcome, lang: Language, index: number): string;
  /** after the last file: the closing table from every file's folderRow. */
  tail(rows: string[][], lang: Language): string;
}

export function renderFolder(format: FolderFormat, outcomes: FileOutcome[], lang: Language): string {
  const pieces = outcomes.map((outcome, index) => format.piece(outcome, lang, index));
  return format.head + pieces.join("") + format.tail(outcomes.map((outcome) => folderRow(outcome, lang)), lang);
}
