import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { inflateRawSync } from "zlib";
import { readXlsx } from "../../src/hosts/file";
import { readXlsxFast } from "../../src/hosts/xlsx-fast";
import { nodeInflate } from "../../src/hosts/inflate";

const inflateRaw = nodeInflate(inflateRawSync);

/** Both readers on the same bytes: the fast one must be used (not fall back) and give the same snapshot. */
async function expectSameSnapshot(bytes: Uint8Array): Promise<void> {
  const fast = await readXlsxFast(bytes, inflateRaw);
  expect(fast).toBeDefined();
  const excel = await readXlsx(bytes, { excelJsOnly: true });
  expect(fast).toEqual(excel);
}

async function edgeCaseWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("边角 & <情形>");
  ws.getCell("C3").value = "标题";
  ws.mergeCells("C3:E4");
  ws.getCell("D4").value = "merged away";
  ws.getCell("A5").value = { richText: [{ text: "金额单位：" }, { text: "万元", font: { bold: true } }] };
  ws.getCell("B5").value = { formula: "1-1", result: 0 }; // a cached 0 reads as no value in ExcelJS
  ws.getCell("C5").value = { formula: "A1&\"\"", result: "a<b & \"c\"" };
  ws.getCell("D5").value = { formula: "TRUE()", result: true };
  ws.getCell("E5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("F5").value = { formula: "DATE(2024,8,16)", result: 45520 };
  ws.getCell("F5").numFmt = "yyyy-mm-dd";
  ws.getCell("G5").value = 45520;
  ws.getCell("G5").numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell("H5").value = 1234.5;
  ws.getCell("H5").numFmt = "#,##0.00_);[Red](#,##0.00)";
  ws.getCell("I5").value = 0.1 + 0.2;
  ws.getCell("J5").value = "";
  ws.getCell("K5").value = false;
  ws.getCell("L5").value = { error: "#N/A" };
  ws.getCell("M5").value = "  含空格 _x000D_ 的文字  ";
  ws.getCell("N5").value = -0.000001;
  ws.getCell("O5").value = 3;
  ws.getCell("O5").numFmt = "0%";
  const empty = wb.addWorksheet("空表");
  empty.state = "veryHidden";
  const other = wb.addWorksheet("第三");
  other.getCell("B2").value = 1;
  other.getCell("B3").value = { formula: "B2*2" }; // no cached result
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the fast .xlsx reader gives exactly the ExcelJS snapshot", () => {
  test("on the sample workbook (examples/)", async () => {
    await expectSameSnapshot(readFileSync(join(__dirname, "..", "..", "examples", "changji-education-2024.xlsx")));
  });

  test("on values, formulas, dates, formats, merges, entities and sheet states", async () => {
    const bytes = await edgeCaseWorkbook();
    await expectSameSnapshot(bytes);
    const snap = (await readXlsxFast(bytes, inflateRaw))!;
    expect(snap.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["边角 & <情形>", false],
      ["空表", true],
      ["第三", false],
    ]);
    const s = snap.sheets[0];
    const at = (row: number, col: number) => s.values[row - s.origin.row][col - s.origin.col];
    expect(at(4, 1)).toBeNull(); // formula cached 0
    expect(at(4, 2)).toBe('a<b & "c"');
    expect(at(4, 5)).toBe("2024年8月16日");
    expect(at(4, 8)).toBe(0.1 + 0.2);
    expect(snap.sheets[2].formulas![1][0]).toBe("=B2*2");
  });

  test("on shared formulas: each copy gets the master's formula moved to its cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("共享公式");
    for (let r = 2; r <= 4; r++) ws.getCell(`A${r}`).value = r;
    ws.getCell("B2").value = { formula: "A2*2+$A$2", result: 6, shareType: "shared", ref: "B2:C4" } as ExcelJS.CellValue;
    ws.getCell("B3").value = { sharedFormula: "B2", result: 8 } as ExcelJS.CellValue;
    ws.getCell("B4").value = { sharedFormula: "B2", result: 0 } as ExcelJS.CellValue;
    ws.getCell("C2").value = { sharedFormula: "B2", result: 10 } as ExcelJS.CellValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expectSameSnapshot(bytes);
    const s = (await readXlsxFast(bytes, inflateRaw))!.sheets[0];
    expect(s.formulas![2][1]).toBe("=A4*2+$A$2");
    expect(s.formulas![0][2]).toBe("=B2*2+$A$2"); // row 2 is the first row read
  });

  test("a workbook with a hyperlink is left to ExcelJS (same result through readXlsx)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("链接");
    ws.getCell("A1").value = { text: "说明", hyperlink: "https://example.org" };
    ws.getCell("A2").value = 5;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readXlsxFast(bytes, inflateRaw)).toBeUndefined();
    const snap = await readXlsx(bytes, { inflateRaw });
    expect(snap.sheets[0].values).toEqual([["说明"], [5]]);
  });

  test("bytes that are no zip are not read (ExcelJS then reports the file as corrupt)", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect(await readXlsxFast(bytes, inflateRaw)).toBeUndefined();
  });
});
