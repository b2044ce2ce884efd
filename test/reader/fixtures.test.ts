/**
 * Workbooks from other writers (test/fixtures/reader/, made by scripts/make-reader-fixtures.ts): the
 * fast reader reads each itself, identically to the ExcelJS path, or, where ExcelJS cannot read the
 * file (prefixed namespaces), exactly as the same workbook written without prefixes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { inflateRawSync } from "zlib";
import { readXlsx } from "../../src/hosts/file";
import { nodeInflate } from "../../src/hosts/inflate";
import { readXlsxFast } from "../../src/hosts/xlsx-fast";

const inflateRaw = nodeInflate(inflateRawSync);
const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "reader", name));
const SAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "changji-education-2024.xlsx"));

test.each(["libreoffice-sample.xlsx", "libreoffice-generated.xlsx", "inline-shared.xlsx"])("%s: the fast reader reads it, as ExcelJS does", async (name) => {
  const bytes = fixture(name);
  const fast = await readXlsxFast(bytes, inflateRaw);
  expect(fast).toBeDefined();
  expect(fast).toEqual(await readXlsx(bytes, { excelJsOnly: true }));
});

test("LibreOffice's round trip of the sample keeps its tables' text and amounts", async () => {
  const lo = (await readXlsxFast(fixture("libreoffice-sample.xlsx"), inflateRaw))!;
  const original = (await readXlsxFast(SAMPLE, inflateRaw))!;
  expect(lo.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
  // LibreOffice writes 15 significant digits (0.551541169220485 for 0.5515411692204849)
  const numbers = (w: typeof lo) => w.sheets.flatMap((s) => s.values.flat().filter((v): v is number => typeof v === "number"));
  const [a, b] = [numbers(lo), numbers(original)];
  expect(a.length).toBe(b.length);
  expect(a.filter((v, i) => Math.abs(v - b[i]) > 1e-13 * Math.max(1, Math.abs(b[i])))).toEqual([]);
});

test("inline strings, shared formulas, rich and phonetic shared strings read as written", async () => {
  const s = (await readXlsxFast(fixture("inline-shared.xlsx"), inflateRaw))!.sheets[0];
  expect(s.values.slice(0, 3)).toEqual([
    ["收入决算表", null, null],
    [" 科目 & 名称 ", "金额单位：万元", "决算"],
    [10, 20, null],
  ]);
  expect(s.formulas!.map((r) => r[1])).toEqual([null, null, "=A3*2", "=A4*2", "=A5*2", "=A6*2"]);
});

test("prefixed namespaces (x:c), which ExcelJS cannot read, read as the unprefixed workbook", async () => {
  const bytes = fixture("prefixed-sample.xlsx");
  await expect(readXlsx(bytes, { excelJsOnly: true })).rejects.toThrow(/工作簿已损坏/);
  expect(await readXlsx(bytes, { inflateRaw })).toEqual(await readXlsx(SAMPLE, { inflateRaw }));
});
