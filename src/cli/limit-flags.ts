/**
 * The read limits as command-line flags (--max-cells, --max-inflated 2G, …): one table naming each
 * flag, the ReadLimits figure it sets and how its value is written, so the parser, --help and the hint
 * on a limit error stay the same list.
 */
import { DEFAULT_READ_LIMITS, limitOf, type ReadLimits } from "../hosts/read-limits";

interface LimitFlag {
  flag: string;
  limit: keyof ReadLimits;
  /** a byte size (plain bytes or K/M/G) rather than a count. */
  size: boolean;
  zh: string;
  en: string;
}

export const LIMIT_FLAGS: readonly LimitFlag[] = [
  { flag: "--max-cells", limit: "cells", size: false, zh: "单元格数上限（所有工作表合计）", en: "cells of all sheets" },
  { flag: "--max-sheets", limit: "sheets", size: false, zh: "工作表数上限", en: "sheets" },
  { flag: "--max-merges", limit: "merges", size: false, zh: "合并区域数上限（所有工作表合计）", en: "merged ranges of all sheets" },
  { flag: "--max-string", limit: "stringLength", size: false, zh: "单个文本或公式的字符数上限", en: "characters of one text or formula" },
  { flag: "--max-inflated", limit: "totalBytes", size: true, zh: "解压后总大小上限（字节，可带 K/M/G，如 2G）", en: "total inflated size (bytes, K/M/G allowed, e.g. 2G)" },
  { flag: "--max-part", limit: "entryBytes", size: true, zh: "单个部件解压后大小上限（字节，可带 K/M/G）", en: "inflated size of one part (bytes, K/M/G allowed)" },
];

const UNITS: Record<string, number> = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export function limitFlag(flag: string): LimitFlag | undefined {
  return LIMIT_FLAGS.find((f) => f.flag === flag);
}

/** The figure a flag's value stands for, or undefined when it is not a positive whole number (of bytes). */
function figureOf(spec: LimitFlag, value: string): number | undefined {
  const match = spec.size ? /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value) : /^(\d+)$/.exec(value);
  if (!match) return undefined;
  const figure = Math.floor(Number(match[1]) * UNITS[(match[2] ?? "").toUpperCase()]);
  return figure >= 1 && Number.isSafeInteger(figure) ? figure : undefined;
}

/** Parses one limit flag's value; the error message is one line, Chinese then English. */
export function parseLimitValue(spec: LimitFlag, value: string): { figure: number } | { error: string } {
  const figure = figureOf(spec, value);
  if (figure !== undefined) return { figure };
  return spec.size
    ? { error: `${spec.flag} 需要正的字节数（可带 K/M/G，如 2G），收到 "${value}" / ${spec.flag} needs a positive size in bytes (K/M/G allowed, e.g. 2G), got "${value}"` }
    : { error: `${spec.flag} 需要正整数，收到 "${value}" / ${spec.flag} needs a positive integer, got "${value}"` };
}

/** The flag that raises a limit, for the advice shown with a limit error (CLI and task pane). */
export function flagOfLimit(limit: keyof ReadLimits): string {
  return LIMIT_FLAGS.find((f) => f.limit === limit)?.flag ?? "--max-cells";
}

/** A default as the flag would be written: 10,000,000 or 512M. */
function shown(spec: LimitFlag): string {
  const figure = DEFAULT_READ_LIMITS[spec.limit];
  if (!spec.size) return figure.toLocaleString("en-US");
  const unit = ["G", "M", "K"].find((u) => figure % UNITS[u] === 0);
  return unit ? `${figure / UNITS[unit]}${unit}` : String(figure);
}

export const LIMIT_USAGE: string[] = LIMIT_FLAGS.map((f) => `  ${f.flag.padEnd(14)} ${f.zh}，默认 ${shown(f)} / ${f.en}, default ${shown(f)}`);

/**
 * A limit error as the command line says it: the reader's line with the flag that raises the limit,
 * so a user whose genuine workbook is that large knows what to type. Other errors: undefined.
 */
export function limitLine(error: unknown): string | undefined {
  const limit = limitOf(error);
  if (!limit) return undefined;
  const flag = flagOfLimit(limit.limit);
  return `${limit.messageZh}；确属正常的工作簿可用 ${flag} 调高上限 / ${limit.messageEn}; for a genuine workbook raise it with ${flag}`;
}
