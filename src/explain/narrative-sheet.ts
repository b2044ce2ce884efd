import type { GeneratedSheet } from "../workbook/generated";
import type { Explanation } from "./generate";

export const NARRATIVE_SHEET_NAME = "决算说明";

/** 决算说明: the assembled text, one heading or paragraph per row (headings bold). */
export function buildNarrativeSheet(explanation: Explanation): GeneratedSheet {
  const rows = explanation.sections.flatMap((sec) => [[{ value: sec.title, bold: true }], ...sec.paragraphs.map((p) => [{ value: p }])]);
  return { name: NARRATIVE_SHEET_NAME, rows, columnWidths: [120] };
}
