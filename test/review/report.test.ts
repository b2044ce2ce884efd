import nodePath from "path";
import { readXlsxFile } from "../../src/hosts/file";
import { RULES } from "../../src/rules/shared/registry";
import { reportMarkdown, mdCell } from "../../src/review/report-markdown";
import { REPORT_SHEET, REPORT_TITLE, reportSheet } from "../../src/review/report-sheet";
import { review, withReason } from "../../src/review/waivers";
import { workbookFacts } from "../../src/review/workbook-facts";
import { validate } from "../../src/validation/validate";
import type { WorkbookSnapshot } from "../../src/workbook/types";

const SAMPLE = nodePath.join(__dirname, "../../examples/changji-education-2024.xlsx");
const RULE_META = new Map(RULES.map((r) => [r.meta.id, r.meta]));
let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = await readXlsxFile(SAMPLE);
});

const meta = (extra = {}) => ({ workbook: "changji-education-2024.xlsx", profile: "财政部通用", checkedAt: new Date(2026, 11, 2, 10, 5), version: "0.1.0", settings: ["停用：perf-target-format（格式由上级统一）"], ...extra });

test("the unit and the year are read from the tables' headings and the file name", () => {
  expect(workbookFacts(snapshot)).toEqual({ unit: "昌吉回族自治州教育局", year: "2024" });
});

test("the 审核结果 sheet: summary block, then every finding errors first, with a link and its reason", () => {
  const report = validate(snapshot);
  const warning = report.findings.find((f) => f.severity === "warning")!;
  const reviewed = review(report.findings, withReason([], warning, "已与项目单位核实", new Date()));
  const sheet = reportSheet(report, reviewed, meta(workbookFacts(snapshot)), RULE_META);
  expect(sheet.name).toBe(REPORT_SHEET);
  expect(sheet.rows[0][0].value).toBe(REPORT_TITLE);
  const pairs = new Map(sheet.rows.slice(1, 14).map((r) => [r[0]?.value, r[1]?.value]));
  expect(pairs.get("单位")).toBe("昌吉回族自治州教育局");
  expect(pairs.get("年度")).toBe("2024");
  expect(pairs.get("错误")).toBe(String(report.summary.error));
  expect(pairs.get("提示")).toBe(String(report.summary.warning));
  expect(pairs.get("尾差·惯例")).toBe(String(report.summary.info));
  expect(pairs.get("已核实")).toBe("1");
  expect(pairs.get("检查时间")).toBe("2026-12-02 10:05");
  expect(pairs.get("加载项版本")).toBe("0.1.0");
  expect(pairs.get("设置")).toBe("停用：perf-target-format（格式由上级统一）");
  const header = sheet.rows.findIndex((r) => r[0]?.value === "序号");
  const body = sheet.rows.slice(header + 1);
  expect(body).toHaveLength(report.findings.length);
  // errors, then warnings, then info; a finding caused by another's wrong figure sits right after its cause
  const severities = body.filter((r) => !String(r[7].value).startsWith("（由 ")).map((r) => r[1].value);
  expect(pairs.get("由上述错误引起")).toBe(String(report.findings.filter((f) => f.cause).length));
  expect(severities.indexOf("提示")).toBeGreaterThan(severities.lastIndexOf("错误"));
  expect(severities.indexOf("尾差·惯例")).toBeGreaterThan(severities.lastIndexOf("提示"));
  const score = body.find((r) => r[4].result === "绩效自评!I67")!;
  expect(score[4].formula).toBe('=HYPERLINK("#绩效自评!I67","绩效自评!I67")');
  expect(score[5].value).toBe("执行率得分 = min(执行率, 100%) × 分值");
  expect(score[10].value).toContain("年度资金总额 · 全年执行数 绩效自评!F67 = 94.20");
  const waived = body.find((r) => r[2].value === "已核实")!;
  expect(waived[11].value).toBe("已与项目单位核实");
});

test("the Markdown report escapes every workbook string", () => {
  expect(mdCell("<img src=x> | *a* [b](c)\n2")).toBe("&lt;img src=x&gt; \\| \\*a\\* \\[b\\]\\(c\\)<br>2");
  const report = validate(snapshot);
  const f = report.findings[0];
  const hostile = { ...report, findings: [{ ...f, message: "<script>alert(1)</script>|x" }] };
  const md = reportMarkdown(hostile, review(hostile.findings, []), meta({ unit: "单位|<b>" }), RULE_META);
  expect(md).not.toContain("<script>");
  expect(md).toContain("&lt;script&gt;alert\\(1\\)&lt;/script&gt;\\|x");
  expect(md).toContain("| 单位 | 单位\\|&lt;b&gt; |");
  expect(md.split("\n").filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(1);
});
