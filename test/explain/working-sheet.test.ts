import ExcelJS from "exceljs";
import { buildInfoSheet, buildNarrativeSheet, buildWorkingSheet, generateExplanation, readInputs, readWorkingSheet, WORKING_CAPTIONS } from "../../src/explain";
import { readXlsx } from "../../src/hosts/file";
import { generatedTitle, type GeneratedSheet } from "../../src/workbook/generated";
import type { SheetSnapshot } from "../../src/workbook/types";
import { addExplanationSheets } from "../../examples/working-sheet";
import { buildSampleWorkbook } from "../../examples/build-sample";
import { seedTables } from "./seed-models";
import { SEED_GENERATED_LINES, sampleInputs, sampleTables } from "./seed-text";
import { GROUP_SUBJECTS } from "../../src/explain/items";

/** What a host would read back: values typed by the user, cached results of formulas. */
function asSnapshot(sheet: GeneratedSheet): SheetSnapshot {
  return {
    name: sheet.name,
    origin: { row: 0, col: 0 },
    values: sheet.rows.map((row) => row.map((c) => (c.formula ? (c.result ?? null) : (c.value ?? null)))),
    merges: [],
  };
}

/** The row of an item by its key as the code knows it; the sheet shows 科目编码 or the item's name. */
function rowOf(sheet: GeneratedSheet, key: string) {
  const header = sheet.rows.findIndex((r) => r[0]?.value === WORKING_CAPTIONS.code);
  const captions = sheet.rows[header].map((c) => String(c.value));
  const id = key.startsWith("item:") ? key.slice(5) : GROUP_SUBJECTS[key];
  const row = sheet.rows.slice(header + 1).find((r) => (key.startsWith("item:") ? r[0]?.value === id : r[0]?.value === "" && r[1]?.value === id));
  if (!row) throw new Error(`no row ${key}`);
  const at = (caption: string) => row[captions.indexOf(caption)];
  return { row: sheet.rows.indexOf(row) + 1, at };
}

describe("说明底稿", () => {
  test("one row per explainable item; 本年决算数 links to its table cell", async () => {
    const sheet = buildWorkingSheet(await sampleTables());
    expect(sheet.name).toBe("说明底稿");
    const item = rowOf(sheet, "item:2050101");
    expect(item.at("项目").value).toBe("教育支出(类)教育管理事务(款)行政运行(项)");
    expect(item.at("本年决算数").formula).toMatch(/^='05一般公共预算支出表'!C\d+$/);
    expect(item.at("本年决算数").result).toBe(1196.98);
    expect(rowOf(sheet, "overall").at("本年决算数").formula).toBe("='01收入支出决算总表'!C32");
    // 三公 budget sits in T9: linked, not typed
    expect(rowOf(sheet, "threePublic:reception").at("年初预算数").formula).toMatch(/^='09三公经费'!/);
    const ids = sheet.rows.slice(3).map((r) => (r[0]?.value ? r[0].value : r[1]?.value));
    expect(ids).toEqual([
      "收入支出总体", "财政拨款收入支出总体", "一般公共预算财政拨款支出", "2050101", "2050102", "2129999", "2240199", "2299999",
      "财政拨款“三公”经费", "因公出国（境）费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费",
      "机关运行经费",
    ]);
    // Chinese labels only: no machine key anywhere in the sheet
    expect(JSON.stringify(sheet.rows)).not.toMatch(/item:|threePublic:|"overall"|"operation"/);
  });

  test("增减额, 增减率, 预决算差异率 and 说明文本 are live FA formulas; blank reason → 【请填写原因】", () => {
    const sheet = buildWorkingSheet(seedTables(), sampleInputs());
    const { row, at } = rowOf(sheet, "item:2050101");
    expect(at("增减率").formula).toBe(`=IF(D${row}="","",FA.VARIANCERATE(C${row},D${row}))`);
    expect(at("预决算差异率").formula).toBe(`=IF(E${row}="","",FA.VARIANCERATE(C${row},E${row}))`);
    expect(at("说明文本").formula).toBe(`=IF(D${row}="","【请填写上年决算数】",FA.VARIANCETEXT(C${row},D${row},B${row},I${row}))`);
    expect(at("上年决算数").input).toBe(true);
    expect(at("增减原因").input).toBe(true);
    expect(at("本年决算数").input).toBeUndefined();
    expect(at("说明文本").result).toBe("教育支出(类)教育管理事务(款)行政运行(项):支出决算数为1,196.98万元，比上年决算增加51.31万元，增长4.48%,主要原因是：本年在职人员工资调增，相关人员经费增加");
    expect(at("增减额").result).toBeCloseTo(51.31, 10);
    const blank = rowOf(buildWorkingSheet(seedTables()), "item:2050101");
    expect(blank.at("增减原因").value).toBeNull();
    expect(blank.at("说明文本").result).toBe("【请填写上年决算数】");
    const noReason = sampleInputs();
    delete noReason.items["item:2050101"].reason;
    expect(rowOf(buildWorkingSheet(seedTables(), noReason), "item:2050101").at("说明文本").result).toContain("主要原因是：【请填写原因】");
  });

  test("items gone this year come from the inputs, with their subject and 本年决算数 0", () => {
    const gone = rowOf(buildWorkingSheet(seedTables(), sampleInputs()), "item:2013604");
    expect(gone.at("项目").value).toBe("一般公共服务支出(类)统战事务(款)宗教事务(项)");
    expect(gone.at("本年决算数").value).toBe(0);
    expect(gone.at("上年决算数").value).toBe(0.88);
  });

  test("readInputs reads 说明底稿 and 说明信息 back by caption: same inputs, same 说明", () => {
    const inputs = sampleInputs();
    const back = readInputs({ sheets: [asSnapshot(buildWorkingSheet(seedTables(), inputs)), asSnapshot(buildInfoSheet(inputs))] });
    for (const [id, value] of Object.entries(inputs.info ?? {})) {
      expect(back.info?.[id]).toBe(/^[\d.]+$/.test(value) ? String(Number(value)) : value);
    }
    expect(back.year).toBe(2024);
    expect(back.unitName).toBe(inputs.unitName);
    for (const [key, item] of Object.entries(inputs.items)) {
      if (item.previous !== undefined) expect(Number(back.items[key]?.previous)).toBe(Number(item.previous));
      expect(back.items[key]?.reason).toBe(item.reason);
      expect(back.items[key]?.budgetReason).toBe(item.budgetReason);
    }
    expect(generateExplanation(seedTables(), back).text).toBe(generateExplanation(seedTables(), inputs).text);
  });

  test("placeholders and blanks read back as absent; columns found by caption in any order", () => {
    const snapshot: SheetSnapshot = {
      name: "说明底稿 (2)",
      origin: { row: 0, col: 0 },
      values: [
        ["原因", "上年决算数", "项目键", "项目"],
        ["【请填写原因】", 1145.67, "item:2050101", "行政运行"],
        ["", "", "overall", "收入支出总体"],
      ],
      merges: [],
    };
    const back = readWorkingSheet({ sheets: [snapshot] });
    expect(back.items["item:2050101"]).toEqual({ subject: "行政运行", previous: "1145.67" });
    expect(back.items.overall).toEqual({});
    expect(readWorkingSheet({ sheets: [] })).toEqual({ items: {} });
  });

  test("决算说明 sheet: every heading and paragraph, one per row", () => {
    const e = generateExplanation(seedTables(), sampleInputs());
    const sheet = buildNarrativeSheet(e);
    expect(sheet.name).toBe("决算说明");
    expect(sheet.rows[0][0].value).toBe(generatedTitle("决算说明"));
    expect(sheet.rows.slice(1).map((r) => r[0].value)).toEqual(e.text.trimEnd().split("\n"));
    expect(sheet.rows[1][0].bold).toBe(true);
  });

  test("the sample with both sheets added: still recognized, 说明底稿 reads back, 决算说明 is the seed's text", async () => {
    const wb: ExcelJS.Workbook = buildSampleWorkbook();
    await addExplanationSheets(wb);
    const snapshot = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const inputs = readWorkingSheet(snapshot);
    expect(inputs.items["item:2299999"]?.previous).toBe("31.53");
    const narrative = snapshot.sheets.find((s) => s.name === "决算说明");
    const lines = narrative!.values.map((r) => String(r[0] ?? ""));
    for (const line of SEED_GENERATED_LINES) expect(lines).toContain(line);
  });
});
