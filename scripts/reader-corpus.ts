/**
 * `npm run corpus -- [folder | git dir]`: runs the .xlsx reader over a public corpus of real-world
 * files and prints read / refused (with reasons) / crashed / hung. By default it takes Apache POI's
 * test-data/spreadsheet/*.xlsx out of a local snapshot of github.com/apache/poi (POI_GIT, default
 * /work/.mirror/apache+poi/repo); the files are not committed here. Each file gets 30 s in a worker
 * process; a worker that overruns is killed and the file counted as hung. With --libreoffice, every
 * refused file is also given to LibreOffice (soffice --headless --convert-to csv, 120 s each): a file it
 * opens must not be refused, unless it is one of the few below that LibreOffice tolerates although it is
 * not a valid .xlsx; any other such file makes the run fail (exit 1).
 */
import { execFileSync, spawn, type ChildProcess } from "child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createInterface } from "readline";

const PER_FILE_MS = 30_000;

/** POI files LibreOffice opens that are rightly refused, and why (checked by hand; see the closing note). */
const REFUSED_ON_PURPOSE: Record<string, string> = {
  "54764.xlsx": "XML entity bomb: a DTD in sharedStrings.xml and core.xml, which OPC forbids (ISO/IEC 29500-2 M1.18)",
  "54764-2.xlsx": "XML entity bomb: a DTD in sharedStrings.xml and core.xml, which OPC forbids (ISO/IEC 29500-2 M1.18)",
  "poc-xmlbomb.xlsx": "XML entity bomb: a DTD in sharedStrings.xml, which OPC forbids (ISO/IEC 29500-2 M1.18)",
  "poc-xmlbomb-empty.xlsx": "XML entity bomb (empty entities): a DTD in sharedStrings.xml, which OPC forbids (ISO/IEC 29500-2 M1.18)",
  "sample-beta.xlsx": "Excel 2007 beta format: <sstItem> in the 2006/2 namespace, not ECMA-376 SpreadsheetML",
  "58616.xlsx": "encrypted (OLE EncryptedPackage) with Excel's default password; the user is told to remove the password",
};

interface Line {
  file: string;
  outcome: "read" | "refused" | "crashed" | "hung";
  reason?: string;
}

/** The corpus files: a folder's .xlsx, or test-data/spreadsheet/*.xlsx taken out of a git dir one by one. */
function corpusFiles(source: string, work: string): { files: string[]; absent: number } {
  if (existsSync(join(source, "HEAD")) && !existsSync(join(source, "test-data"))) {
    const names = execFileSync("git", [`--git-dir=${source}`, "ls-tree", "-r", "--name-only", "HEAD", "test-data/spreadsheet"], { encoding: "utf8", maxBuffer: 1 << 26 })
      .split("\n")
      .filter((f) => /\.xlsx$/i.test(f));
    const files: string[] = [];
    let absent = 0;
    for (const name of names) {
      const out = join(work, name.replace(/^.*\//, ""));
      try {
        // a snapshot may lack its largest blobs: those are counted, not read
        writeFileSync(out, execFileSync("git", [`--git-dir=${source}`, "show", `HEAD:${name}`], { maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] }));
        files.push(out);
      } catch {
        absent++;
      }
    }
    return { files: files.sort(), absent };
  }
  const files = readdirSync(source)
    .filter((f) => /\.xlsx$/i.test(f))
    .sort()
    .map((f) => join(source, f));
  return { files, absent: 0 };
}

function startWorker(): { child: ChildProcess; next: () => Promise<Line | undefined> } {
  const child = spawn(process.execPath, ["-r", "tsx/cjs", join(__dirname, "reader-corpus-child.ts")], { stdio: ["pipe", "pipe", "ignore"] });
  const lines: string[] = [];
  let waiting: ((l: string | undefined) => void) | undefined;
  const rl = createInterface({ input: child.stdout! });
  rl.on("line", (l) => (waiting ? (waiting(l), (waiting = undefined)) : lines.push(l)));
  child.on("exit", () => waiting?.(undefined));
  return {
    child,
    next: () =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), PER_FILE_MS);
        const done = (l: string | undefined) => {
          clearTimeout(timer);
          resolve(l === undefined ? undefined : (JSON.parse(l) as Line));
        };
        if (lines.length) done(lines.shift());
        else waiting = done;
      }),
  };
}

function libreOfficeOpens(file: string, work: string): boolean {
  const out = mkdtempSync(join(work, "lo-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${work}/lo-profile`, "--headless", "--convert-to", "csv", "--outdir", out, file], { stdio: "ignore", timeout: 120_000 });
    return readdirSync(out).length > 0;
  } catch {
    return false;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withLibreOffice = args.includes("--libreoffice");
  const source = args.find((a) => !a.startsWith("--")) ?? process.env.POI_GIT ?? "/work/.mirror/apache+poi/repo";
  const work = mkdtempSync(join(tmpdir(), "fa-corpus-"));
  try {
    const { files, absent } = corpusFiles(source, work);
    const results: Line[] = [];
    let worker = startWorker();
    for (const file of files) {
      worker.child.stdin!.write(`${file}\n`);
      const line = await worker.next();
      if (line) results.push(line);
      else {
        // overran or died: count it, and go on with a fresh worker
        const died = worker.child.exitCode !== null;
        worker.child.kill("SIGKILL");
        results.push({ file, outcome: died ? "crashed" : "hung", reason: died ? "the worker process died" : `no answer in ${PER_FILE_MS / 1000} s` });
        worker = startWorker();
      }
    }
    worker.child.stdin!.end();
    const count = (o: Line["outcome"]) => results.filter((r) => r.outcome === o).length;
    console.log(`corpus ${source}: ${files.length} .xlsx files${absent ? ` (${absent} more not in the snapshot)` : ""}`);
    console.log(`read ${count("read")} / refused with reason ${count("refused")} / crashed ${count("crashed")} / hung ${count("hung")}`);
    const reasons = new Map<string, string[]>();
    for (const r of results.filter((x) => x.outcome !== "read")) {
      const key = `${r.outcome}: ${(r.reason ?? "").replace(/^.* \/ /, "").slice(0, 140)}`;
      reasons.set(key, [...(reasons.get(key) ?? []), r.file.replace(/^.*\//, "")]);
    }
    for (const [reason, list] of [...reasons].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${list.length} × ${reason}  e.g. ${list.slice(0, 3).join(", ")}`);
    for (const r of results.filter((x) => x.outcome === "crashed" || x.outcome === "hung")) console.log(`  ${r.outcome}: ${r.file} ${r.reason}`);
    let unexplained = 0;
    if (withLibreOffice) {
      const refused = results.filter((r) => r.outcome === "refused");
      const opened = new Set(refused.filter((r) => libreOfficeOpens(r.file, work)));
      console.log(`LibreOffice opens ${opened.size} of the ${refused.length} refused files`);
      for (const r of refused) {
        const name = r.file.replace(/^.*\//, "");
        const why = REFUSED_ON_PURPOSE[name];
        if (opened.has(r) && !why) unexplained++;
        const verdict = !opened.has(r) ? "LibreOffice cannot open it either" : why ? `LibreOffice opens it; refused on purpose: ${why}` : "LibreOffice opens it: MUST BE READ";
        console.log(`  ${name}: ${verdict}; reason shown: ${(r.reason ?? "").replace(/^.* \/ /, "")}`);
      }
    }
    process.exitCode = count("crashed") + count("hung") + unexplained > 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
