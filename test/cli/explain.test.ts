/** --explain and --narrative through the real command: files written beside, the input never touched. */
import { createHash } from "crypto";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { plain, ROOT, runCli, SAMPLE, STACK_LINE } from "./support/run-cli";
import { SEED_GENERATED_LINES } from "../explain/seed-text";

const SEED_TEXT = path.join(ROOT, "test", "fixtures", "seed", "000_dfa22dd2bb6962f3.txt");

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("fa-check --explain / --narrative", () => {
  let dir: string;
  let before: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-explain-"));
    before = sha256(SAMPLE);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
    expect(sha256(SAMPLE)).toBe(before);
  });

  it("writes the generated 说明 as Markdown and keeps stdout pure JSON", async () => {
    const target = path.join(dir, "说明.md");
    const result = runCli([SAMPLE, "--format", "json", "--explain", target]);
    expect(result.status).toBe(1);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stderr).toContain(`已写入决算说明：${target} / wrote the explanation: ${target}`);
    const text = await fs.readFile(target, "utf8");
    expect(text.startsWith("# 昌吉回族自治州教育局2024年度部门决算公开说明")).toBe(true);
    expect(text).toContain("## 第二部分 部门决算情况说明");
    // the seed's first sentence, figures from the sample's T1
    expect(text).toContain("收入总计2,970.86万元，其中：本年收入合计2,912.86万元，使用非财政拨款结余（含专用结余）0.00万元，年初结转和结余58.00万元。");
    // the sample's 说明底稿 carries the seed's 上年决算数, 年初预算数 and reasons: every sentence of the
    // seed's 第二部分 that the tables can give comes out character for character
    const lines = new Set(text.split("\n").map((l) => l.replace(/^#+\s*/, "").trim()));
    const missing = SEED_GENERATED_LINES.filter((l) => l.trim() && !lines.has(l.trim()));
    expect(missing).toEqual([]);
    // the two 偏差原因分析 lines quoting a 完成率 the check flags wrong carry the marker, no other line
    expect(text.split("\n").filter((l) => l.includes("【待核")).map((l) => /见审核结果 ([^】]+)】/.exec(l)?.[1])).toEqual(["绩效自评!H78", "绩效自评!H336"]);
  });

  it("regenerates 说明底稿 and 说明信息 in place and adds 决算说明 in a copy when the target is .xlsx", async () => {
    const target = path.join(dir, "copy.xlsx");
    const result = runCli([SAMPLE, "--explain", target]);
    expect(result.status).toBe(1);
    const [original, copy] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await original.xlsx.readFile(SAMPLE);
    await copy.xlsx.readFile(target);
    const names = copy.worksheets.map((ws) => ws.name);
    expect(names.slice(0, original.worksheets.length)).toEqual(original.worksheets.map((ws) => ws.name));
    // the sample already has 说明底稿 and 说明信息 (generated): rewritten in place, never a second copy
    expect(names.slice(original.worksheets.length)).toEqual(["决算说明"]);
    expect(names.filter((n) => /^说明底稿/.test(n))).toEqual(["说明底稿"]);
  });

  it("writes the whole 说明 as a Word document when the target is .docx", async () => {
    const target = path.join(dir, "说明.docx");
    const result = runCli([SAMPLE, "--explain", target]);
    expect(result.stderr).toContain(`已写入 Word 文档：${target}`);
    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
  });

  it("--previous fills 上年决算数 from last year's workbook and says what it did; alone it is a usage error", async () => {
    const target = path.join(dir, "with-previous.md");
    const result = runCli([SAMPLE, "--explain", target, "--previous", SAMPLE]);
    expect(result.stderr).toMatch(/上年决算数：已填入 \d+ 项，保留已填写 \d+ 项/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    const alone = runCli([SAMPLE, "--previous", SAMPLE]);
    expect(alone.status).toBe(2);
    expect(alone.stderr.split("\n")[0]).toBe("--previous 需与 --explain 同用 / --previous needs --explain");
  });

  it("refuses to write the explanation over the checked workbook", () => {
    const result = runCli([SAMPLE, "--explain", SAMPLE]);
    expect(result.status).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("--explain 不能写入被检查的工作簿本身 / --explain must not write to the checked workbook itself");
  });

  it("checks the seed's own text and reports 年初预算数 1,327.64 against 1,326.66", () => {
    const result = runCli([SAMPLE, "--format", "json", "--narrative", SEED_TEXT]);
    expect(result.stderr).not.toMatch(STACK_LINE);
    const json = JSON.parse(result.stdout);
    const narrative = json.findings.filter((f: { sheet: string }) => f.sheet === path.basename(SEED_TEXT));
    expect(narrative.some((f: { expected: string; actual: string }) => plain(f.expected) === "1326.66" && plain(f.actual) === "1327.64")).toBe(true);
    for (const severity of ["error", "warning", "info"]) {
      // findings with a `cause` are listed under it and not counted (issue 13)
      expect(json.summary[severity]).toBe(json.findings.filter((f: { severity: string; cause?: unknown }) => f.severity === severity && !f.cause).length);
    }
  });

  it("gives exit 2 and one line when the narrative file is missing", () => {
    const result = runCli([SAMPLE, "--narrative", path.join(dir, "none.md")]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/找不到或无法读取说明文件.* \/ narrative file not found/);
  });
});
