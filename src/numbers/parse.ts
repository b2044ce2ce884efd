import { Decimal } from "./decimal";
import type { CellValue } from "../workbook/types";

/** A number read from a cell, with what the cell showed about it. */
export interface ParsedNumber {
  ok: true;
  value: Decimal;
  /** decimals written or displayed (2 for "1,196.98"); null when unknown (a raw float). */
  decimals: number | null;
  /** the text carried a % sign (value is already divided by 100). */
  percent: boolean;
  /** blank, "—", "-" read as zero. */
  blank: boolean;
  /** a trailing unit such as 万元, 元, 次. */
  unit: string;
}
export interface ParseFailure {
  ok: false;
  /** Chinese reason, then English. */
  reason: string;
  /** the text passed MAX_NUMBER_TEXT_LENGTH or MAX_SIGNIFICANT_DIGITS (the reason says which). */
  tooLong?: true;
}
export type ParseResult = ParsedNumber | ParseFailure;

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF05\uFF0D\uFF0B]/g;
/** Full-width digits, point, comma, percent, minus, plus → ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Numeric text longer than any real amount is refused before any regex or Decimal work, so a
 * 32,767-character cell costs nothing (a real 决算 amount has at most 16 digits; percentages,
 * units and separators fit well inside these bounds). The one bound for the functions and the
 * table readers alike.
 */
export const MAX_NUMBER_TEXT_LENGTH = 64;
export const MAX_SIGNIFICANT_DIGITS = 30;

const BLANKS = new Set(["", "—", "-", "－", "——", "--", "/", "——", "－－", "―"]);
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(%?)\s*([^\d\s.,%+-][^\d]*)?$/;

/**
 * Reads what a cell holds as an exact number: numbers, numeric text with thousands separators,
 * full-width digits, "97.66%", "1,234.56万元"; blank, "—" and "-" as zero.
 */
export function parseNumber(input: CellValue | undefined): ParseResult {
  if (input === null || input === undefined) return zeroBlank();
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail(`不是有限数值 / not a finite number: ${input}`);
    return { ok: true, value: new Decimal(input), decimals: null, percent: false, blank: false, unit: "" };
  }
  if (typeof input === "boolean") return fail(`逻辑值不是数字 / a boolean is not a number: ${input}`);
  if (typeof input === "object") return fail(`单元格错误值 ${input.error} / cell error ${input.error}`);
  const raw = String(input);
  if (raw.length > MAX_NUMBER_TEXT_LENGTH && raw.trim().length > MAX_NUMBER_TEXT_LENGTH) {
    return tooLong(
      `文本超过${MAX_NUMBER_TEXT_LENGTH}个字符，不是金额 / text longer than ${MAX_NUMBER_TEXT_LENGTH} characters is not an amount`,
    );
  }
  const text = toHalfWidth(raw).replace(/[\s\u00a0\u3000]+/g, "");
  if (BLANKS.has(text)) return zeroBlank();
  let body = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) {
    negative = true;
    body = paren[1];
  }
  const m = NUMBER.exec(body);
  if (!m || (m[2] === undefined && m[3] === undefined)) return fail(`无法识别为数字 / not a number: "${String(input)}"`);
  const [, sign, intPart = "0", frac = "", pct, unit = ""] = m;
  const significant = `${intPart}${frac}`.replace(/,/g, "").replace(/^0+/, "").length;
  if (significant > MAX_SIGNIFICANT_DIGITS) {
    return tooLong(
      `有效数字超过${MAX_SIGNIFICANT_DIGITS}位，不是金额 / more than ${MAX_SIGNIFICANT_DIGITS} significant digits: not an amount`,
    );
  }
  let value = new Decimal(`${intPart.replace(/,/g, "")}${frac ? "." + frac : ""}`);
  if (sign === "-" !== negative) value = value.neg();
  if (pct) value = value.div(100);
  return { ok: true, value, decimals: frac.length, percent: pct === "%", blank: false, unit };
}

function zeroBlank(): ParsedNumber {
  return { ok: true, value: new Decimal(0), decimals: null, percent: false, blank: true, unit: "" };
}
function fail(reason: string): ParseFailure {
  return { ok: false, reason };
}
function tooLong(reason: string): ParseFailure {
  return { ok: false, reason, tooLong: true };
}
