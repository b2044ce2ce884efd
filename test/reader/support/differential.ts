/**
 * One workbook through both readers: the fast reader's snapshot must equal the ExcelJS path's, or the
 * fast reader declines, or the file is malformed and an input error with a reason says so.
 */
import { isDeepStrictEqual } from "util";
import { inflateRawSync } from "zlib";
import { readXlsx } from "../../../src/hosts/file";
import { nodeInflate } from "../../../src/hosts/inflate";
import { InputError } from "../../../src/hosts/input-error";
import { readXlsxFast } from "../../../src/hosts/xlsx-fast";
import type { WorkbookSnapshot } from "../../../src/workbook/types";

const inflateRaw = nodeInflate(inflateRawSync);

export type Outcome = "identical" | "declined" | "error" | "fast-only" | "exceljs-date" | "mismatch";

type Result = { snapshot: WorkbookSnapshot } | { error: InputError } | { declined: true };

async function attempt(read: () => Promise<WorkbookSnapshot | undefined>): Promise<Result> {
  try {
    const snapshot = await read();
    return snapshot ? { snapshot } : { declined: true };
  } catch (e) {
    // anything but an InputError (a TypeError, a library's internal failure) is a bug: it propagates
    if (e instanceof InputError) return { error: e };
    throw e;
  }
}

export interface Compared {
  outcome: Outcome;
  detail?: string;
  ms: number;
}

/** Both readers on `bytes`; a non-InputError from either propagates (a bug shows). */
export async function compareReaders(bytes: Uint8Array): Promise<Compared> {
  const started = Date.now();
  const fast = await attempt(() => readXlsxFast(bytes, inflateRaw));
  if ("declined" in fast) {
    // the full path (what users get) must then end in a snapshot or an input error
    await attempt(() => readXlsx(bytes, { inflateRaw }));
    return { outcome: "declined", ms: Date.now() - started };
  }
  const excel = await attempt(() => readXlsx(bytes, { excelJsOnly: true, inflateRaw }));
  const ms = Date.now() - started;
  if ("error" in fast) return { outcome: "error", detail: fast.error.message, ms };
  if ("snapshot" in excel) {
    if (isDeepStrictEqual(fast.snapshot, excel.snapshot)) return { outcome: "identical", ms };
    const detail = JSON.stringify({ fast: fast.snapshot, excel: excel.snapshot }).slice(0, 2000);
    return { outcome: onlyExcelJsDates(fast.snapshot, excel.snapshot) ? "exceljs-date" : "mismatch", detail, ms };
  }
  return { outcome: "fast-only", detail: "error" in excel ? excel.error.message : "", ms };
}

/**
 * Every difference is a date-formatted cell where ExcelJS made a date of a value that is none (a text
 * or boolean result, a serial out of range: "NaN年NaN月NaN日", "1899年12月31日", text "2050101" as a date
 * of 7512) and the fast reader
 * kept the value itself.
 */
function onlyExcelJsDates(fast: WorkbookSnapshot, excel: WorkbookSnapshot): boolean {
  const strip = (w: WorkbookSnapshot) => JSON.stringify(w.sheets.map((s) => ({ ...s, values: undefined })));
  if (strip(fast) !== strip(excel)) return false;
  return fast.sheets.every((s, i) =>
    s.values.every((row, r) =>
      row.every((v, c) => {
        const e = excel.sheets[i].values[r][c];
        return isDeepStrictEqual(v, e) || (typeof e === "string" && /^(NaN|-?\d+)年(NaN|\d+)月(NaN|\d+)日$/.test(e) && (typeof v !== "number" || v > 2958465 || v < 0));
      }),
    ),
  );
}
