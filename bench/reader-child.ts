/**
 * One measured read in a fresh process (bench/reader.ts runs it): prints wall ms, CPU ms and peak RSS.
 * Modes: floor (inflate every worksheet, count "<c" once), fast (readXlsxFile: the CLI's reader),
 * exceljs (ExcelJS readFile), sheetjs (SheetJS readFile, when the xlsx package is installed). Also
 * prints the garbage collector's pauses during the read. An optional source root measures another copy of src/ (a baseline).
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { GCProfiler } from "v8";
import { inflateRawSync } from "zlib";

function floor(file: string): number {
  const bytes = readFileSync(file);
  let eocd = bytes.length - 22;
  while (eocd > 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  let cells = 0;
  for (let i = 0; i < count; i++) {
    const compressed = bytes.readUInt32LE(p + 20);
    const nameLength = bytes.readUInt16LE(p + 28);
    const name = bytes.toString("utf8", p + 46, p + 46 + nameLength);
    const offset = bytes.readUInt32LE(p + 42);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    if (!name.startsWith("xl/worksheets/")) continue;
    const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    const xml = inflateRawSync(bytes.subarray(start, start + compressed));
    for (let at = xml.indexOf("<c"); at >= 0; at = xml.indexOf("<c", at + 2)) cells++;
  }
  return cells;
}

async function main(): Promise<void> {
  const [mode, file, root] = process.argv.slice(2);
  const src = resolve(root ?? join(__dirname, "..", "src"));
  // modules load before the clock starts: the read is measured, not the compile
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readXlsxFile } = require(join(src, "hosts", "file")) as typeof import("../src/hosts/file");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require("exceljs") as typeof import("exceljs");
  // garbage collection inside the measured read: the pauses v8 reports (µs)
  const gc = new GCProfiler();
  gc.start();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let cells = 0;
  if (mode === "floor") cells = floor(file);
  else if (mode === "fast") {
    const snap = await readXlsxFile(file);
    cells = snap.sheets.length;
  } else if (mode === "sheetjs") {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require("xlsx") as { readFile(path: string): { SheetNames: string[] } };
    cells = XLSX.readFile(file).SheetNames.length;
  } else if (mode === "exceljs") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    cells = wb.worksheets.length;
  } else throw new Error(`unknown mode ${mode}`);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const gcMs = (gc.stop()?.statistics ?? []).reduce((sum, e) => sum + e.cost, 0) / 1000;
  console.log(JSON.stringify({ mode, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB, gcMs, cells }));
}

// a child process of bench/reader.ts; `npm run bench` also loads every bench file, and must not run this
if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
