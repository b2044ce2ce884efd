/** The real command on inputs it cannot use: exit 2, one line Chinese + English on stderr, no stack. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runCli, SAMPLE, STACK_LINE } from "./support/run-cli";

let dir: string;

/** A minimal zip with one stored (uncompressed) entry; CRC-32 computed, so every reader accepts it. */
function storedZip(name: string, text: string): Buffer {
  const data = Buffer.from(text);
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  crc = ~crc >>> 0;
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(local.length + fileName.length + data.length, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

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
  await fs.writeFile(path.join(dir, "old.xls"), cfb.subarray(0, 1024));
  await fs.writeFile(path.join(dir, "wps.et"), cfb.subarray(0, 1024));
  await fs.writeFile(path.join(dir, "export.csv"), "单位,金额\n教育局,100\n");
  // an .xls saved under an .xlsx name: OLE container without encryption
  await fs.writeFile(path.join(dir, "renamed.xlsx"), Buffer.concat([cfb.subarray(0, 8), Buffer.alloc(4088)]));
  const sample = await fs.readFile(SAMPLE);
  await fs.writeFile(path.join(dir, "truncated.xlsx"), sample.subarray(0, Math.floor(sample.length * 0.6)));
  // a valid zip (one stored entry) that holds no workbook: what a renamed .docx or archive looks like
  await fs.writeFile(path.join(dir, "archive.xlsx"), storedZip("readme.txt", "not a workbook"));
  await fs.mkdir(path.join(dir, "only-xls"));
  await fs.writeFile(path.join(dir, "only-xls", "单位A.xls"), cfb.subarray(0, 1024));
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
  it("an .xls file: save it as .xlsx in Excel or WPS", () =>
    expectUnusable([path.join(dir, "old.xls")], /旧版 \.xls.*Excel 或 WPS.*另存为.*\.xlsx.* \/ .*legacy \.xls.*Excel or WPS.*Save As \.xlsx/));
  it("a WPS .et file: save it as .xlsx in WPS", () => expectUnusable([path.join(dir, "wps.et")], /WPS 表格 \.et.*另存为.*\.xlsx.* \/ .*WPS Spreadsheets \.et.*Save As \.xlsx/));
  it("a .csv export: check the .xlsx workbook", () => expectUnusable([path.join(dir, "export.csv")], /\.csv 文本表格.*\.xlsx.* \/ .*\.csv text table.*\.xlsx/));
  it("an .xls saved under an .xlsx name", () => expectUnusable([path.join(dir, "renamed.xlsx")], /\.xls.*另存为 \.xlsx.* \/ .*\.xls.*save it as \.xlsx/));
  it("a truncated .xlsx (a copy cut short)", () =>
    expectUnusable([path.join(dir, "truncated.xlsx")], /(损坏|截断|不完整).* \/ .*(corrupt|truncated|incomplete)/i));
  it("a zip that is not a workbook", () =>
    expectUnusable([path.join(dir, "archive.xlsx")], /(不是.*工作簿|没有工作表).* \/ .*(not an? .*workbook|no worksheet)/i));
  it("a folder with only .xls files: names one and says to save as .xlsx", () =>
    expectUnusable([path.join(dir, "only-xls")], /没有 \.xlsx 工作簿.*单位A\.xls.*另存为 \.xlsx.* \/ no \.xlsx workbook in folder.*save them as \.xlsx/));
  it("an empty folder (lock files skipped)", () => expectUnusable([path.join(dir, "empty")], /没有 \.xlsx.*no \.xlsx/));
  it("an unknown option", () => {
    const result = runCli(["--colour", "x.xlsx"]);
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("未知选项 --colour / unknown option --colour");
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
