/** A folder run: every .xlsx checked (lock files skipped), then the table of all files. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runCli, SAMPLE, STACK_LINE } from "./support/run-cli";

describe("fa-check on a folder", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-folder-"));
    await fs.copyFile(SAMPLE, path.join(dir, "a-教育局.xlsx"));
    await fs.copyFile(SAMPLE, path.join(dir, "b-unit.xlsx"));
    await fs.writeFile(path.join(dir, "~$a-教育局.xlsx"), "lock");
    await fs.writeFile(path.join(dir, "readme.txt"), "not a workbook");
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("checks both workbooks and ends with the table of all files", () => {
    const result = runCli([dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    const lines = result.stdout.trimEnd().split("\n");
    const tail = lines.slice(-3);
    expect(tail[0]).toMatch(/^文件\s+表\s+错误\s+提示\s+尾差\/惯例\s+状态$/);
    expect(tail[1]).toMatch(/a-教育局\.xlsx\s+\d+\s+[1-9]\d*\s+\d+\s+\d+\s+有错误$/);
    expect(tail[2]).toMatch(/b-unit\.xlsx\s+\d+\s+[1-9]\d*\s+\d+\s+\d+\s+有错误$/);
    expect(result.stdout).not.toContain("~$");
    // each workbook's own report (with its summary line) comes before the table
    expect(result.stdout.match(/共 \d+ 张表；错误 \d+，提示 \d+，尾差\/惯例 \d+/g)).toHaveLength(2);
  });

  it("gives {files:[{file, tables, findings, summary}]} as JSON", () => {
    const json = JSON.parse(runCli([dir, "--format", "json"]).stdout);
    expect(json.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["a-教育局.xlsx", "b-unit.xlsx"]);
    for (const file of json.files) expect(Object.keys(file)).toEqual(["file", "tables", "findings", "summary"]);
    expect(json.files[0].findings).toEqual(json.files[1].findings);
  });

  it("lists an unreadable workbook in the table and exits 2", async () => {
    const bad = path.join(dir, "c-broken.xlsx");
    await fs.writeFile(bad, "PK\u0003\u0004 truncated");
    try {
      const result = runCli([dir, "--format", "md"]);
      expect(result.status).toBe(2);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(result.stdout.trimEnd().split("\n").pop()).toMatch(/^\| .*c-broken\.xlsx \| - \| - \| - \| - \| 无法读取: .+ \/ .+ \|$/);
    } finally {
      await fs.rm(bad);
    }
  });
});
