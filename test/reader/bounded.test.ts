/**
 * Bounded, exact reading (issue 11 items 1–3): limits before allocating, storage proportional to the
 * cells present, a scanner that ends on any input and reads XML as the spec allows.
 */
import { inflateRawSync } from "zlib";
import { readXlsx } from "../../src/hosts/file";
import { nodeInflate } from "../../src/hosts/inflate";
import { InputError } from "../../src/hosts/input-error";
import { readXlsxFast } from "../../src/hosts/xlsx-fast";
import { SheetGrid } from "../../src/workbook/grid";
import { sheetXml, xlsxBytes, xlsxParts } from "./support/xlsx-parts";
import { writeZip } from "./support/zip-writer";

const inflateRaw = nodeInflate(inflateRawSync);
const read = (bytes: Uint8Array, limits = {}) => readXlsx(bytes, { inflateRaw, limits });

async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("no error");
}

const ROWS = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c></row>';

describe("read limits", () => {
  test("a part whose declared size passes the limit is refused before inflating, naming limit and figure", async () => {
    const parts = xlsxParts({ sheets: [{ name: "S", xml: sheetXml(ROWS) }], sharedStrings: ["甲"] });
    parts[parts.length - 1].declaredSize = 1_700_000_000;
    const e = await inputError(read(writeZip(parts)));
    expect(e.problem).toBe("limit");
    expect(e.message).toContain("1,700,000,000");
    expect(e.message).toMatch(/单个部件解压后大小.*inflated size of one part/);
  });

  test("a part inflating past its declared size (a lying directory) stops at the declared size", async () => {
    const big = sheetXml(ROWS + " ".repeat(5_000_000));
    const parts = xlsxParts({ sheets: [{ name: "S", xml: big }], sharedStrings: ["甲"] });
    parts[parts.length - 1].declaredSize = 10_000;
    const e = await inputError(read(writeZip(parts)));
    expect(e.problem).toBe("corrupt");
    expect(e.message).toContain("xl/worksheets/sheet1.xml");
  });

  test("the ExcelJS path is guarded too: a lying part the fast reader never opens is still capped", async () => {
    const parts = xlsxParts({ sheets: [{ name: "S", xml: sheetXml(ROWS, '<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>') }], sharedStrings: ["甲"] });
    parts.push({ name: "xl/media/filler.bin", data: new Uint8Array(3_000_000), declaredSize: 100 });
    const e = await inputError(read(writeZip(parts)));
    expect(e.message).toContain("xl/media/filler.bin");
  });

  test("cells, merges, sheets and string length are bounded and configurable", async () => {
    const cells = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const bytes = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(cells, '<mergeCells><mergeCell ref="B1:C1"/><mergeCell ref="B2:C2"/></mergeCells>') }, { name: "T", xml: sheetXml("") }] });
    expect((await inputError(read(bytes, { cells: 40 }))).message).toMatch(/单元格数达到 41，上限 40.*cell count reaches 41 cells, limit 40/);
    expect((await inputError(read(bytes, { merges: 1 }))).message).toContain("merged range count reaches 2");
    expect((await inputError(read(bytes, { sheets: 1 }))).message).toContain("sheet count reaches 2");
    expect((await read(bytes)).sheets[0].values.length).toBe(50);
    const long = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) }], sharedStrings: ["长".repeat(40_000)] });
    expect((await inputError(read(long))).message).toContain("length of one text reaches 40,000");
    // the ExcelJS path counts the same way
    expect((await inputError(readXlsx(bytes, { excelJsOnly: true, limits: { cells: 40 } }))).problem).toBe("limit");
  });
});

describe("storage follows the cells present", () => {
  test("a far cell (XFD1048576) reads exactly, sparse, and a grid reads through the holes", async () => {
    const bytes = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(`${ROWS}<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>`) }], sharedStrings: ["甲"] });
    for (const excelJsOnly of [false, true]) {
      const s = (await readXlsx(bytes, { inflateRaw, excelJsOnly })).sheets[0];
      expect(s.origin).toEqual({ row: 0, col: 0 });
      expect(s.values.length).toBe(1048576);
      expect(s.values[1]).toBeUndefined(); // a hole, not a row of 16,384 nulls
      const grid = new SheetGrid(s);
      expect([grid.bottom, grid.right]).toEqual([1048575, 16383]);
      expect([grid.value(0, 0), grid.value(0, 1), grid.value(1048575, 16383), grid.value(500, 500)]).toEqual(["甲", 12.5, 7, null]);
    }
  });

  test("a merge or a dimension reaching XFD1048576 costs nothing: the extent comes from real cells", async () => {
    const xml = sheetXml(`${ROWS}<row r="2"><c r="A2"><v>5</v></c><c r="B2"><v>6</v></c></row>`, '<mergeCells><mergeCell ref="A2:XFD1048576"/></mergeCells>').replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>');
    const bytes = xlsxBytes({ sheets: [{ name: "S", xml }], sharedStrings: ["甲"] });
    const fast = await readXlsx(bytes, { inflateRaw });
    expect(fast.sheets[0].values).toEqual([["甲", 12.5], [5, null]]);
    expect(fast.sheets[0].merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
    // (not compared with the ExcelJS path: ExcelJS makes a cell object for every cell of a merge)
    expect(await readXlsxFast(bytes, inflateRaw)).toEqual(fast);
  });

  test("the ExcelJS path refuses a far merge by the cell limit instead of building every merged cell", async () => {
    const xml = sheetXml(`${ROWS}<row r="2"><c r="A2"><v>5</v></c></row>`, '<mergeCells><mergeCell ref="A2:XFD1048576"/></mergeCells>');
    const bytes = xlsxBytes({ sheets: [{ name: "S", xml }], sharedStrings: ["甲"] });
    const e = await inputError(readXlsx(bytes, { inflateRaw, excelJsOnly: true }));
    expect(e.problem).toBe("limit");
    expect(e.message).toContain("17,179,852,800");
    // an ordinary merge still goes through
    const small = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(ROWS, '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>') }], sharedStrings: ["甲"] });
    expect((await readXlsx(small, { inflateRaw, excelJsOnly: true })).sheets[0].values[0][0]).toBe("甲");
  });
});

describe("a total, tolerant scanner", () => {
  const one = (sheetData: string, after = "") => xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(sheetData, after) }], sharedStrings: ["甲", "乙"] });

  test("an unclosed <c at the end of the sheet is a cut part (input error), not a hang", async () => {
    const bytes = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(ROWS).replace("</row></sheetData></worksheet>", '<c r="C1" t="s"') }], sharedStrings: ["甲"] });
    const e = await inputError(read(bytes));
    expect(e.problem).toBe("corrupt");
    expect(e.message).toMatch(/截断.*cut short/);
  });

  test("a sheet cut inside sheetData is an input error, not an empty sheet", async () => {
    const bytes = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(ROWS).replace("</sheetData></worksheet>", "") }], sharedStrings: ["甲"] });
    expect((await inputError(readXlsxFast(bytes, inflateRaw))).message).toContain("xl/worksheets/sheet1.xml");
  });

  test("tabs and newlines between attributes and after names read the same as spaces", async () => {
    const plain = await read(one('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="3"><v>2</v></c></row>'));
    const spaced = await read(one('<row\tr="1"><c\n\tr = "A1"\r\n t=\'s\'><v>1</v></c><c\tr="B1"\ts="3"\n><v>2</v\n></c></row>'));
    expect(spaced).toEqual(plain);
    expect(plain.sheets[0].values).toEqual([["乙", 2]]);
  });

  test("namespace prefixes, references, CDATA, comments and self-closing cells", async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><!-- c --><x:row r="1">' +
      '<x:c r="A1" t="str"><x:v>&#x7532;&amp;&#20057;</x:v></x:c><x:c r="B1"/><x:c r="C1" t="inlineStr"><x:is><x:t><![CDATA[<丙>]]></x:t></x:is></x:c>' +
      "</x:row></x:sheetData></x:worksheet>";
    const snap = await read(xlsxBytes({ sheets: [{ name: "S", xml }] }));
    expect(snap.sheets[0].values).toEqual([["甲&乙", null, "<丙>"]]);
  });

  test("error values stay errors; booleans, shared formulas", async () => {
    const bytes = one(
      '<row r="1"><c r="A1" t="e"><v>#DIV/0!</v></c><c r="B1" t="b"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">A2+1</f><v>3</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="C2"><f t="shared" si="0"/><v>4</v></c></row>',
    );
    const fast = await readXlsxFast(bytes, inflateRaw);
    expect(fast!.sheets[0].values).toEqual([[{ error: "#DIV/0!" }, true, 3], [2, null, 4]]);
    expect(fast!.sheets[0].formulas).toEqual([[null, null, "=A2+1"], [null, null, "=A3+1"]]);
    expect(await readXlsx(bytes, { excelJsOnly: true })).toEqual(fast);
  });

  test("what it does not reproduce makes it decline, never guess: unknown entity, ISO date cell, bare text mixed with runs", async () => {
    for (const data of [
      '<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>',
      '<row r="1"><c r="A1" t="d"><v>2024-08-16</v></c></row>',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t><r><t>b</t></r></is></c></row>',
      '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><t>b</t></is></c></row>',
    ])
      expect(await readXlsxFast(one(data), inflateRaw)).toBeUndefined();
  });

  test("rich inline text (Apache POI's InlineString.xlsx, prefixed) reads as its runs joined, as ExcelJS reads the unprefixed one", async () => {
    const runs = '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/></rPr><t xml:space="preserve"> b&amp;</t></r></is></c></row>';
    const fast = await readXlsxFast(one(runs), inflateRaw);
    expect(fast!.sheets[0].values).toEqual([["a b&"]]);
    expect(await readXlsx(one(runs), { excelJsOnly: true })).toEqual(fast);
    const prefixed = sheetXml("").replace("<worksheet ", '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ').replace("<sheetData></sheetData></worksheet>", "<x:sheetData><x:row><x:c t=\"inlineStr\"><x:is><x:r><x:t>&#x1f61c;</x:t></x:r><x:r><x:t xml:space=\"preserve\">more text</x:t></x:r></x:is></x:c></x:row></x:sheetData></x:worksheet>");
    const bytes = xlsxBytes({ sheets: [{ name: "Sheet1", xml: prefixed }] });
    expect((await readXlsx(bytes, { inflateRaw })).sheets[0].values).toEqual([["\u{1f61c}more text"]]);
  });

  test("what ExcelJS says about a file it cannot load reaches the user in plain words, never its parser's internals", async () => {
    // Excel 2007 beta's <sstItem> (Apache POI's sample-beta.xlsx): ExcelJS says "Unexpected xml node in parseOpen"
    const beta = xlsxParts({ sheets: [{ name: "S", xml: sheetXml(ROWS) }], sharedStrings: ["甲"] }).map((p) =>
      p.name === "xl/sharedStrings.xml" && typeof p.data === "string" ? { ...p, data: p.data.replace(/<(\/?)si>/g, "<$1sstItem>") } : p,
    );
    const e = await inputError(read(writeZip(beta)));
    expect(e.problem).toBe("corrupt");
    expect(e.message).not.toMatch(/parseOpen|Unexpected xml node/);
    expect(e.message).toMatch(/另存为 \.xlsx.*save it as \.xlsx/);
    // a zip cut in half (no central directory): JSZip's "Corrupted zip" becomes a reason to act on
    const whole = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(ROWS) }], sharedStrings: ["甲"] });
    const cut = await inputError(read(whole.subarray(0, Math.floor(whole.length / 2))));
    expect(cut.message).toMatch(/压缩结构损坏或文件不完整.*zip structure is damaged or the file is incomplete/);
    expect(cut.message).not.toMatch(/Corrupted zip|or bug/);
  });

  test("a worksheet part named as its writer liked (such as Sheet2.xml) is read; a chartsheet is left out", async () => {
    const parts = xlsxParts({ sheets: [{ name: "数据", xml: sheetXml(ROWS) }, { name: "图", xml: sheetXml("") }], sharedStrings: ["甲"] });
    const renamed = parts.map((part) => {
      const name = part.name.replace("worksheets/sheet1.xml", "worksheets/Sheet2.xml").replace("worksheets/sheet2.xml", "chartsheets/sheet1.xml");
      if (typeof part.data !== "string") return { ...part, name };
      const data = part.data
        .replace(/worksheets\/sheet1\.xml/g, "worksheets/Sheet2.xml")
        .replace(/worksheets\/sheet2\.xml/g, "chartsheets/sheet1.xml")
        .replace(/(Id="rId2" Type="[^"]*\/)worksheet"/, '$1chartsheet"');
      return { ...part, name, data };
    });
    expect(renamed.some((p) => typeof p.data === "string" && p.data.includes('/chartsheet"'))).toBe(true);
    const snapshot = await readXlsx(writeZip(renamed), { inflateRaw });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["数据"]);
    expect(snapshot.sheets[0].values).toEqual([["甲", 12.5]]);
  });

  test("a programming error is not swallowed", async () => {
    const broken = (() => {
      throw new TypeError("boom");
    }) as unknown as typeof inflateRaw;
    await expect(readXlsxFast(one(ROWS), broken)).rejects.toThrow(InputError); // inflate failures are the file's
    const bytes = one(ROWS);
    const spy = jest.spyOn(String.prototype, "indexOf").mockImplementationOnce(() => {
      throw new TypeError("a bug");
    });
    await expect(readXlsxFast(bytes, inflateRaw)).rejects.toThrow(TypeError);
    spy.mockRestore();
  });
});
