import { generatedTitle, type GeneratedSheet } from "../workbook/generated";
import { explanationLines, type Explanation } from "./generate";

export const NARRATIVE_SHEET_NAME = "决算说明";

/** 决算说明: the title row (its identity), then the assembled text, one line per row (headings bold). */
export function buildNarrativeSheet(explanation: Explanation): GeneratedSheet {
  const rows = [
    [{ value: generatedTitle(NARRATIVE_SHEET_NAME), bold: true }],
    ...explanationLines(explanation).map((l) => [{ value: l.text, bold: l.level !== undefined, wrap: true }]),
  ];
  return { name: NARRATIVE_SHEET_NAME, rows, columnWidths: [120], freeze: { rows: 1, columns: 0 } };
}
