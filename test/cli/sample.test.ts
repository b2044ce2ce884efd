/** End to end on the sample workbook (昌吉州教育局 2024): the real command, the findings the seed demands. */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { parseA1, qualified } from "../../src/workbook/address";
import { openCells } from "./support/workbook-cells";
import { plain, runCli, SAMPLE, STACK_LINE } from "./support/run-cli";

interface JsonFinding {
  rule: string;
  severity: "error" | "warning" | "info";
  sheet: string;
  cell: string;
  related: string[];
  message: string;
  expected: string;
  actual: string;
}


function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

describe("fa-check on examples/changji-education-2024.xlsx", () => {
  let json: { tables: { kind: string; sheet: string; range: string }[]; findings: JsonFinding[]; summary: Record<string, number> };
  let status: number | null;
  let stderr: string;
  let cells: Awaited<ReturnType<typeof openCells>>;
  let hashBefore: string;

  beforeAll(async () => {
    hashBefore = sha256(SAMPLE);
    const result = runCli([SAMPLE, "--format", "json"]);
    status = result.status;
    stderr = result.stderr;
    json = JSON.parse(result.stdout);
    cells = await openCells(SAMPLE);
  });

  it("exits 1 (the sample has real errors) without a stack trace", () => {
    expect(stderr).not.toMatch(STACK_LINE);
    expect(status).toBe(1);
  });

  it("prints JSON of exactly the published shape", () => {
    expect(Object.keys(json)).toEqual(["tables", "findings", "summary"]);
    for (const table of json.tables) expect(Object.keys(table)).toEqual(["kind", "sheet", "range"]);
    for (const finding of json.findings) {
      // the published keys in order; then `cause` on a finding that follows from another's wrong figure
      // (issue 13), 现场数据 and, where a stored 出错说明 applies, its status and reason (issue 15)
      const keys = ["rule", "severity", "sheet", "cell", "related", "message", "expected", "actual"];
      expect(Object.keys(finding).slice(0, 8)).toEqual(keys);
      expect(Object.keys(finding).slice(8)).toEqual("cause" in finding ? ["cause", "operands"] : ["operands"]);
      expect(["error", "warning", "info"]).toContain(finding.severity);
      expect(Array.isArray(finding.related)).toBe(true);
      expect(() => parseA1(finding.cell)).not.toThrow();
    }
    expect(Object.keys(json.summary).sort()).toEqual(["error", "info", "warning"]);
    for (const severity of ["error", "warning", "info"] as const) {
      // findings with a `cause` are listed under it and not counted (issue 13)
      expect(json.summary[severity]).toBe(json.findings.filter((f) => f.severity === severity && !("cause" in f)).length);
    }
  });

  it("finds the nine public tables, the 整体表 and the 16 项目表", () => {
    const kinds = json.tables.map((t) => t.kind);
    for (const kind of ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public", "perf-overall"]) {
      expect(kinds).toContain(kind);
    }
    expect(kinds.filter((k) => k === "perf-project")).toHaveLength(16);
  });

  /** The project whose block holds the cell: its name stands in the rows just above. */
  function projectAbove(finding: JsonFinding, rows = 12): string {
    const row = parseA1(finding.cell).row + 1;
    return cells.sheetText(finding.sheet, row - rows, row);
  }

  it("reports 学生体卫艺科劳研学工作经费 执行率得分 9.79 on its cell, expected 9.92", () => {
    const hit = json.findings.filter((f) => plain(f.actual) === "9.79" && plain(f.expected) === "9.92");
    expect(hit).toHaveLength(1);
    expect(hit[0].severity).toBe("error");
    expect(Number(cells.read(hit[0]))).toBeCloseTo(9.79, 10);
    expect(projectAbove(hit[0])).toContain("学生体卫艺科劳研学工作经费");
  });

  it("reports the 机关运行保障经费 funding rows (当年财政拨款 全年预算数 0.00, 执行数 367.36)", () => {
    const hits = json.findings.filter((f) => {
      if (f.severity !== "error" || !projectAbove(f).includes("机关运行保障经费")) return false;
      const values = [cells.read(f), ...f.related.map((r) => cells.read(r))].map((v) => Number(v ?? 0));
      return values.some((v) => Math.abs(v - 367.36) < 1e-9);
    });
    expect(hits.length).toBeGreaterThanOrEqual(1);
    // the 0.00 budget is one of the figures those findings compare
    const operands = hits.flatMap((f) => [cells.read(f), ...f.related.map((r) => cells.read(r))]);
    expect(operands.some((v) => v === null || v === undefined || v === 0 || v === "0.00" || v === "—" || v === "-" || v === "")).toBe(true);
  });

  it("reports 教育支出 1,537.21 vs Σ 1,537.20 as info only", () => {
    const hits = json.findings.filter((f) => plain(f.actual) === "1537.21" && plain(f.expected) === "1537.20");
    expect(hits.length).toBeGreaterThanOrEqual(1);
    for (const hit of hits) expect(hit.severity).toBe("info");
  });

  it("reports T5 基本 1,196.98 vs T6 1,082.40 + 114.59 as info only", () => {
    const hits = json.findings.filter((f) => plain(f.actual) === "1196.98" && plain(f.expected) === "1196.99");
    expect(hits.length).toBeGreaterThanOrEqual(1);
    for (const hit of hits) expect(hit.severity).toBe("info");
    const operands = hits.flatMap((f) => f.related.map((r) => Number(cells.read(r))));
    expect(operands).toEqual(expect.arrayContaining([1082.4, 114.59]));
  });

  it("never writes to its input", () => {
    for (const format of ["text", "md"]) runCli([SAMPLE, "--format", format]);
    expect(sha256(SAMPLE)).toBe(hashBefore);
  });

  it.each(["text", "md"])("the %s format shows sheet!cell, expected/actual and the summary line", (format) => {
    const result = runCli([SAMPLE, "--format", format]);
    expect(result.status).toBe(1);
    const hit = json.findings.find((f) => plain(f.actual) === "9.79")!;
    expect(result.stdout).toContain(qualified(hit.sheet, hit.cell));
    expect(result.stdout).toContain("应为 9.92，实为 9.79");
    const { error, warning, info } = json.summary;
    expect(result.stdout).toContain(`共 ${json.tables.length} 张表；错误 ${error}，提示 ${warning}，尾差/惯例 ${info}`);
  });
});
