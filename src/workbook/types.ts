/** A cell error value such as #REF! or #DIV/0!. */
export interface CellError {
  error: string;
}
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle in absolute 0-based sheet coordinates, bounds inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet's used range as plain data: what every host adapter produces. */
export interface SheetSnapshot {
  name: string;
  /** absolute 0-based row and column of values[0][0] (a used range need not start at A1). */
  origin: { row: number; col: number };
  /**
   * cached values; a formula cell holds its last computed result. Where the used range's box is huge
   * and nearly empty (a far cell such as XFD1048576), the file reader gives it sparse: a row without
   * cells is a hole and a row's cells may have holes between them; read a hole (undefined) as null.
   */
  values: CellValue[][];
  /** same shape as values; the formula text ("=SUM(B2:B5)") or null. Optional. */
  formulas?: (string | null)[][];
  /** same shape as values; the number format ("#,##0.00", "0.00%") or null. Optional. */
  numberFormats?: (string | null)[][];
  merges: CellRange[];
  /** hidden sheets are still checked; the flag lets a pane say so. */
  hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** file or workbook name, for reports. */
  name?: string;
  sheets: SheetSnapshot[];
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && typeof (value as CellError).error === "string";
}
