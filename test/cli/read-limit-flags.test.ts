/**
 * The read limits on the command line (--max-cells, --max-inflated 2G, …): a limit passed is exit 2 with
 * one line naming the limit, the figure and the flag that raises it, for one workbook and for each file
 * of a folder (the limits reach the worker threads); bad values are refused before anything is read.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsxFile } from "../../src/hosts/file";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { runCli, SAMPLE, STACK_LINE } from "./support/run-cli";

/** Cells holding a value or a formula, all sheets: what --max-cells counts. */
function cellCount(snapshot: WorkbookSnapshot): number {
  let n = 0;
  for (const sheet of snapshot.sheets) {
    sheet.values.forEach((row, r) => row?.forEach((v, c) => void (v !== null && v !== undefined ? n++ : sheet.formulas?.[r]?.[c] ? n++ : 0)));
  }
  return n;
}

describe("fa-check --max-… read limits", () => {
  it("--max-cells 10 on the sample: exit 2, one line naming 单元格数 / cell count, the figures and the flag", () => {
    const result = runCli([SAMPLE, "--max-cells", "10"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/超出读取限制：单元格数达到 11，上限 10.*--max-cells.* \/ read limit exceeded: cell count reaches 11 cells, limit 10.*--max-cells/);
  });

  it("sizes take K/M/G: --max-inflated 1K and --max-part=2k refuse the sample, 2G reads it as without flags", () => {
    const total = runCli([SAMPLE, "--max-inflated", "1K"]);
    expect(total.status).toBe(2);
    expect(total.stderr).toMatch(/解压后总大小达到 [\d,]+，上限 1,024.*total inflated size reaches [\d,]+ bytes, limit 1,024/);
    const part = runCli([SAMPLE, "--max-part=2k"]);
    expect(part.status).toBe(2);
    expect(part.stderr).toMatch(/单个部件解压后大小达到 [\d,]+，上限 2,048（.+\.xml）.*--max-part/);
    const plain = runCli([SAMPLE, "--format", "json"]);
    const raised = runCli([SAMPLE, "--format", "json", "--max-inflated", "2G", "--max-part", "1.5G", "--max-cells", "20000000", "--max-sheets", "5000", "--max-merges", "1000000", "--max-string", "100000"]);
    expect(plain.status).toBe(1);
    expect(raised.status).toBe(1);
    expect(JSON.parse(raised.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it.each([
    [["--max-cells", "0"], /--max-cells 需要正整数，收到 "0" \/ --max-cells needs a positive integer, got "0"/],
    [["--max-cells", "-5"], /--max-cells 需要正整数.*got "-5"/],
    [["--max-sheets", "1e3"], /--max-sheets 需要正整数.*got "1e3"/],
    [["--max-merges=2.5"], /--max-merges 需要正整数/],
    [["--max-string", "很多"], /--max-string 需要正整数/],
    [["--max-inflated", "2T"], /--max-inflated 需要正的字节数（可带 K\/M\/G，如 2G），收到 "2T" \/ --max-inflated needs a positive size in bytes \(K\/M\/G allowed, e.g. 2G\)/],
    [["--max-part", "0.0001K"], /--max-part 需要正的字节数/],
    [["--max-part"], /--max-part 缺少取值 \/ --max-part needs a value/],
  ])("rejects %j: exit 2 with a bilingual reason first", (flags, pattern) => {
    const result = runCli([SAMPLE, ...flags]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toMatch(pattern);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("--help lists every limit flag with its default", () => {
    const help = runCli(["--help"]).stdout;
    for (const flag of ["--max-cells", "--max-sheets", "--max-merges", "--max-string", "--max-inflated", "--max-part"]) expect(help).toContain(flag);
    expect(help).toMatch(/--max-cells .*默认 10,000,000/);
    expect(help).toMatch(/--max-inflated .*default 1G/);
  });

  describe("in a folder", () => {
    let dir: string;
    let sampleCells: number;

    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-limits-"));
      await fs.copyFile(SAMPLE, path.join(dir, "a-教育局.xlsx"));
      // b: the sample with one more sheet of 100 numbers, so that a limit can fall between the two
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(SAMPLE);
      const extra = workbook.addWorksheet("附加");
      for (let i = 1; i <= 100; i++) extra.getCell(i, 1).value = i;
      await workbook.xlsx.writeFile(path.join(dir, "b-大单位.xlsx"));
      sampleCells = cellCount(await readXlsxFile(SAMPLE));
      const bigCells = cellCount(await readXlsxFile(path.join(dir, "b-大单位.xlsx")));
      expect(bigCells).toBeGreaterThan(sampleCells + 60);
    }, 60_000);

    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it("the file over --max-cells gets a row saying why, the other is still checked; exit 2", () => {
      const limit = sampleCells + 50;
      const result = runCli([dir, "--max-cells", String(limit), "--jobs", "2"]);
      expect(result.status).toBe(2);
      expect(result.stderr).not.toMatch(STACK_LINE);
      const reason = new RegExp(`b-大单位\\.xlsx: 超出读取限制：单元格数达到 ${(limit + 1).toLocaleString("en-US")}，上限 ${limit.toLocaleString("en-US")}.*cell count reaches`);
      expect(result.stderr).toMatch(reason);
      const table = result.stdout.trimEnd().split("\n").slice(-2);
      expect(table[0]).toMatch(/a-教育局\.xlsx\s+\d+\s+[1-9]\d*\s+\d+\s+\d+\s+有错误$/);
      expect(table[1]).toMatch(/b-大单位\.xlsx .*单元格数达到/);
    });

    it("JSON keeps one object per file: the report for a, the limit error for b", () => {
      const json = JSON.parse(runCli([dir, "--format", "json", "--max-cells", String(sampleCells + 50)]).stdout);
      expect(json.files).toHaveLength(2);
      expect(json.files[0].summary.error).toBeGreaterThan(0);
      expect(json.files[1].error).toMatch(/单元格数达到 .*--max-cells/);
    });
  });
});
