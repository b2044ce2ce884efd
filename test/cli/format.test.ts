import { formatJsonFolder, formatJsonReport } from "../../src/cli/format-json";
import { formatMdFolder, formatMdReport } from "../../src/cli/format-md";
import { formatTextFolder, formatTextReport } from "../../src/cli/format-text";
import { OUTCOME, REPORT } from "./support/sample-report";

const SUMMARY_ZH = "共 3 张表；错误 1，提示 0，尾差/惯例 1";

describe("text format", () => {
  const text = formatTextReport(OUTCOME, "zh");

  it("prints each finding at sheet!cell with expected, actual and the operands' values", () => {
    const line = text.split("\n").find((l) => l.includes("项目表!G2"))!;
    expect(line).toContain("执行率得分应为执行率×分值");
    expect(line).toContain("应为 9.92，实为 9.79");
    expect(line).toContain("项目表!D2 = 118.99");
    expect(line).toContain("项目表!F2 = 99.16%");
    const quoted = text.split("\n").find((l) => l.includes("T5!C6"))!;
    expect(quoted).toContain("'T6 基本'!B3 = 1,082.40");
    expect(quoted).toContain("'T6 基本'!B4 = 114.59");
  });

  it("groups by table, errors before info, and ends with the summary line", () => {
    const t5 = text.indexOf("【一般公共预算财政拨款支出决算表】T5!A1:D40");
    const project = text.indexOf("【项目支出绩效自评表】项目表!A1:M30");
    expect(t5).toBeGreaterThan(-1);
    expect(project).toBeGreaterThan(t5);
    expect(text.indexOf("尾差/惯例 (1)")).toBeLessThan(project);
    expect(text.indexOf("错误 (1)")).toBeGreaterThan(project);
    expect(text.trimEnd().split("\n").pop()).toBe(SUMMARY_ZH);
  });

  it("speaks English with --lang en", () => {
    const en = formatTextReport(OUTCOME, "en");
    expect(en).toContain("execution score should be rate × weight");
    expect(en).toContain("expected 9.92, actual 9.79");
    expect(en.trimEnd().split("\n").pop()).toBe("3 tables; errors 1, warnings 0, tail differences/conventions 1");
  });

  it("ends a folder run with the table of all files, unusable ones included", () => {
    const text2 = formatTextFolder([OUTCOME, { file: "bad.xlsx", error: "文件已损坏 / corrupt" }], "zh");
    const lines = text2.trimEnd().split("\n");
    expect(lines[lines.length - 3]).toMatch(/^文件\s+表\s+错误\s+提示\s+尾差\/惯例\s+状态$/);
    expect(lines[lines.length - 2]).toMatch(/^sample\.xlsx\s+3\s+1\s+0\s+1\s+有错误$/);
    expect(lines[lines.length - 1]).toMatch(/^bad\.xlsx\s+-\s+-\s+-\s+-\s+无法读取: 文件已损坏 \/ corrupt$/);
  });
});

describe("JSON format", () => {
  it("has exactly the published keys", () => {
    const json = JSON.parse(formatJsonReport(OUTCOME, "zh"));
    expect(Object.keys(json)).toEqual(["tables", "findings", "summary"]);
    expect(json.tables[0]).toEqual({ kind: "gpb-expenditure", sheet: "T5", range: "A1:D40" });
    for (const finding of json.findings) {
      expect(Object.keys(finding).sort()).toEqual(["actual", "cell", "expected", "message", "related", "rule", "severity", "sheet"]);
    }
    expect(json.findings[1]).toEqual({
      rule: "perf-exec-score",
      severity: "error",
      sheet: "项目表",
      cell: "G2",
      related: ["项目表!D2", "项目表!F2", "项目表!E2"],
      message: "执行率得分应为执行率×分值",
      expected: "9.92",
      actual: "9.79",
    });
    expect(json.summary).toEqual({ error: 1, warning: 0, info: 1 });
  });

  it("uses the English message with --lang en", () => {
    expect(JSON.parse(formatJsonReport(OUTCOME, "en")).findings[0].message).toBe(REPORT.findings[0].messageEn);
  });

  it("wraps a folder as {files:[{file, ...report}]} and an unusable file as {file, error}", () => {
    const json = JSON.parse(formatJsonFolder([OUTCOME, { file: "bad.xlsx", error: "坏 / bad" }], "zh"));
    expect(Object.keys(json)).toEqual(["files"]);
    expect(Object.keys(json.files[0])).toEqual(["file", "tables", "findings", "summary"]);
    expect(json.files[1]).toEqual({ file: "bad.xlsx", error: "坏 / bad" });
  });
});

describe("Markdown format", () => {
  it("lists findings under table and severity headings and ends with the summary", () => {
    const md = formatMdReport(OUTCOME, "zh");
    expect(md).toContain("## 项目支出绩效自评表 (项目表!A1:M30)");
    expect(md).toContain("### 错误 (1)");
    expect(md).toMatch(/- `项目表!G2` 执行率得分应为执行率×分值 — 应为 9\.92，实为 9\.79；现场数据：项目表!D2 = 118\.99/);
    expect(md.trimEnd().split("\n").pop()).toBe(`**${SUMMARY_ZH}**`);
  });

  it("ends a folder with a Markdown table of all files", () => {
    const md = formatMdFolder([OUTCOME, { file: "b|ad.xlsx", error: "坏 / bad" }], "zh");
    const tail = md.trimEnd().split("\n").slice(-4);
    expect(tail).toEqual([
      "| 文件 | 表 | 错误 | 提示 | 尾差/惯例 | 状态 |",
      "| --- | --- | --- | --- | --- | --- |",
      "| sample.xlsx | 3 | 1 | 0 | 1 | 有错误 |",
      "| b\\|ad.xlsx | - | - | - | - | 无法读取: 坏 / bad |",
    ]);
  });
});

describe("findings outside every table", () => {
  it("are grouped under their sheet or text file, after the tables", () => {
    const narrative = {
      ...REPORT.findings[1],
      rule: "narrative-amount",
      sheet: "说明.md",
      cell: "L38",
      related: [],
      message: "第38行：说明中预算数1,327.64万元，整体支出绩效自评表本级资金年初预算数为1,326.66万元",
      expected: "1,326.66",
      actual: "1,327.64",
    };
    const text = formatTextReport({ ...OUTCOME, report: { ...REPORT, findings: [narrative, ...REPORT.findings] } }, "zh");
    const heading = text.indexOf("【说明.md】");
    expect(heading).toBeGreaterThan(text.indexOf("【项目支出绩效自评表】"));
    expect(text.slice(heading)).toContain("说明.md!L38  第38行：说明中预算数1,327.64万元");
  });
});

describe("a workbook with no standard table", () => {
  const report = {
    tables: [],
    findings: [],
    summary: { error: 0, warning: 0, info: 0 },
    unrecognized: [{ kind: "expenditure" as const, sheet: "T3", cell: "A1", title: "支出决算表", reason: "未找到表头 / no header row found" }],
    notes: ["未找到任何标准决算表 / no standard table found"],
  };
  const outcome = { file: "x.xlsx", report };

  it("says so plainly, names the table it could not read, and does not claim 未发现问题", () => {
    for (const text of [formatTextReport(outcome, "zh"), formatMdReport(outcome, "zh")]) {
      expect(text).toContain("未找到任何标准决算表 / no standard table found");
      expect(text).toContain("未找到表头 / no header row found");
      expect(text).not.toContain("未发现问题");
    }
    expect(formatTextReport({ ...outcome, report: { ...report, tables: REPORT.tables } }, "zh")).toContain("未发现问题");
  });
});
