/**
 * ExcelJS makes a cell object for every cell of a merged range, so a merge reaching XFD1048576 that
 * the fast reader handles for free would exhaust memory on the ExcelJS path. Before that fallback the
 * merged area counts against the cell limit: an exit-2 message instead of an out-of-memory crash.
 */
import { parseA1 } from "../workbook/address";
import { checkLimit, type ReadLimits } from "./read-limits";
import type { ZipEntries } from "./zip";

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const MERGE = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']\s*([A-Za-z$]+[$\d]+)(?:\s*:\s*([A-Za-z$]+[$\d]+))?\s*["']/g;

/** Cells covered by one merge reference; 0 for a reference that is not an address (ExcelJS ignores it too). */
function area(from: string, to: string | undefined): number {
  try {
    const a = parseA1(from);
    const b = to ? parseA1(to) : a;
    return (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1);
  } catch {
    return 0;
  }
}

export async function checkMergedArea(zip: ZipEntries, limits: ReadLimits): Promise<void> {
  let total = 0;
  for (const name of zip.names.filter((n) => WORKSHEET.test(n))) {
    for (const m of ((await zip.text(name)) ?? "").matchAll(MERGE)) total += area(m[1], m[2]);
    checkLimit(limits, "cells", total, name);
  }
}
