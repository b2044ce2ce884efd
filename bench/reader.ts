/**
 * Reader benchmark (issue 17 item 1): the floor (inflate every worksheet and count "<c"), the CLI's
 * .xlsx reader and ExcelJS readFile on the same generated files at 100k, 1M and 3M cells, each in a
 * fresh process (median of three wall times; CPU and peak RSS of that run). Goals: the reader within
 * 2× the floor's time and 3× its RSS, and at most 0.3× ExcelJS; a missed goal prints MISSED.
 * BENCH_READER_BASELINE=<dir containing src/> adds a row for that copy (a before/after comparison).
 * BENCH_READER_SIZES=100000,1000000 picks the sizes; ExcelJS is skipped above 1M cells (minutes, GBs),
 * and everywhere with BENCH_READER_EXCELJS=0.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { xlsxBytes } from "../test/reader/support/xlsx-parts";

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
}

/** A 决算-like workbook of about `cells` cells: code and name text, seven amounts, over three sheets. */
export function readerWorkbook(cells: number): Buffer {
  const perRow = 9;
  const rows = Math.ceil(cells / perRow);
  const strings: string[] = [];
  const sheets = [];
  const perSheet = Math.ceil(rows / 3);
  let made = 0;
  for (let s = 0; s < 3; s++) {
    const parts: string[] = [];
    for (let r = 1; r <= perSheet && made < rows; r++, made++) {
      strings.push(`功能科目${made}`);
      let row = `<row r="${r}"><c r="A${r}"><v>${2010101 + made}</v></c><c r="B${r}" t="s"><v>${strings.length - 1}</v></c>`;
      for (let c = 0; c < 7; c++) row += `<c r="${String.fromCharCode(67 + c)}${r}" s="3"><v>${((made * 7919 + c * 104729) % 10000000) / 100}</v></c>`;
      parts.push(row + "</row>");
    }
    sheets.push({ name: `T${s + 1}`, xml: `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join("")}</sheetData></worksheet>` });
  }
  return xlsxBytes({ sheets, sharedStrings: strings });
}

function measure(mode: string, file: string, root?: string): Run | undefined {
  const runs: Run[] = [];
  for (let i = 0; i < 3; i++) {
    try {
      const out = execFileSync(process.execPath, ["--max-old-space-size=8192", "-r", "tsx/cjs", join(__dirname, "reader-child.ts"), mode, file, ...(root ? [join(root, "src")] : [])], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      runs.push(JSON.parse(out.trim().split("\n").pop()!) as Run);
    } catch (e) {
      console.log(`  ${mode}: failed (${(e as Error).message.split("\n")[0]})`);
      return undefined;
    }
  }
  runs.sort((a, b) => a.wallMs - b.wallMs);
  return runs[1];
}

function line(label: string, r: Run | undefined, floor: Run | undefined, goal?: { wall?: number; rss?: number }): void {
  if (!r) return;
  const ratio = floor ? r.wallMs / floor.wallMs : NaN;
  const rssRatio = floor ? r.maxRssMB / floor.maxRssMB : NaN;
  const missed = goal && ((goal.wall !== undefined && ratio > goal.wall) || (goal.rss !== undefined && rssRatio > goal.rss));
  console.log(
    `  ${label.padEnd(22)} ${r.wallMs.toFixed(0).padStart(7)} ms wall ${r.cpuMs.toFixed(0).padStart(7)} ms CPU ${r.maxRssMB.toFixed(0).padStart(6)} MB RSS` +
      (floor ? `  ${ratio.toFixed(2)}× floor time, ${rssRatio.toFixed(2)}× floor RSS` : "") +
      (goal ? (missed ? `  MISSED (goal ≤${goal.wall}× time${goal.rss ? `, ≤${goal.rss}× RSS` : ""})` : "  goal met") : ""),
  );
}

export async function run(): Promise<void> {
  const sizes = (process.env.BENCH_READER_SIZES ?? "100000,1000000,3000000").split(",").map(Number);
  const baseline = process.env.BENCH_READER_BASELINE;
  const dir = mkdtempSync(join(tmpdir(), "fa-reader-bench-"));
  console.log("reader: .xlsx read vs the floor and ExcelJS (median of 3, fresh process each) / 读取基准");
  try {
    for (const cells of sizes) {
      const file = join(dir, `reader-${cells}.xlsx`);
      writeFileSync(file, readerWorkbook(cells));
      console.log(` ${cells.toLocaleString("en-US")} cells:`);
      const floor = measure("floor", file);
      line("floor", floor, undefined);
      const fast = measure("fast", file);
      line("fa-check reader", fast, floor, { wall: 2, rss: 3 });
      if (baseline) line("baseline reader", measure("fast", file, baseline), floor);
      if (cells <= 1_000_000 && process.env.BENCH_READER_EXCELJS !== "0") {
        const excel = measure("exceljs", file);
        line("ExcelJS readFile", excel, floor);
        if (fast && excel) {
          const r = fast.wallMs / excel.wallMs;
          console.log(`  reader vs ExcelJS: ${r.toFixed(2)}×${r > 0.3 ? "  MISSED (goal ≤0.3×)" : "  goal met"}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
