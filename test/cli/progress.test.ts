/** The progress line of a folder run: on a terminal's stderr only, never with --format json, never mixed into a line. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "../../src/cli/args";
import { runFolder } from "../../src/cli/folder-run";
import { SAMPLE } from "./support/run-cli";

let files: string[];
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-progress-"));
  files = [path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx")];
  await fs.copyFile(SAMPLE, files[0]);
  await fs.writeFile(files[1], "not a zip");
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** One folder run in-process; stdout, stderr and the terminal's stream interleaved as a terminal shows them. */
async function folder(format: string): Promise<{ code: number; screen: string; progress: string; stdout: string }> {
  let screen = "";
  let progress = "";
  let stdout = "";
  const code = await runFolder(files, parseArgs([dir, "--format", format]), {
    write: (text) => ((stdout += text), (screen += text)),
    err: (line) => (screen += `${line}\n`),
    progress: { write: (text) => ((progress += text), (screen += text)) },
  });
  return { code, screen, progress, stdout };
}

describe("folder progress line", () => {
  it("counts the files on the terminal and is wiped before any other output", async () => {
    const run = await folder("text");
    expect(run.code).toBe(2);
    expect(run.progress).toContain("已检查 2/2，无法读取 1");
    expect(run.stdout).not.toContain("已检查");
    // every progress line is wiped ("\r\x1b[K") before a report or a stderr line starts on the screen
    for (const line of run.screen.split("\n")) expect(line.replace(/^[\s\S]*\r\x1b\[K/, "")).not.toMatch(/已检查/);
    expect(run.screen.endsWith("\n")).toBe(true);
  });

  it("stays off with --format json", async () => {
    const run = await folder("json");
    expect(run.progress).toBe("");
    expect(JSON.parse(run.stdout).files).toHaveLength(2);
  });
});
