/**
 * The review workflow from the command line: the 出错说明 the pane stored in the workbook's add-in
 * settings come back in --format json, --report writes the 审核报告 (.xlsx copy, .md), --config applies settings.
 */
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { readXlsxFile } from "../../src/hosts/file";
import { validate } from "../../src/validation/validate";
import { withReason } from "../../src/review/waivers";
import { REVIEW_SETTINGS_KEY } from "../../src/review/stored-reviews";
import { SAMPLE } from "./support/run-cli";
import { REPORT_TITLE } from "../../src/review/report-sheet";

jest.setTimeout(120_000);
let dir: string;
let withReasons: string;
let reason: string;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

const xmlAttr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-review-"));
  const report = validate(await readXlsxFile(SAMPLE));
  const warning = report.findings.find((f) => f.severity === "warning")!;
  reason = "经核实 <无误> & \"已说明\"";
  const waivers = withReason([], warning, reason, new Date("2026-12-02T02:00:00Z"));
  // as Excel saves Office.js document settings: a webextension part with the property as JSON text
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties><we:property name="${REVIEW_SETTINGS_KEY}" value="${xmlAttr(JSON.stringify(waivers))}"/></we:properties></we:webextension>`,
  );
  withReasons = path.join(dir, "with-reasons.xlsx");
  fs.writeFileSync(withReasons, await zip.generateAsync({ type: "nodebuffer" }));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("--format json carries the stored reasons and the 现场数据", async () => {
  const { io, out } = capture();
  expect(await main([withReasons, "--format", "json"], io)).toBe(1);
  const json = JSON.parse(out.join(""));
  const verified = json.findings.filter((f: { status?: string }) => f.status);
  expect(verified).toEqual([expect.objectContaining({ severity: "warning", status: "verified", reason })]);
  expect(json.findings[0].operands[0]).toEqual(expect.objectContaining({ sheet: json.findings[0].sheet, cell: json.findings[0].cell }));
});

test("--report .md and .xlsx write the 审核报告; the input is never written", async () => {
  const before = fs.readFileSync(withReasons);
  const md = path.join(dir, "审核报告.md");
  const { io, err } = capture();
  expect(await main([withReasons, "--report", md, "--format", "json"], io)).toBe(1);
  expect(err.join("")).toContain("审核报告");
  const text = fs.readFileSync(md, "utf8");
  expect(text).toContain("| 单位 | 昌吉回族自治州教育局 |");
  expect(text).toContain("经核实 &lt;无误&gt; &amp; \"已说明\"");
  expect(text).toContain("| 加载项版本 | 0.1.0 |");

  const xlsx = path.join(dir, "审核报告.xlsx");
  expect(await main([withReasons, "--report", xlsx], capture().io)).toBe(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.getWorksheet("审核结果")!;
  expect(sheet.getCell(1, 1).value).toBe(REPORT_TITLE);
  const link = [...Array(sheet.rowCount).keys()].map((r) => sheet.getCell(r + 1, 5).value).find((v) => typeof v === "object" && v !== null);
  expect((link as { formula: string }).formula).toMatch(/^HYPERLINK\("#/);
  expect(fs.readFileSync(withReasons).equals(before)).toBe(true);
  // the report of a report: 审核结果 is replaced, never duplicated
  const again = path.join(dir, "again.xlsx");
  expect(await main([xlsx, "--report", again], capture().io)).toBe(1);
  const second = new ExcelJS.Workbook();
  await second.xlsx.readFile(again);
  expect(second.worksheets.filter((ws) => ws.name.startsWith("审核结果")).map((ws) => ws.name)).toEqual(["审核结果"]);
});

test("--config switches rules off, and the report states it with the reason", async () => {
  const config = path.join(dir, "设置.json");
  fs.writeFileSync(config, JSON.stringify({ disabled: ["perf-target-format"], disabledReasons: { "perf-target-format": "格式由上级统一" }, profile: "" }));
  const md = path.join(dir, "r.md");
  const { io, out } = capture();
  await main([SAMPLE, "--config", config, "--format", "json", "--report", md], io);
  const json = JSON.parse(out.join(""));
  expect(json.findings.some((f: { rule: string }) => f.rule === "perf-target-format")).toBe(false);
  expect(fs.readFileSync(md, "utf8")).toContain("停用：perf\\-target\\-format（格式由上级统一）");
  const bad = path.join(dir, "bad.json");
  fs.writeFileSync(bad, "{nope");
  const failed = capture();
  expect(await main([SAMPLE, "--config", bad], failed.io)).toBe(2);
  expect(failed.err[0]).toBe(`配置文件不是有效的 JSON：${bad} / the config file is not valid JSON: ${bad}`);
});
