import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readXlsx, readXlsxFile } from "../../src/hosts/file";
import { InputError } from "../../src/hosts/input-error";
import { recognize } from "../../src/tables";
import type { CodedTable } from "../../src/tables/types";

async function sampleBuffer(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("支出表");
  ws.getCell("B2").value = "一般公共预算财政拨款支出决算表";
  ws.mergeCells("B2:F2");
  ws.getCell("B3").value = { richText: [{ text: "金额单位：" }, { text: "万元", font: { bold: true } }] };
  ws.getCell("B4").value = "科目编码";
  ws.getCell("C4").value = "科目名称";
  ws.getCell("D4").value = "本年支出";
  ws.mergeCells("D4:F4");
  ws.mergeCells("B4:B5");
  ws.mergeCells("C4:C5");
  ws.getCell("D5").value = "合计";
  ws.getCell("E5").value = "基本支出";
  ws.getCell("F5").value = "项目支出";
  ws.getCell("B6").value = "205";
  ws.getCell("C6").value = "  教育支出";
  ws.getCell("D6").value = { formula: "E6+F6", result: 1537.21 };
  ws.getCell("D6").numFmt = "#,##0.00";
  ws.getCell("E6").value = 1196.98;
  ws.getCell("F6").value = "340.23";
  ws.getCell("G6").value = { error: "#REF!" };
  ws.getCell("H6").value = new Date(Date.UTC(2024, 7, 16));
  ws.getCell("I6").value = 0.9766;
  ws.getCell("I6").numFmt = "0.00%";
  const hidden = wb.addWorksheet("隐藏");
  hidden.state = "hidden";
  hidden.getCell("A1").value = true;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  let buffer: Buffer;
  beforeAll(async () => {
    buffer = await sampleBuffer();
  });

  test("values, cached formula results, formats, merges and the hidden flag", async () => {
    const snap = await readXlsx(buffer);
    expect(snap.sheets.map((s) => s.name)).toEqual(["支出表", "隐藏"]);
    const s = snap.sheets[0];
    expect(s.origin).toEqual({ row: 1, col: 1 });
    const at = (a1row: number, col: number) => s.values[a1row - 1 - s.origin.row][col - s.origin.col];
    expect(at(2, 1)).toBe("一般公共预算财政拨款支出决算表");
    expect(at(2, 2)).toBeNull(); // merged, not the top-left
    expect(at(3, 1)).toBe("金额单位：万元");
    expect(at(6, 3)).toBe(1537.21);
    expect(s.formulas![6 - 1 - 1][3 - 1]).toBe("=E6+F6");
    expect(s.numberFormats![6 - 1 - 1][3 - 1]).toBe("#,##0.00");
    expect(at(6, 6)).toEqual({ error: "#REF!" });
    expect(at(6, 7)).toBe("2024年8月16日");
    expect(s.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 5 });
    expect(s.merges).toContainEqual({ top: 3, left: 3, bottom: 3, right: 5 });
    expect(s.hidden).toBe(false);
    expect(snap.sheets[1].hidden).toBe(true);
    expect(snap.sheets[1].values).toEqual([[true]]);
  });

  test("a file read end to end is recognized with addresses and displayed text", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fa-file-"));
    const path = join(dir, "t5.xlsx");
    writeFileSync(path, buffer);
    const snap = await readXlsxFile(path);
    expect(snap.name).toBe("t5.xlsx");
    const t5 = recognize(snap).tables[0] as CodedTable;
    expect(t5.kind).toBe("gpb-expenditure");
    const row = t5.rows.find((r) => r.code === "205")!;
    expect(row.name).toBe("教育支出");
    expect(row.cells.total).toMatchObject({ sheet: "支出表", cell: "D6", text: "1,537.21" });
    expect(row.cells.project?.value.toFixed(2)).toBe("340.23");
  });

  const unusable: [string, () => Uint8Array, RegExp][] = [
    ["empty file", () => new Uint8Array(0), /文件为空/],
    ["random bytes", () => Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 251), /不是 \.xlsx 工作簿 \/ not an \.xlsx/],
    ["a fake CFB header", () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /旧版 \.xls/],
    [
      "an encrypted OLE container",
      () => {
        const name = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);
        return Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(100).fill(0), ...name, 0, 0]);
      },
      /密码保护.* \/ .*password-protected/,
    ],
    ["a truncated zip", () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), /已损坏.* \/ .*corrupt/],
  ];
  test.each(unusable)("%s gives an InputError with a Chinese message", async (_, make, message) => {
    const error = await readXlsx(make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).name).toBe("InputError");
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).message).not.toMatch(/\n/);
  });

  test("a missing file gives an InputError", async () => {
    const error = await readXlsxFile("/nonexistent/x.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problem).toBe("missing");
    expect((error as InputError).messageZh).toMatch(/找不到/);
  });
});
