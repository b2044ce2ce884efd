/**
 * A 财政局's batch: many workbooks, three bad ones and files over the time limit. The run never
 * stops on a bad file, keeps input order with 1 or N workers, and a JSON folder is one object per file.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runCli, SAMPLE, STACK_LINE } from "./support/run-cli";

const GOOD = 30;
let dir: string;
const bad = ["b-truncated.xlsx", "c-text.xlsx", "d-locked.xlsx"];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-batch-"));
  const sample = await fs.readFile(SAMPLE);
  for (let i = 0; i < GOOD; i++) await fs.writeFile(path.join(dir, `unit-${String(i).padStart(3, "0")}.xlsx`), sample);
  await fs.writeFile(path.join(dir, bad[0]), sample.subarray(0, Math.floor(sample.length / 2)));
  await fs.writeFile(path.join(dir, bad[1]), "单位,金额\n教育局,100\n");
  const cfb = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
  cfb.write("EncryptionInfo", 1024, "utf16le");
  await fs.writeFile(path.join(dir, bad[2]), cfb);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface JsonFile {
  file: string;
  error?: string;
  findings?: unknown[];
}

function names(files: JsonFile[]): string[] {
  return files.map((f) => path.basename(f.file));
}

describe("fa-check on a batch folder", () => {
  it("checks every file in name order, one JSON object per line, bad files with their reason, exit 2", () => {
    const one = runCli([dir, "--format", "json", "--jobs", "1"]);
    const two = runCli([dir, "--format", "json", "--jobs", "2"]);
    expect(one.status).toBe(2);
    expect(two.status).toBe(2);
    // stable input order whatever finishes first
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe('{"files":[');
    expect(lines[lines.length - 1]).toBe("]}");
    expect(lines).toHaveLength(GOOD + bad.length + 2);
    const files = (JSON.parse(one.stdout) as { files: JsonFile[] }).files;
    expect(names(files)).toEqual([...bad, ...files.slice(bad.length).map((f) => path.basename(f.file))].sort());
    expect(names(files).slice(0, 3)).toEqual(bad);
    expect(files[0].error).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    expect(files[1].error).toMatch(/不是 \.xlsx.* \/ not an \.xlsx/);
    expect(files[2].error).toMatch(/密码.* \/ .*password/);
    const good = files.slice(bad.length);
    expect(good).toHaveLength(GOOD);
    for (const file of good) {
      expect(file.error).toBeUndefined();
      expect(file.findings).toEqual(good[0].findings);
    }
    expect((good[0].findings ?? []).length).toBeGreaterThan(0);
    // one line per bad file on stderr, no progress line (not a terminal) and no stack
    const stderr = one.stderr.trimEnd().split("\n");
    expect(stderr).toHaveLength(3);
    expect(one.stderr).not.toContain("\r");
    expect(one.stderr).not.toMatch(STACK_LINE);
  });

  it("gives every file over the time limit its own row and still finishes the run", async () => {
    const sub = path.join(dir, "slow");
    await fs.mkdir(sub);
    for (const name of ["a.xlsx", "b.xlsx", "c.xlsx"]) await fs.copyFile(SAMPLE, path.join(sub, name));
    // no workbook can be read and checked in a millisecond: each worker is stopped and replaced
    const result = runCli([sub, "--timeout", "0.001", "--jobs", "2"]);
    expect(result.status).toBe(2);
    const table = result.stdout.trimEnd().split("\n").slice(-3);
    for (const [i, name] of ["a", "b", "c"].entries()) {
      expect(table[i]).toMatch(new RegExp(`${name}\\.xlsx\\s+-\\s+-\\s+-\\s+-\\s+无法读取: 检查超过 0\\.001 秒，已跳过 \\/ checking took longer than 0\\.001 s, skipped$`));
    }
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(3);
  });
});
