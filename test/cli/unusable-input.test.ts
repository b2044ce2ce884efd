/** The real command on inputs it cannot use: exit 2, one line Chinese + English on stderr, no stack. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runCli, STACK_LINE } from "./support/run-cli";

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-bad-"));
  await fs.writeFile(path.join(dir, "notes.txt"), "这不是工作簿 / not a workbook\n");
  // deterministic "random" bytes: a linear congruential stream, no zip signature
  const noise = Buffer.alloc(4096);
  for (let i = 0, x = 12345; i < noise.length; i++) noise[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16;
  await fs.writeFile(path.join(dir, "noise.xlsx"), noise);
  // an encrypted .xlsx is an OLE compound file (CFB), not a zip: same magic, then an EncryptionInfo stream
  const cfb = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
  cfb.write("EncryptionInfo", 1024, "utf16le");
  cfb.write("EncryptedPackage", 1152, "utf16le");
  await fs.writeFile(path.join(dir, "locked.xlsx"), cfb);
  await fs.mkdir(path.join(dir, "empty"));
  await fs.writeFile(path.join(dir, "empty", "~$locked.xlsx"), "owner"); // a lock file is not a workbook
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function expectUnusable(args: string[], reason: RegExp): void {
  const result = runCli(args);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  // Chinese first, then " / " and English
  expect(lines[0]).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
  expect(lines[0]).toMatch(reason);
  expect(result.stderr).not.toMatch(STACK_LINE);
}

describe("fa-check on unusable input", () => {
  it("a missing path", () => expectUnusable([path.join(os.tmpdir(), "no-such-dir", "missing.xlsx")], /找不到.*not found/));
  it("a .txt file", () => expectUnusable([path.join(dir, "notes.txt")], /\.xlsx.*\.txt/));
  it("random bytes named .xlsx", () => expectUnusable([path.join(dir, "noise.xlsx")], /noise\.xlsx|xlsx|工作簿|workbook/i));
  it("an encrypted-looking CFB file", () => expectUnusable([path.join(dir, "locked.xlsx")], /密码.* \/ .*password-protected/));
  it("an empty folder (lock files skipped)", () => expectUnusable([path.join(dir, "empty")], /没有 \.xlsx.*no \.xlsx/));
  it("an unknown option", () => {
    const result = runCli(["--colour", "x.xlsx"]);
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("未知选项 --colour / unknown option --colour");
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
