/**
 * A generated sentence that repeats a figure a rule flagged wrong carries 【待核…】 until the table is
 * fixed: in the text, the Markdown, the 决算说明 sheet and the .docx. The generator knows the cells
 * each sentence quotes (tags set where the figure is written), so the marker lands on exactly those.
 */
import JSZip from "jszip";
import { buildNarrativeSheet, checkNarrative, generateExplanation } from "../../src/explain";
import { docxBuffer } from "../../src/export/docx";
import { readXlsxFile } from "../../src/hosts/file";
import type { Finding } from "../../src/rules/shared/types";
import { recognize } from "../../src/tables";
import type { TableModel } from "../../src/tables/types";
import { analyze } from "../../src/validation/validate";
import { parseA1, qualified } from "../../src/workbook/address";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/types";
import { SAMPLE_XLSX, sampleInputs } from "./seed-text";

const MARK = "【待核：表中数字有误";

function markedLines(text: string): string[] {
  return text.split("\n").filter((l) => l.includes(MARK));
}

function setCell(snapshot: WorkbookSnapshot, sheet: string, a1: string, value: CellValue): void {
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(a1);
  s.values[row - s.origin.row][col - s.origin.col] = value;
}

/**
 * The sample with its published errors corrected as test/golden/sample-findings.ts explains them:
 * the wrong scores and rates replaced by the recomputed ones, and 机关运行保障经费's execution moved
 * back from 当年财政拨款 (F280) to 其他资金 (F281).
 */
function corrected(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const fixes: [string, CellValue][] = [
    ["I67", 9.92], ["H78", 1], ["I78", 10], ["I81", "99.92分"], ["F280", 0], ["F281", 367.36],
    ["H336", 1.036], ["I336", 28.92], ["I337", "98.92分"],
  ];
  for (const [cell, value] of fixes) setCell(snapshot, "绩效自评", cell, value);
  return snapshot;
}

/** A finding as a rule would report a wrong figure in `cell`. */
function errorAt(sheet: string, cell: string): Finding {
  return { rule: "test-rule", severity: "error", sheet, cell, related: [], message: "", messageEn: "", expected: "", actual: "" };
}

describe("【待核】 on the sentences that quote a flagged figure", () => {
  jest.setTimeout(60_000);
  let snapshot: WorkbookSnapshot;
  let tables: TableModel[];
  let findings: Finding[];
  beforeAll(async () => {
    snapshot = await readXlsxFile(SAMPLE_XLSX);
    const analysis = analyze(snapshot);
    tables = analysis.recognition.tables;
    findings = analysis.report.findings;
  });

  test("the sample: exactly the two 偏差原因分析 lines quoting a 完成率 a rule found wrong (H78, H336)", () => {
    const e = generateExplanation(tables, sampleInputs(), undefined, { findings });
    expect(e.flagged.map((f) => f.cells)).toEqual([["绩效自评!H78"], ["绩效自评!H336"]]);
    expect(markedLines(e.text)).toEqual([
      "【待核：表中数字有误，见审核结果 绩效自评!H78】学生体卫艺科劳研学工作经费：开展各项活动经费完成率98.80%，偏差原因分析：因比赛活动项目调整，参加活动人数减少，差旅费减少了0.8万元。",
      "【待核：表中数字有误，见审核结果 绩效自评!H336】昌吉州语言文字工作经费：参加普通话测试受益人数完成率104.00%，偏差原因分析：年初设置指标值比较保守，参与普通话水平测试和通过人数较多，完成较好，出现偏差。",
    ]);
    expect(e.flagged[0].markerEn).toBe("[To check: a figure in the tables is flagged wrong, see the findings at 绩效自评!H78]");
    // every error the sample has is on a cell some rule reads; only these two are quoted by the 说明
    const errorCells = new Set(findings.filter((f) => f.severity === "error").map((f) => qualified(f.sheet, f.cell)));
    expect(errorCells.size).toBeGreaterThan(2);
    // without findings, the same text carries no marker and no private tag
    const plain = generateExplanation(tables, sampleInputs());
    expect(plain.flagged).toEqual([]);
    expect(plain.text).toBe(e.text.replace(/【待核：[^】]*】/g, ""));
    expect(plain.text).not.toMatch(/[\uE000-\uE002]/);
  });

  test("the marker reaches the Markdown, the 决算说明 sheet and the .docx", async () => {
    const e = generateExplanation(tables, sampleInputs(), undefined, { findings });
    expect(e.markdown.split("\n").filter((l) => l.includes(MARK))).toHaveLength(2);
    const rows = buildNarrativeSheet(e).rows.map((r) => String(r[0]?.value ?? ""));
    expect(rows.filter((r) => r.includes(MARK))).toEqual(markedLines(e.text));
    const xml = await (await JSZip.loadAsync(await docxBuffer(e))).file("word/document.xml")!.async("string");
    expect(xml.split("见审核结果 绩效自评!H78").length - 1).toBe(1);
    expect(xml.split("见审核结果 绩效自评!H336").length - 1).toBe(1);
  });

  test("the corrected workbook: no error left, no marker", async () => {
    const fixed = corrected(await readXlsxFile(SAMPLE_XLSX));
    const { recognition, report } = analyze(fixed);
    expect(report.findings.filter((f) => f.severity === "error" || f.cause)).toEqual([]);
    const e = generateExplanation(recognition.tables, sampleInputs(), undefined, { findings: report.findings });
    expect(e.flagged).toEqual([]);
    expect(e.text).not.toContain(MARK);
  });

  test("a flagged T1, T5 or 三公 cell marks each sentence quoting it, and only those", () => {
    const t = recognize(snapshot).tables;
    const summary = t.find((x) => x.kind === "summary");
    const gpb = t.find((x) => x.kind === "gpb-expenditure");
    const three = t.find((x) => x.kind === "three-public");
    if (summary?.kind !== "summary" || gpb?.kind !== "gpb-expenditure" || three?.kind !== "three-public") throw new Error("fixture");
    const incomeTotal = summary.lines.incomeTotal!.cells.amount!;
    const expenseTotal = summary.lines.expenseTotal!.cells.amount!;
    const education = gpb.rows.find((r) => r.code === "205")!.cells.total!;
    const reception = three.final.reception!;
    const cells = [incomeTotal, expenseTotal, education, reception];
    const e = generateExplanation(tables, sampleInputs(), undefined, { findings: cells.map((c) => errorAt(c.sheet, c.cell)) });
    const by = (c: { sheet: string; cell: string }) => e.flagged.filter((f) => f.cells.includes(qualified(c.sheet, c.cell))).map((f) => f.text);
    // 本年收入合计: the 一 sentence that states it (the 二 sentence states T2's own 合计)
    expect(by(incomeTotal)).toEqual([expect.stringMatching(/^2024年度收入总计.*本年收入合计2,912\.86万元/)]);
    // 本年支出合计: the 一 sentence, and 五's share of it (占本年支出合计的…)
    expect(by(expenseTotal)).toEqual([expect.stringMatching(/^2024年度支出总计/), expect.stringMatching(/^2024年度一般公共预算财政拨款支出.*占本年支出合计的/)]);
    // 教育支出(类): its structure line, the marker after the list number
    expect(by(education)).toEqual(["1.教育支出(类)1,537.21万元,占65.44%。"]);
    expect(e.text).toContain(`1.【待核：表中数字有误，见审核结果 ${qualified(education.sheet, education.cell)}】教育支出(类)1,537.21万元,占65.44%。`);
    // 公务接待费: its year-on-year sentence, its budget sentence and the 具体情况 line; the 三公 total's sentences stay unmarked
    const reception3 = by(reception);
    expect(reception3.length).toBe(3);
    for (const s of reception3) expect(s).toContain("公务接待费");
    expect(e.flagged.every((f) => !/^(2024年度)?财政拨款“三公”经费支出/.test(f.text))).toBe(true);
    // the narrative checker reads a marked text as the same text
    const plain = generateExplanation(tables, sampleInputs());
    expect(checkNarrative(e.text, tables).map((f) => f.message)).toEqual(checkNarrative(plain.text, tables).map((f) => f.message));
  });

  test("a finding whose cause is a wrong figure flags that cause's cell", () => {
    const project = tables.find((x) => x.kind === "perf-project" && x.funds.total?.executed);
    if (project?.kind !== "perf-project") throw new Error("fixture");
    const executed = project.funds.total!.executed!;
    const caused: Finding = { ...errorAt("05一般公共预算支出表", "E7"), severity: "warning", cause: { rule: "x", sheet: executed.sheet, cell: executed.cell } };
    const e = generateExplanation(tables, sampleInputs(), undefined, { findings: [caused] });
    expect(e.flagged.map((f) => f.cells)).toEqual([[qualified(executed.sheet, executed.cell)]]);
    expect(e.flagged[0].text).toMatch(/^根据预算绩效管理要求/);
    // a warning alone marks nothing: it says "look", not "wrong"
    expect(generateExplanation(tables, sampleInputs(), undefined, { findings: [{ ...caused, cause: undefined }] }).flagged).toEqual([]);
  });
});
