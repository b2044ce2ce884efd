/**
 * The bounds of reading one .xlsx, checked in one place before anything is allocated: the sizes the
 * zip's central directory declares (total and per part), then the bytes actually inflated, the cells,
 * sheets, merged ranges and the length of one string. The defaults are far above any real 部门决算
 * workbook (the largest department workbook seen: ~0.4 M cells, ~60 MB inflated, a few thousand
 * merges) so they only stop hostile or broken files: a 414 KB file inflating to 1.7 GB, a million merges.
 */
import { InputError } from "./input-error";

export interface ReadLimits {
  /** inflated bytes of all parts together. */
  totalBytes: number;
  /** inflated bytes of one part (a sheet's XML). */
  entryBytes: number;
  /** cells holding a value or formula, all sheets together. */
  cells: number;
  sheets: number;
  /** merged ranges, all sheets together. */
  merges: number;
  /** characters of one cell's text or formula. */
  stringLength: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  totalBytes: 1024 * 1024 * 1024,
  entryBytes: 512 * 1024 * 1024,
  cells: 10_000_000,
  sheets: 1000,
  merges: 200_000,
  // Excel's own cell limit is 32,767 characters; a formula at most 8,192
  stringLength: 32_767,
});

const NAMES: Record<keyof ReadLimits, { zh: string; en: string; unit: string }> = {
  totalBytes: { zh: "解压后总大小", en: "total inflated size", unit: "bytes" },
  entryBytes: { zh: "单个部件解压后大小", en: "inflated size of one part", unit: "bytes" },
  cells: { zh: "单元格数", en: "cell count", unit: "cells" },
  sheets: { zh: "工作表数", en: "sheet count", unit: "sheets" },
  merges: { zh: "合并单元格数", en: "merged range count", unit: "ranges" },
  stringLength: { zh: "单个文本长度", en: "length of one text", unit: "characters" },
};

/** The limits in force: the defaults with the caller's overrides (a non-positive figure is ignored). */
export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  const out = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(NAMES) as (keyof ReadLimits)[]) {
    const v = overrides[key];
    if (typeof v === "number" && v > 0) out[key] = v;
  }
  return out;
}

/** A read limit passed: which one, the figure reached (at least) and the bound, for a notice that names them. */
export class LimitError extends InputError {
  constructor(
    readonly limit: keyof ReadLimits,
    readonly figure: number,
    readonly bound: number,
    readonly where?: string,
  ) {
    const n = NAMES[limit];
    const at = where ? `（${where}）` : "";
    const atEn = where ? ` (${where})` : "";
    super(
      "limit",
      `超出读取限制：${n.zh}达到 ${figure.toLocaleString("en-US")}，上限 ${bound.toLocaleString("en-US")}${at}`,
      `read limit exceeded: ${n.en} reaches ${figure.toLocaleString("en-US")} ${n.unit}, limit ${bound.toLocaleString("en-US")}${atEn}`,
    );
  }
}

/** The input error for a limit passed: which limit, the figure reached (at least) and the bound. */
export function limitExceeded(limit: keyof ReadLimits, figure: number, bound: number, where?: string): LimitError {
  return new LimitError(limit, figure, bound, where);
}

/** The limit an error reports, when it is one (also after crossing a thread, where the class is lost). */
export function limitOf(error: unknown): Pick<LimitError, "limit" | "figure" | "bound" | "messageZh" | "messageEn"> | undefined {
  const e = error as Partial<LimitError> | null;
  if (typeof e !== "object" || e === null || e.problem !== "limit" || typeof e.limit !== "string" || !Object.prototype.hasOwnProperty.call(NAMES, e.limit)) return undefined;
  if (typeof e.figure !== "number" || typeof e.bound !== "number" || typeof e.messageZh !== "string" || typeof e.messageEn !== "string") return undefined;
  return { limit: e.limit, figure: e.figure, bound: e.bound, messageZh: e.messageZh, messageEn: e.messageEn };
}

/** Throws when `figure` passes the limit. */
export function checkLimit(limits: ReadLimits, limit: keyof ReadLimits, figure: number, where?: string): void {
  if (figure > limits[limit]) throw limitExceeded(limit, figure, limits[limit], where);
}

/** A part that ends before its XML does (a cut or damaged file). */
export function truncated(part: string): InputError {
  return new InputError("corrupt", `工作簿已损坏或不完整：${part} 在中途截断`, `the workbook is damaged or incomplete: ${part} is cut short`);
}
