/**
 * WPS hands custom-function arguments over as COM variants turned into JS, not as Excel does. Every
 * argument passes through here, once, before the shared runner, so the runner sees what Excel would
 * have passed:
 * - an omitted argument may arrive as the COM "missing" marker: VT_ERROR with the SCODE
 *   DISP_E_PARAMNOTFOUND (0x80020004 = -2147352572, the value VBA's IsMissing tests and COM bridges
 *   such as xlwings treat as "missing"), signed or as the unsigned 2147614724 → undefined;
 * - a range may arrive as a Range object (Value2 / Value, a property or a method on some builds)
 *   → its values; a single cell's scalar stays a scalar, a row given as a flat array becomes [row];
 * - an error cell's value may arrive as a VBA CVErr code (-2146826281 …) → { error: "#DIV/0!" };
 * - a date as a JS Date → its serial number (days since 1899-12-30, local wall-clock time, as the
 *   VT_DATE was), which is what Excel passes for a date cell.
 */

import { CVERR_CODES as CVERR } from "../src/workbook/com-errors";

export const COM_MISSING = -2147352572;
const COM_MISSING_UNSIGNED = 0x80020004;

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A Date as the Excel serial of its local wall-clock time. */
export function dateSerial(date: Date): number {
  const wall = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (wall - SERIAL_EPOCH) / DAY_MS;
}

function isMissing(x: unknown): boolean {
  return x === COM_MISSING || x === COM_MISSING_UNSIGNED;
}

/** A cell value inside a range, or a scalar argument once the missing marker is handled. */
function cellValue(x: unknown): unknown {
  if (typeof x === "number") return CVERR[x] ? { error: CVERR[x] } : x;
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? { error: "#VALUE!" } : dateSerial(x);
  return x;
}

/** Value2 (or Value) of a Range-like object, read whether the build exposes it as a property or a method. */
function rangeValues(x: object): { found: boolean; values?: unknown } {
  for (const name of ["Value2", "Value"]) {
    if (!(name in x)) continue;
    const member = (x as Record<string, unknown>)[name];
    return { found: true, values: typeof member === "function" ? (member as () => unknown).call(x) : member };
  }
  return { found: false };
}

function matrix(values: unknown[]): unknown[][] {
  const rows = values.every((row) => Array.isArray(row)) ? (values as unknown[][]) : [values];
  return rows.map((row) => row.map(cellValue));
}

export function normalizeWpsArg(x: unknown): unknown {
  if (x === undefined || isMissing(x)) return undefined;
  if (Array.isArray(x)) return matrix(x);
  if (typeof x === "object" && x !== null && !(x instanceof Date)) {
    const range = rangeValues(x);
    if (range.found) return Array.isArray(range.values) ? matrix(range.values) : cellValue(range.values);
  }
  return cellValue(x);
}

/** The arguments of one WPS call, each normalized; the count WPS passed is kept. */
export function normalizeWpsArgs(args: ArrayLike<unknown>): unknown[] {
  return Array.from(args, normalizeWpsArg);
}
