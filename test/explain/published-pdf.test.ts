/**
 * Other departments' 说明 (test/explain/published-texts.ts) through a real PDF round trip: each text
 * is written as a Word document laid out as published (仿宋-style body, 三号, justified, first-line
 * indent), LibreOffice headless makes the PDF, pdftotext extracts it with -layout and without; the
 * narrative checker reads what comes out (lines broken inside sentences and figures, page breaks,
 * spaces before units) and must find every listed inconsistency with no false error.
 */
import { execFileSync } from "child_process";
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkNarrative } from "../../src/explain";
import { PLANTED_FIXES, PUBLISHED_TEXTS, score, type PublishedText } from "./published-texts";

const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）[^。]*$)/;

function wordDocument(text: string): Document {
  const paragraphs = text.split("\n").map((line) =>
    HEADING.test(line)
      ? new Paragraph({ children: [new TextRun({ text: line, font: "黑体", size: 32, bold: true })] })
      : new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 640 }, children: [new TextRun({ text: line, font: "仿宋", size: 32 })] }),
  );
  return new Document({ sections: [{ children: paragraphs }] });
}

interface Extracted {
  layout: string;
  plain: string;
}

/** Every text → .docx → one LibreOffice run → PDF → pdftotext with and without -layout. */
async function roundTrip(docs: readonly PublishedText[]): Promise<Extracted[]> {
  const dir = mkdtempSync(join(tmpdir(), "fa-published-"));
  try {
    const files = await Promise.all(
      docs.map(async (doc, i) => {
        const file = join(dir, `text${i}.docx`);
        writeFileSync(file, await Packer.toBuffer(wordDocument(doc.text)));
        return file;
      }),
    );
    // a private profile: a second soffice on the machine must not share (or block on) the user's
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, ...files], { stdio: "pipe", timeout: 180_000 });
    return docs.map((_, i) => {
      const pdf = join(dir, `text${i}.pdf`);
      const extract = (args: string[]) => {
        execFileSync("pdftotext", [...args, "-enc", "UTF-8", pdf, join(dir, "out.txt")], { stdio: "pipe" });
        return readFileSync(join(dir, "out.txt"), "utf8");
      };
      return { layout: extract(["-layout"]), plain: extract([]) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const withoutPlanted = (doc: PublishedText) => PLANTED_FIXES[doc.name].reduce((text, [planted, published]) => text.replace(planted, published), doc.text);

describe("other departments' published 说明 through Word → PDF → pdftotext", () => {
  jest.setTimeout(300_000);
  let extracted: Extracted[];
  let published: Extracted[];
  beforeAll(async () => {
    // the planted texts and the texts as published, in one LibreOffice run
    const all = await roundTrip([...PUBLISHED_TEXTS, ...PUBLISHED_TEXTS.map((doc) => ({ ...doc, text: withoutPlanted(doc) }))]);
    extracted = all.slice(0, PUBLISHED_TEXTS.length);
    published = all.slice(PUBLISHED_TEXTS.length);
  });

  test("the PDF text is broken as published PDFs are: lines end inside sentences", () => {
    for (const { plain } of extracted) expect(plain.split("\n").some((l) => l.trim().length > 10 && !/[。：]$/.test(l.trim()) && !HEADING.test(l.trim()))).toBe(true);
  });

  test.each(PUBLISHED_TEXTS.map((doc, i) => [doc.name, i] as const))("%s: every listed inconsistency found, no false error", (_, i) => {
    const doc = PUBLISHED_TEXTS[i];
    const all = doc.errors.map((e) => e.id);
    for (const text of [doc.text, extracted[i].layout, extracted[i].plain]) {
      expect(score(doc, checkNarrative(text, doc.tables))).toEqual({ found: all, missed: [], falseErrors: [] });
    }
  });

  test.each(PUBLISHED_TEXTS.map((doc, i) => [doc.name, i] as const))("%s as published (planted errors removed): only the real ones", (_, i) => {
    const doc = PUBLISHED_TEXTS[i];
    const real = doc.errors.filter((e) => e.origin === "real").map((e) => e.id);
    for (const text of [withoutPlanted(doc), published[i].layout, published[i].plain]) {
      expect(score(doc, checkNarrative(text, doc.tables), (e) => e.origin === "real")).toEqual({ found: real, missed: [], falseErrors: [] });
    }
  });
});
