/**
 * One workbook of a folder run as data crossing threads: the task sent to a worker and the result it
 * sends back (formatted text and a row of counts, never the snapshot).
 */
import type { Language, OutputFormat } from "./args";
import type { ReviewConfig } from "../review/config";
import type { ReadLimits } from "../hosts/read-limits";
import type { FolderFormat } from "./folder-format";
import { jsonFolder } from "./format-json";
import { mdFolder } from "./format-md";
import { textFolder } from "./format-text";
import { folderRow } from "./labels";
import { exitCodeOf, noTablesLine, type FileOutcome } from "./outcome";

export interface FolderTask {
  index: number;
  file: string;
  format: OutputFormat;
  lang: Language;
  /** --profile id; the profile itself is looked up in the worker (only plain data crosses threads). */
  profile?: string;
  /** the --config settings, read once by the main thread (plain JSON crosses threads). */
  config?: ReviewConfig;
  /** the --max-… read limits (plain numbers cross threads). */
  limits?: Partial<ReadLimits>;
}

export interface FolderResult {
  index: number;
  file: string;
  /** this file's block of the output (FolderFormat.piece). */
  piece: string;
  /** its row of the closing table. */
  row: string[];
  code: 0 | 1 | 2;
  /** the one-line reason when the file is unusable (also shown on stderr). */
  error?: string;
}

export const FOLDER_FORMATS: Record<OutputFormat, FolderFormat> = { text: textFolder, json: jsonFolder, md: mdFolder };

/** The result for a file that never produced an outcome (time limit, crashed worker). */
export function failedResult(task: FolderTask, error: string): FolderResult {
  const outcome: FileOutcome = { file: task.file, error };
  return resultOf(task, outcome);
}

export function resultOf(task: FolderTask, outcome: FileOutcome): FolderResult {
  return {
    index: task.index,
    file: task.file,
    piece: FOLDER_FORMATS[task.format].piece(outcome, task.lang, task.index),
    row: folderRow(outcome, task.lang),
    code: exitCodeOf(outcome),
    // a workbook without any standard table is reported like an unusable one: one line saying what it held
    error: outcome.error ?? noTablesLine(outcome),
  };
}
