/**
 * Transposed tables: recognize() on the sample as published next to the same workbook with its nine
 * public tables turned sideways (test/tables/transpose-sheet.ts). The baseline is the sample itself:
 * the sideways reading costs one failed usual reading plus one reading through the view per table.
 */
import * as path from "path";
import { readXlsxFile } from "../src/hosts/file";
import { recognize } from "../src/tables";
import type { WorkbookSnapshot } from "../src/workbook/types";
import { transposeSheet } from "../test/tables/transpose-sheet";

const SAMPLE = path.resolve(__dirname, "../examples/changji-education-2024.xlsx");
const RUNS = 30;

function medianMs(snapshot: WorkbookSnapshot): number {
  for (let i = 0; i < 3; i++) recognize(snapshot);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    recognize(snapshot);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

export async function run(): Promise<{ usualMs: number; turnedMs: number; turnedTables: number }> {
  const sample = await readXlsxFile(SAMPLE);
  // the sample's public tables have their title, 公开NN and 部门 lines in rows 1–3
  const turned = { ...sample, sheets: sample.sheets.map((s) => (/^0\d/.test(s.name) ? transposeSheet(s, 3) : s)) };
  const turnedTables = recognize(turned).tables.filter((t) => t.transposed).length;
  const usualMs = medianMs(sample);
  const turnedMs = medianMs(turned);
  console.log(`recognize(), median of ${RUNS}:`);
  console.log(`  sample as published (baseline)        ${usualMs.toFixed(1)} ms`);
  console.log(`  T1–T9 turned sideways (${turnedTables} transposed)  ${turnedMs.toFixed(1)} ms  (${(turnedMs / usualMs).toFixed(2)}×)`);
  return { usualMs, turnedMs, turnedTables };
}

if (require.main === module) void run();
