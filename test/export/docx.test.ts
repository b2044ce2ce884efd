/**
 * The .docx of the sample's 说明: LibreOffice headless converts it to PDF without error and the
 * text pdftotext extracts is the generated text (modulo whitespace and line breaks); with the
 * tables, 第四部分 carries them as Word tables.
 */
import { execFileSync } from "child_process";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateExplanation } from "../../src/explain";
import { buildDocx, docxBuffer } from "../../src/export/docx";
import { readXlsxFile } from "../../src/hosts/file";
import { recognize } from "../../src/tables";
import { SAMPLE_XLSX, sampleInputs } from "../explain/seed-text";

const squash = (text: string) => text.replace(/\s+/g, "");

/** .docx bytes → the text of the PDF LibreOffice makes of them. */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "fa-docx-"));
  try {
    writeFileSync(join(dir, "说明.docx"), bytes);
    // a private profile: a second soffice on the machine must not share (or block on) the user's
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, "说明.docx")], { stdio: "pipe", timeout: 120_000 });
    execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "说明.pdf"), join(dir, "说明.txt")], { stdio: "pipe" });
    return readFileSync(join(dir, "说明.txt"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("Word export", () => {
  jest.setTimeout(240_000);

  test("the sample's 说明 with its tables: LibreOffice converts it, the text is the generated text, then the tables", async () => {
    const snapshot = await readXlsxFile(SAMPLE_XLSX);
    const tables = recognize(snapshot).tables;
    const e = generateExplanation(tables, sampleInputs());
    const text = squash(pdfText(await docxBuffer(e, { snapshot, tables })));
    // every generated line in order (tables interleave after the 第四部分 lines)
    let at = 0;
    for (const line of e.text.split("\n").filter(Boolean)) {
      const found = text.indexOf(squash(line), at);
      expect({ line, found: found >= 0 }).toEqual({ line, found: true });
      at = found + squash(line).length;
    }
    // without the tables the PDF's text is exactly the generated text
    const plain = squash(pdfText(await docxBuffer(e)));
    expect(plain).toBe(squash(e.text));
    // a figure of T5 appears in its Word table
    expect(text.slice(text.indexOf("《一般公共预算财政拨款支出决算表》"))).toContain("1,196.98");
  });

  test("heading levels: title, parts, sections, sub-headings", async () => {
    const e = generateExplanation(await recognize(await readXlsxFile(SAMPLE_XLSX)).tables, sampleInputs());
    const xml = (await JSZip.loadAsync(await docxBuffer(e))).file("word/document.xml")!.async("string");
    const styleOf = async (text: string) => {
      const doc = await xml;
      const para = doc.split("<w:p>").find((p) => p.includes(`>${text}<`)) ?? "";
      return /<w:pStyle w:val="([^"]+)"/.exec(para)?.[1] ?? "body";
    };
    expect(await styleOf(e.title)).toBe("Title");
    expect(await styleOf("第二部分 部门决算情况说明")).toBe("Heading1");
    expect(await styleOf("五、一般公共预算财政拨款支出决算情况说明")).toBe("Heading2");
    expect(await styleOf("（二）一般公共预算财政拨款支出决算结构情况")).toBe("Heading3");
    expect(await styleOf("1.教育支出(类)1,537.21万元,占65.44%。")).toBe("body");
    expect(buildDocx(e)).toBeDefined();
  });
});
