/**
 * `npm run reader-bombs`: builds the hostile and extreme files of issue 11 in a temporary folder and
 * runs `fa-check` on each in a fresh process, printing exit code, wall time and peak RSS beside the
 * goal (an inflation bomb: exit 2 under 2 s and 300 MB; a far cell or merge: read exactly, same bounds).
 *   bomb-honest   414 KB that inflates to 1.7 GB, sizes declared in the zip directory
 *   bomb-lying    the same stream declared as 64 KB
 *   far-cell      the sample workbook plus one cell at XFD1048576
 *   far-merge     the sample workbook plus a merge and a dimension reaching XFD1048576
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createDeflateRaw } from "zlib";
import { unzip } from "../test/reader/support/unzip";
import { writeZip } from "../test/reader/support/zip-writer";
import { xlsxParts, sheetXml } from "../test/reader/support/xlsx-parts";

const ROOT = join(__dirname, "..");
const SAMPLE = join(ROOT, "examples", "changji-education-2024.xlsx");

function withSheet(edit: (xml: string) => string): Buffer {
  const entries = unzip(readFileSync(SAMPLE));
  const sheet = entries.find((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))!;
  sheet.data = edit(Buffer.from(sheet.data).toString("utf8"));
  return writeZip(entries);
}

/** A zip whose one sheet is `inflated` bytes (a valid start, then blanks), deflated as one stream. */
function bomb(inflated: number, declared?: number): Promise<Buffer> {
  const parts = xlsxParts({ sheets: [{ name: "S", xml: sheetXml("") }] });
  const sheet = parts[parts.length - 1];
  const head = Buffer.from('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on("data", (b: Buffer) => out.push(b));
  deflater.write(head);
  for (let n = head.length; n < inflated; n += chunk.length) deflater.write(chunk);
  return new Promise<Buffer>((resolve) => {
    deflater.end(() => {
      const rest = parts.slice(0, -1);
      rest.push({ name: sheet.name, data: Buffer.concat(out), stored: true, declaredSize: declared ?? inflated });
      resolve(rawDeflated(writeZip(rest)));
    });
  });
}

/** writeZip stored the already-deflated sheet: mark it deflated (method 8) in both headers. */
function rawDeflated(zip: Buffer): Buffer {
  for (let p = 0; p + 4 <= zip.length; p++) {
    const sig = zip.readUInt32LE(p);
    if (sig === 0x04034b50 && zip.toString("utf8", p + 30, p + 30 + zip.readUInt16LE(p + 26)).startsWith("xl/worksheets/")) zip.writeUInt16LE(8, p + 8);
    if (sig === 0x02014b50 && zip.toString("utf8", p + 46, p + 46 + zip.readUInt16LE(p + 28)).startsWith("xl/worksheets/")) zip.writeUInt16LE(8, p + 10);
  }
  return zip;
}

function runCli(file: string): { code: number; wallMs: number; rssMB: number; err: string; out: string } {
  const started = Date.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, join(ROOT, "bin", "fa-check.js"), file, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 28 });
  const lines = r.stderr.trim().split("\n");
  return { code: r.status ?? -1, wallMs: Date.now() - started, rssMB: Number(lines.pop()) / 1024, err: lines.join(" ").slice(0, 160), out: r.stdout };
}

/** The read alone, in a fresh process (bench/reader-child.ts), without the CLI's start and checks. */
function runReader(file: string): { wallMs: number; maxRssMB: number } | undefined {
  const r = spawnSync(process.execPath, ["-r", "tsx/cjs", join(ROOT, "bench", "reader-child.ts"), "fast", file], { encoding: "utf8" });
  return r.status === 0 ? (JSON.parse(r.stdout.trim().split("\n").pop()!) as { wallMs: number; maxRssMB: number }) : undefined;
}

/** The findings of a JSON report without the file name, to compare two runs. */
function findings(out: string): string {
  try {
    const report = JSON.parse(out) as { findings?: unknown[] };
    return JSON.stringify(report.findings ?? report);
  } catch {
    return out;
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "fa-bombs-"));
  try {
    const files: [string, Buffer, string][] = [
      ["sample.xlsx", readFileSync(SAMPLE), "reference"],
      ["bomb-honest.xlsx", await bomb(1_700_000_000), "exit 2"],
      ["bomb-lying.xlsx", await bomb(1_700_000_000, 65_536), "exit 2"],
      ["far-cell.xlsx", withSheet((x) => x.replace(/<\/sheetData>/, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')), "read"],
      ["far-merge.xlsx", withSheet((x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="Z2000:XFD1048576"/>`)), "read"],
    ];
    console.log("file                size     | fa-check: exit  wall     peak RSS | read only: wall  peak RSS | goal (<2 s, <300 MB)");
    let sampleFindings = "";
    for (const [name, bytes, goal] of files) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = runCli(file);
      const read = runReader(file);
      if (goal === "reference") sampleFindings = findings(r.out);
      const same = goal === "read" ? (findings(r.out) === sampleFindings ? ", same findings as the sample" : ", findings differ from the sample") : "";
      const ok = goal === "reference" || ((goal === "exit 2" ? r.code === 2 : r.code === 0 || r.code === 1) && r.rssMB < 300 && (goal === "exit 2" ? r.wallMs < 2000 : (read?.wallMs ?? Infinity) < 2000));
      console.log(
        `${name.padEnd(19)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB |  ${String(r.code).padStart(4)} ${String(r.wallMs).padStart(6)} ms ${r.rssMB.toFixed(0).padStart(6)} MB |` +
          ` ${read ? `${read.wallMs.toFixed(0).padStart(6)} ms ${read.maxRssMB.toFixed(0).padStart(6)} MB` : "   (input error)  "} | ${goal}${same}: ${ok ? "met" : "MISSED"}${r.code === 2 ? `  ${r.err}` : ""}`,
      );
    }
    console.log("(fa-check wall includes the CLI's start, compiled by tsx: compare with the sample's row)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
