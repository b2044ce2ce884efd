/** Markdown output (--format md, --explain x.md) keeps workbook text literal: no HTML, link or structure survives. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { formatMdReport } from "../../src/cli/format-md";
import { codeSpan, escapeMd, explanationMarkdown } from "../../src/cli/markdown";
import { runCli, SAMPLE, STACK_LINE } from "./support/run-cli";
import { OUTCOME, REPORT } from "./support/sample-report";

const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";

/**
 * The text a Markdown renderer would treat as markup: everything outside code spans (CommonMark: a run
 * of backticks not escaped by a backslash, closed by a run of the same length).
 */
function outsideCode(md: string): string {
  return md.replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "");
}

describe("Markdown escaping", () => {
  it("turns HTML, links and line breaks in workbook text into literal characters", () => {
    const escaped = escapeMd(`${SCRIPT} [点我](javascript:alert(1)) a|b *x*\n# 标题 & R&D`);
    expect(escaped).not.toMatch(/[<>\n]/);
    expect(escaped).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escaped).toContain("\\[点我\\](javascript:alert(1))");
    expect(escaped).toContain("a\\|b \\*x\\*");
    expect(escaped).toContain("R&amp;D");
    expect(escapeMd("- 不是列表")).toBe("\\- 不是列表");
    expect(escapeMd("1. 不是编号")).toBe("1\\. 不是编号");
  });

  it("fences a code span so that a backtick in a sheet name cannot close it", () => {
    expect(codeSpan("T5!C6")).toBe("`T5!C6`");
    expect(codeSpan(`a\`${IMG}`)).toBe(`\`\`a\`${IMG}\`\``);
    expect(outsideCode(codeSpan(`\`${IMG}\``))).toBe("");
  });

  it("--format md keeps a hostile message and sheet name out of the markup", () => {
    const finding = { ...REPORT.findings[1], sheet: `x\`${IMG}`, message: `${SCRIPT}项目名称`, expected: IMG };
    const md = formatMdReport({ ...OUTCOME, report: { ...REPORT, findings: [finding] } }, "zh");
    expect(outsideCode(md)).not.toMatch(/[<>]/);
    expect(md).toContain("&lt;script&gt;alert(1)&lt;/script&gt;项目名称");
    expect(md).not.toContain("<script");
  });

  it("the generated 说明 escapes what came from the workbook", () => {
    const md = explanationMarkdown([
      { text: "部门决算情况说明", level: 0 },
      { text: "（一）收入", level: 1 },
      { text: `${SCRIPT}经费` },
      { text: "（二）支出", level: 2 },
      { text: "1. 合计" },
    ]);
    expect(md).not.toMatch(/[<>]/);
    expect(md.split("\n")).toEqual([
      "# 部门决算情况说明",
      "",
      "## （一）收入",
      "",
      "&lt;script&gt;alert(1)&lt;/script&gt;经费",
      "",
      "### （二）支出",
      "",
      "1\\. 合计",
      "",
    ]);
  });
});

describe("the real command on a workbook with a <script> in a project name", () => {
  let dir: string;
  let book: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-md-"));
    book = path.join(dir, "hostile.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    let replaced = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === "昌吉州语言文字工作经费") {
            cell.value = `${SCRIPT}昌吉州语言文字工作经费`;
            replaced++;
          }
        }),
      ),
    );
    expect(replaced).toBeGreaterThan(0);
    await workbook.xlsx.writeFile(book);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("writes neither the report nor the 说明 with the script as HTML", async () => {
    const target = path.join(dir, "说明.md");
    const result = runCli([book, "--format", "md", "--explain", target]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt;昌吉州语言文字工作经费");
    expect(outsideCode(result.stdout)).not.toMatch(/<script/i);
    const explanation = await fs.readFile(target, "utf8");
    expect(explanation).toContain("&lt;script&gt;alert(1)&lt;/script&gt;昌吉州语言文字工作经费");
    expect(explanation).not.toMatch(/<script/i);
  });
});
