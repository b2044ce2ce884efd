/**
 * The whole 说明 as a Word document (docx package): heading levels as the published document has
 * them (title, 第X部分, 一、…, （一）…), body paragraphs, and in 第四部分 each 附表 present as a
 * Word table after its line. Works in Node (Packer.toBuffer) and in the browser (Packer.toBlob).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { explanationLines, type Explanation } from "../explain";
import { TABLE_TITLES } from "../explain/terms";
import { formatAmount } from "../numbers/format";
import type { TableModel } from "../tables/types";
import { parseA1 } from "../workbook/address";
import type { CellValue, WorkbookSnapshot } from "../workbook/types";
import { isCellError } from "../workbook/types";

export interface DocxOptions {
  /** the workbook whose table sheets are copied into 第四部分 (omit for text only). */
  snapshot?: WorkbookSnapshot;
  tables?: TableModel[];
  /** thousands separators in the copied tables (the profile's amount format). */
  thousands?: boolean;
}

const FONT = "宋体";
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function cellText(value: CellValue | undefined, format: string | null | undefined, thousands: boolean): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  if (typeof value === "number" && /0\.00/.test(format ?? "")) return formatAmount(value, { thousands });
  return String(value).trim();
}

/** The rows of one recognized table as its sheet shows them (its A1 range), blank rows dropped. */
function tableRows(snapshot: WorkbookSnapshot, table: TableModel, thousands: boolean): string[][] {
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return [];
  const [from, to] = table.range.replace(/\$/g, "").split(":");
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  const rows: string[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const vr = r - sheet.origin.row;
    const row: string[] = [];
    for (let c = a.col; c <= b.col; c++) {
      const vc = c - sheet.origin.col;
      row.push(cellText(sheet.values[vr]?.[vc], sheet.numberFormats?.[vr]?.[vc], thousands));
    }
    if (row.some((t) => t !== "")) rows.push(row);
  }
  return rows;
}

function wordTable(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: Array.from({ length: width }, (_, c) =>
            new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: row[c] ?? "", font: FONT, size: 16 })] })] }),
          ),
        }),
    ),
  });
}

/** The table (if present) listed by a 第四部分 line such as "一、《收入支出决算总表》". */
function listedTable(line: string, tables: TableModel[]): TableModel | undefined {
  const title = /《(.+)》/.exec(line)?.[1];
  const kind = TABLE_TITLES.find(([, t]) => t === title)?.[0];
  return kind ? tables.find((t) => t.kind === kind) : undefined;
}

export function buildDocx(explanation: Explanation, options: DocxOptions = {}): Document {
  const thousands = options.thousands ?? true;
  const children: (Paragraph | Table)[] = [];
  let inTables = false;
  for (const line of explanationLines(explanation)) {
    if (line.level === undefined) {
      children.push(new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun({ text: line.text, font: FONT, size: 24 })] }));
      const table = inTables && options.snapshot && options.tables ? listedTable(line.text, options.tables) : undefined;
      const rows = table ? tableRows(options.snapshot!, table, thousands) : [];
      if (rows.length > 0) children.push(wordTable(rows));
    } else {
      if (line.level === 1) inTables = line.text.startsWith("第四部分");
      children.push(
        new Paragraph({
          heading: HEADINGS[line.level],
          alignment: line.level <= 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: line.text, font: FONT, bold: true, size: line.level === 0 ? 36 : 28 - line.level * 2 })],
        }),
      );
    }
  }
  return new Document({ creator: "决算校验助手", title: explanation.title, sections: [{ children }] });
}

/** Node: the .docx bytes. */
export function docxBuffer(explanation: Explanation, options?: DocxOptions): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(explanation, options));
}

/** Browser: a Blob to download (下载 Word). */
export function docxBlob(explanation: Explanation, options?: DocxOptions): Promise<Blob> {
  return Packer.toBlob(buildDocx(explanation, options));
}
