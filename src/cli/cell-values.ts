/** The 现场数据 of a finding: what each related cell holds, as the accountant would read it. */
import { Decimal } from "../numbers/decimal";
import { formatAmount, formatPercent } from "../numbers/format";
import { parseA1 } from "../workbook/address";
import { isCellError, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../workbook/types";

/** Splits "Sheet!A1" or "'T1 总表'!B5" into sheet name and A1. */
export function splitReference(reference: string): { sheet: string; cell: string } | undefined {
  const bang = reference.lastIndexOf("!");
  if (bang <= 0) return undefined;
  let sheet = reference.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: reference.slice(bang + 1) };
}

function cellAt(sheet: SheetSnapshot, a1: string): { value: CellValue; format: string | null } {
  let position;
  try {
    position = parseA1(a1);
  } catch {
    return { value: null, format: null };
  }
  const r = position.row - sheet.origin.row;
  const c = position.col - sheet.origin.col;
  const value = sheet.values[r]?.[c] ?? null;
  const format = sheet.numberFormats?.[r]?.[c] ?? null;
  return { value, format };
}

/** Numbers shown like the sheet shows them: percent formats as percent, money with 2 decimals. */
export function displayValue(value: CellValue, format: string | null): string {
  if (value === null || value === "") return "空";
  if (isCellError(value)) return value.error;
  if (typeof value === "number") {
    if (format && format.includes("%")) return formatPercent(value);
    const decimal = new Decimal(value);
    return decimal.decimalPlaces() <= 2 ? formatAmount(decimal) : decimal.toString();
  }
  return String(value).trim();
}

/** Builds a lookup over one snapshot; unknown sheets or cells give undefined (never throw). */
export function cellValueLookup(snapshot: WorkbookSnapshot | undefined): (reference: string) => string | undefined {
  const sheets = new Map((snapshot?.sheets ?? []).map((sheet) => [sheet.name, sheet]));
  return (reference) => {
    const parts = splitReference(reference);
    const sheet = parts && sheets.get(parts.sheet);
    if (!parts || !sheet) return undefined;
    const { value, format } = cellAt(sheet, parts.cell);
    return displayValue(value, format);
  };
}
