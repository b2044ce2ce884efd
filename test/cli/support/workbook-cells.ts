/** Reads cell values of an .xlsx with ExcelJS, independently of the project's reader, to check findings' cells. */
import ExcelJS from "exceljs";

export type CellReader = (reference: { sheet: string; cell: string } | string) => unknown;

function unquote(sheet: string): string {
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

export async function openCells(file: string): Promise<{ read: CellReader; sheetText: (sheet: string, fromRow: number, toRow: number) => string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const valueOf = (value: ExcelJS.CellValue): unknown => {
    if (value && typeof value === "object" && "result" in value) return (value as ExcelJS.CellFormulaValue).result;
    if (value && typeof value === "object" && "richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    return value;
  };
  const read: CellReader = (reference) => {
    let sheet: string;
    let cell: string;
    if (typeof reference === "string") {
      const bang = reference.lastIndexOf("!");
      sheet = unquote(reference.slice(0, bang));
      cell = reference.slice(bang + 1);
    } else {
      ({ sheet, cell } = reference);
    }
    const worksheet = workbook.getWorksheet(sheet);
    return worksheet ? valueOf(worksheet.getCell(cell).value) : undefined;
  };
  const sheetText = (sheet: string, fromRow: number, toRow: number): string => {
    const worksheet = workbook.getWorksheet(sheet);
    const parts: string[] = [];
    for (let r = Math.max(1, fromRow); r <= toRow; r++) {
      worksheet?.getRow(r).eachCell((c) => parts.push(String(valueOf(c.value) ?? "")));
    }
    return parts.join(" ");
  };
  return { read, sheetText };
}
