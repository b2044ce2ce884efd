/**
 * The streaming reader (issue 17 item 1) scans each sheet part chunk by chunk as it inflates: a tag,
 * a reference, a CDATA section or a multi-byte character may be cut anywhere between two chunks. The
 * same workbook read whole, cut into 1, 7, 64 and 4096-byte chunks, and through zlib's streaming
 * inflate must give the same outcome: the same snapshot, the same decline, the same error.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { isDeepStrictEqual } from "util";
import * as zlib from "zlib";
import { nodeInflate } from "../../src/hosts/inflate";
import { InputError } from "../../src/hosts/input-error";
import { readXlsxFast } from "../../src/hosts/xlsx-fast";
import { generateMutated, seeded } from "./support/fuzz-gen";
import { sheetXml, xlsxBytes, xlsxParts } from "./support/xlsx-parts";
import { writeZip } from "./support/zip-writer";

const whole = nodeInflate(zlib.inflateRawSync);
const streamed = nodeInflate(zlib);
const CHUNKS = [1, 7, 64, 4096];

async function outcome(read: () => Promise<unknown>): Promise<unknown> {
  try {
    return (await read()) ?? "declined";
  } catch (e) {
    if (e instanceof InputError) return `error: ${e.message}`;
    throw e;
  }
}

/** Every way of feeding `bytes` that differs from the whole read, as "how: outcome". */
async function differences(bytes: Uint8Array): Promise<string[]> {
  const expected = await outcome(() => readXlsxFast(bytes, whole));
  const out: string[] = [];
  for (const chunkSize of CHUNKS) {
    const got = await outcome(() => readXlsxFast(bytes, whole, { chunkSize }));
    if (!isDeepStrictEqual(got, expected)) out.push(`${chunkSize}-byte chunks: ${JSON.stringify(got).slice(0, 300)} vs ${JSON.stringify(expected).slice(0, 300)}`);
  }
  const got = await outcome(() => readXlsxFast(bytes, streamed));
  if (!isDeepStrictEqual(got, expected)) out.push(`streamed: ${JSON.stringify(got).slice(0, 300)}`);
  return out;
}

// cells where a cut falls inside every kind of token: names with prefixes, attributes with references
// and tabs, CDATA, comments, a PI, inline text in Chinese (3-byte UTF-8) and an emoji (4 bytes)
const TRICKY = [
  '<row r="1"><c r="A1" t="inlineStr"><is><t>收入&amp;支出😀</t></is></c><c\tr="B1"\ns="0"><v>1234567.89</v></c>',
  '<c r="C1" t="str"><f>A1&amp;"x"</f><v><![CDATA[a<b]]>c</v></c><!-- a comment with <c> inside --><c r="D1"><v>-0.000001</v></c></row>',
  '<?pi with ?> <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#DIV/0!</v></c>',
  '<c r="D2"><f t="shared" ref="D2:D4" si="0">B2*2</f><v>2</v></c></row><row r="3"><c r="D3"><f t="shared" si="0"/><v>4</v></c>',
  '<c r="E3"><v>&#49;2.5</v></c><c r="F3"><v>100000000000000000000</v></c><c r="G3"><v>3.0000000000000004</v></c></row>',
].join("");

describe("chunk boundaries", () => {
  test("every token cut at every place reads as the whole part", async () => {
    const bytes = xlsxBytes({ sheets: [{ name: "表", xml: sheetXml(TRICKY, '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>') }], sharedStrings: ["合计"] });
    const expected = await readXlsxFast(bytes, whole);
    expect(expected).toBeDefined();
    expect(expected!.sheets[0].values[0]).toEqual(["收入&支出😀", 1234567.89, "a<bc", -0.000001, null, null, null]);
    expect(await differences(bytes)).toEqual([]);
  });

  test("prefixed namespaces cut anywhere", async () => {
    const bytes = readFileSync(join(__dirname, "..", "fixtures", "reader", "prefixed-sample.xlsx"));
    expect(await readXlsxFast(bytes, whole)).toBeDefined();
    expect(await differences(bytes)).toEqual([]);
  });

  test("a cut part, a decline and a lying size give the same outcome however the part is fed", async () => {
    const cut = xlsxParts({ sheets: [{ name: "S", xml: sheetXml(TRICKY) }], sharedStrings: ["合计"] });
    const sheet = cut[cut.length - 1];
    sheet.data = sheet.data.slice(0, sheet.data.length - 40);
    expect(await outcome(() => readXlsxFast(writeZip(cut), whole))).toMatch(/截断.*cut short/);
    expect(await differences(writeZip(cut))).toEqual([]);

    const declined = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml('<row r="1"><c r="A1" t="d"><v>2024-01-01</v></c></row>') }] });
    expect(await readXlsxFast(declined, whole)).toBeUndefined();
    expect(await differences(declined)).toEqual([]);

    const lying = xlsxParts({ sheets: [{ name: "S", xml: sheetXml(TRICKY + " ".repeat(100_000)) }], sharedStrings: ["合计"] });
    lying[lying.length - 1].declaredSize = 5_000;
    expect(await outcome(() => readXlsxFast(writeZip(lying), whole))).toMatch(/xl\/worksheets\/sheet1.xml/);
    expect(await differences(writeZip(lying))).toEqual([]);
  });

  test("one cell larger than many chunks (a long text) is carried whole", async () => {
    const long = "决".repeat(20_000);
    const bytes = xlsxBytes({ sheets: [{ name: "S", xml: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c><c r="B1"><v>7</v></c></row>`) }] });
    expect((await readXlsxFast(bytes, whole, { chunkSize: 1 }))!.sheets[0].values).toEqual([[long, 7]]);
  });

  test("200 generated workbooks (a third damaged) read the same at every chunk size", async () => {
    const random = seeded(17);
    const problems: string[] = [];
    for (let i = 0; i < 200; i++) {
      const { bytes, mutation } = generateMutated(random);
      for (const d of await differences(bytes)) problems.push(`#${i} ${mutation}: ${d}`);
    }
    expect(problems.slice(0, 3)).toEqual([]);
  });
});
