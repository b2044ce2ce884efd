/**
 * 插入标准表样: for each profile the template, written by the file host and read back by the same
 * reader, is recognized completely (every table of the profile) with zero findings; a second insert
 * regenerates in place without duplicates; figures typed in make a second insert refuse.
 */
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/file";
import { writePlacedSheets } from "../../src/hosts/file-write";
import { PROFILES, profileById } from "../../src/profiles";
import type { RegionProfile } from "../../src/profiles/types";
import { planTemplate, refusalMessage, templateSheets } from "../../src/template";
import { analyze } from "../../src/validation/validate";
import type { WorkbookSnapshot } from "../../src/workbook/types";

jest.setTimeout(60_000);

async function insert(workbook: ExcelJS.Workbook, profile: RegionProfile): Promise<{ snapshot: WorkbookSnapshot; refused: string[] }> {
  const before = workbook.worksheets.length ? await readBack(workbook) : { sheets: [] };
  const plan = planTemplate(templateSheets(profile), before);
  if (plan.refused.length === 0) writePlacedSheets(workbook, plan.write);
  return { snapshot: await readBack(workbook), refused: plan.refused };
}

async function readBack(workbook: ExcelJS.Workbook): Promise<WorkbookSnapshot> {
  return readXlsx(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

const brief = (snapshot: WorkbookSnapshot, profile: RegionProfile) => {
  const { recognition, report } = analyze(snapshot, { profile });
  return {
    kinds: recognition.tables.map((t) => t.kind),
    numbers: recognition.tables.map((t) => t.number),
    unrecognized: recognition.unrecognized,
    findings: report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`),
  };
};

describe.each(PROFILES.map((p) => [p.id, p] as const))("%s template", (_id, profile) => {
  test("read back through the file host: every table of the profile, in order and numbered, zero findings", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1"); // a blank workbook as Excel opens it
    const { snapshot } = await insert(wb, profile);
    const seen = brief(snapshot, profile);
    expect(seen.kinds).toEqual(profile.tables.map((t) => t.kind));
    expect(seen.numbers).toEqual(profile.tables.map((t) => t.number));
    expect(seen.unrecognized).toEqual([]);
    expect(seen.findings).toEqual([]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Sheet1", "说明底稿", "说明信息"]));
    // the title is merged across the table, as published
    expect(snapshot.sheets[1].merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: snapshot.sheets[1].values[3].length - 1 });
  });

  test("inserting twice regenerates in place: same sheets, no (2), still zero findings", async () => {
    const wb = new ExcelJS.Workbook();
    const first = await insert(wb, profile);
    const second = await insert(wb, profile);
    expect(second.refused).toEqual([]);
    expect(second.snapshot.sheets.map((s) => s.name)).toEqual(first.snapshot.sheets.map((s) => s.name));
    expect(second.snapshot.sheets.some((s) => /\(2\)$/.test(s.name))).toBe(false);
    expect(brief(second.snapshot, profile).findings).toEqual([]);
  });
});

test("a figure typed into a table makes a second insert refuse, naming the sheet, writing nothing", async () => {
  const profile = profileById("xinjiang")!;
  const wb = new ExcelJS.Workbook();
  await insert(wb, profile);
  const t1 = wb.worksheets[0];
  t1.getCell("C6").value = 100;
  const before = (await readBack(wb)).sheets.map((s) => s.name);
  const again = await insert(wb, profile);
  expect(again.refused).toEqual([t1.name]);
  expect(again.snapshot.sheets.map((s) => s.name)).toEqual(before);
  expect(again.snapshot.sheets[0].values[5][2]).toBe(100);
  expect(refusalMessage(again.refused)).toMatch(/^以下工作表已有内容，未插入标准表样.*01收入支出决算总表 \/ these sheets already hold other content/);
});

test("a user's own 说明底稿 is never touched: the template's goes beside it", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明底稿").getCell("A1").value = "我的底稿";
  const { snapshot } = await insert(wb, profileById("mof")!);
  expect(snapshot.sheets[0].values[0][0]).toBe("我的底稿");
  expect(snapshot.sheets.map((s) => s.name)).toContain("说明底稿 (2)");
});

test("figures typed consistently into every table keep zero findings; one planted error is found", async () => {
  const profile = profileById("mof")!;
  // an invented unit: 一般公共预算财政拨款 100.00, all spent as 基本支出 on 2010101 行政运行, all 工资福利支出
  const fill = async (planted: boolean) => {
    const wb = new ExcelJS.Workbook();
    await insert(wb, profile);
    const [t1, t2, t3, t4, t5, t6] = wb.worksheets;
    const rowOf = (ws: ExcelJS.Worksheet, col: number, label: string) => {
      for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, col).value ?? "").trim() === label) return r;
      throw new Error(`no ${label} in ${ws.name}`);
    };
    const put = (ws: ExcelJS.Worksheet, row: number, cols: Record<number, number | string>) =>
      Object.entries(cols).forEach(([c, v]) => (ws.getCell(row, Number(c)).value = v));
    put(t1, rowOf(t1, 1, "一、一般公共预算财政拨款收入"), { 3: 100 });
    put(t1, rowOf(t1, 4, "一、一般公共服务支出"), { 6: 100 });
    put(t1, rowOf(t1, 1, "本年收入合计"), { 3: planted ? 90 : 100, 6: 100 });
    put(t1, rowOf(t1, 1, "总计"), { 3: 100, 6: 100 });
    for (const ws of [t2, t3, t5]) {
      const total = rowOf(ws, 1, "合计");
      put(ws, total, { 3: 100, 4: 100 });
      [["201", "一般公共服务支出"], ["20101", "人大事务"], ["2010101", "行政运行"]].forEach(([code, name], i) => put(ws, total + 1 + i, { 1: code, 2: name, 3: 100, 4: 100 }));
    }
    put(t4, rowOf(t4, 1, "一、一般公共预算财政拨款"), { 3: 100 });
    put(t4, rowOf(t4, 4, "一、一般公共服务支出"), { 6: 100, 7: 100 });
    put(t4, rowOf(t4, 1, "本年收入合计"), { 3: 100, 6: 100, 7: 100 });
    put(t4, rowOf(t4, 1, "总计"), { 3: 100, 6: 100, 7: 100 });
    put(t6, rowOf(t6, 1, "301"), { 3: 100 });
    put(t6, rowOf(t6, 1, "人员经费合计"), { 3: 100 });
    return brief(await readBack(wb), profile).findings;
  };
  expect(await fill(false)).toEqual([]);
  const wrong = await fill(true);
  expect(wrong.some((f) => f.startsWith("summary-income-total 01收入支出决算总表!"))).toBe(true);
});
