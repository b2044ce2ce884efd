/**
 * `npx tsx scripts/make-reader-fixtures.ts`: writes test/fixtures/reader/, small workbooks from other
 * writers for test/reader/fixtures.test.ts:
 *   libreoffice-sample.xlsx     the sample workbook round-tripped by LibreOffice Calc (soffice --headless)
 *   libreoffice-generated.xlsx  a generated test workbook (fuzz generator, seed 7) round-tripped the same way
 *   prefixed-sample.xlsx        the sample with every SpreadsheetML element prefixed (x:worksheet, x:c…)
 *   inline-shared.xlsx          inline strings, shared formulas, rich and phonetic shared strings, no r on cells
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generate, seeded } from "../test/reader/support/fuzz-gen";
import { unzip } from "../test/reader/support/unzip";
import { sheetXml, xlsxParts } from "../test/reader/support/xlsx-parts";
import { writeZip } from "../test/reader/support/zip-writer";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "test", "fixtures", "reader");
const SAMPLE = join(ROOT, "examples", "changji-education-2024.xlsx");
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function libreOffice(input: string, name: string): void {
  const dir = mkdtempSync(join(tmpdir(), "fa-lo-"));
  try {
    const src = join(dir, "in", name);
    mkdirSync(join(dir, "in"));
    copyFileSync(input, src);
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx", "--outdir", join(dir, "out"), src], { stdio: "ignore", timeout: 300_000 });
    copyFileSync(join(dir, "out", name), join(OUT, `libreoffice-${name.replace(/^.*-/, "")}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every unprefixed element of the main namespace gets the prefix x:, the default namespace becomes x. */
function prefixed(xml: string): string {
  return xml.replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`).replace(/<(\/?)([A-Za-z][A-Za-z0-9]*)(?=[\s/>])/g, "<$1x:$2");
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  libreOffice(SAMPLE, "x-sample.xlsx");
  const generated = join(tmpdir(), `fa-generated-${process.pid}.xlsx`);
  writeFileSync(generated, generate(seeded(7)));
  libreOffice(generated, "x-generated.xlsx");
  rmSync(generated);

  const entries = unzip(readFileSync(SAMPLE));
  for (const e of entries) {
    if (/^xl\/(workbook|sharedStrings|styles)\.xml$|^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) e.data = prefixed(Buffer.from(e.data).toString("utf8"));
  }
  writeFileSync(join(OUT, "prefixed-sample.xlsx"), writeZip(entries));

  const parts = xlsxParts({
    sheets: [
      {
        name: "内联",
        xml: sheetXml(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>收入决算表</t></is></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> 科目 &amp; 名称 </t></is></c><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>' +
            '<row r="3"><c r="A3"><v>10</v></c><c r="B3"><f t="shared" ref="B3:B6" si="0">A3*2</f><v>20</v></c></row>' +
            '<row r="4"><c r="A4"><v>11</v></c><c r="B4"><f t="shared" si="0"/><v>22</v></c></row>' +
            '<row r="5"><c r="A5"><v>12</v></c><c r="B5"><f t="shared" si="0"/><v>24</v></c></row>' +
            '<row r="6"><c r="A6"><v>13.5</v></c><c r="B6"><f t="shared" si="0"/><v>27</v></c></row>',
        ),
      },
    ],
  });
  // a rich shared string and one with a phonetic run, as Excel writes them
  parts.push({
    name: "xl/sharedStrings.xml",
    data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="2" uniqueCount="2"><si><r><t>金额</t></r><r><rPr><b/></rPr><t xml:space="preserve">单位：万元</t></r></si><si><t>决算</t><rPh sb="0" eb="2"><t>けっさん</t></rPh></si></sst>`,
  });
  const rels = parts.find((p) => p.name === "xl/_rels/workbook.xml.rels")!;
  rels.data = String(rels.data).replace("</Relationships>", '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');
  writeFileSync(join(OUT, "inline-shared.xlsx"), writeZip(parts));
}

main();
