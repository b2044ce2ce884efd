import type { CellValue } from "../workbook/types";

/** Error literals both hosts can hand back as a cell's cached value. */
const ERROR_LITERALS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#BUSY!", "#CONNECT!", "#UNKNOWN!",
]);

/** A date cell as the accountant reads it, 2024年8月16日 (UTC: both .xlsx readers build dates from the serial in UTC). */
export function chineseDate(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

export function isErrorLiteral(text: unknown): text is string {
  return typeof text === "string" && ERROR_LITERALS.has(text.toUpperCase());
}

/** A host's raw value ("" for empty, "#DIV/0!" for an error when the host says so) as a snapshot value. */
export function toCellValue(raw: unknown, isError = false): CellValue {
  if (raw === undefined || raw === null || raw === "") return null;
  if (isError && typeof raw === "string") return { error: raw };
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string") return raw;
  return String(raw);
}

/**
 * The formula text of a cell, or null for a constant. Hosts echo constants in their formulas array,
 * so a text cell holding "=85%" (a 目标值) echoes "=85%": a cell whose value is its own formula text is text.
 */
export function toFormula(raw: unknown, value?: unknown): string | null {
  return typeof raw === "string" && raw.startsWith("=") && raw !== value ? raw : null;
}

/** "General" (Excel) and "G/通用格式" (WPS, Chinese locale) both mean: no format. */
export function toNumberFormat(raw: unknown): string | null {
  if (typeof raw !== "string" || raw === "") return null;
  if (raw === "General" || raw === "G/通用格式") return null;
  return raw;
}

/** A generated cell's content for a host that takes one "formulas" matrix: text starting with "=" stays text. */
export function generatedInput(value: string | number | null | undefined, formula?: string): string | number {
  if (formula) return formula;
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

/** Column width in characters → points (Excel's default 8.43 chars = 48 pt). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 48) / 8.43);
}
