/** 说明信息: the labelled input blocks (info-fields.ts) as a sheet to fill in, and reading it back. */
import { generatedTitle, type GeneratedCell, type GeneratedSheet } from "../workbook/generated";
import type { CellValue, WorkbookSnapshot } from "../workbook/types";
import { isCellError } from "../workbook/types";
import { INFO_BY_LABEL, INFO_FIELDS } from "./info-fields";
import type { ExplainInputs } from "./inputs";

export const INFO_SHEET_NAME = "说明信息";
const HEADER = ["区块", "项目", "填写内容", "填写说明"];
const NOTE = "灰底单元格由您填写；空着的项目在说明中显示为【请填写…】，不会自动编造数字。重新生成时按项目名称保留已填写的内容。";

/** Top-level inputs that are fields too. */
const TOP = ["year", "unitName", "unitType", "performanceSummary"] as const;
type TopKey = (typeof TOP)[number];

function valueOf(inputs: ExplainInputs, id: string): string | number | null {
  if ((TOP as readonly string[]).includes(id)) return inputs[id as TopKey] ?? null;
  return inputs.info?.[id] ?? null;
}

export function buildInfoSheet(inputs: ExplainInputs): GeneratedSheet {
  const rows: GeneratedCell[][] = [[{ value: generatedTitle(INFO_SHEET_NAME), bold: true }], [{ value: NOTE }], HEADER.map((h) => ({ value: h, bold: true }))];
  for (const field of INFO_FIELDS) {
    const value = valueOf(inputs, field.id);
    rows.push([
      { value: field.block },
      { value: field.label, wrap: true },
      { value: field.kind === "text" || value === null ? value : Number(value), input: true, wrap: true, numberFormat: field.kind === "text" ? "@" : field.kind === "count" ? "0" : "#,##0.00" },
      { value: field.hint ?? null, wrap: true },
    ]);
  }
  return { name: INFO_SHEET_NAME, rows, columnWidths: [16, 36, 80, 36], freeze: { rows: 3, columns: 2 } };
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  return String(value).trim();
}

/** The labelled inputs of a workbook's 说明信息 (found by its header), merged into `into`. */
export function readInfoSheet(snapshot: WorkbookSnapshot, into: ExplainInputs): ExplainInputs {
  for (const sheet of snapshot.sheets) {
    const header = sheet.values.findIndex((row) => cellText(row[1]) === HEADER[1] && cellText(row[2]) === HEADER[2]);
    if (header < 0) continue;
    for (const row of sheet.values.slice(header + 1)) {
      const field = INFO_BY_LABEL.get(cellText(row[1]));
      const value = cellText(row[2]);
      if (!field || value === "") continue;
      if (field.id === "year") into.year = Number(value);
      else if ((TOP as readonly string[]).includes(field.id)) into[field.id as Exclude<TopKey, "year">] = value;
      else into.info = { ...into.info, [field.id]: value };
    }
    break;
  }
  return into;
}
