/**
 * The 说明 of one workbook, as 生成说明 (pane) and --explain (CLI) produce it: the inputs come from
 * the workbook's own 说明底稿 when it has one (what the accountant filled in is kept), the text in the
 * chosen wording, and the two sheets to add.
 */
import type { TableModel } from "../tables/types";
import type { GeneratedSheet } from "../workbook/generated";
import type { WorkbookSnapshot } from "../workbook/types";
import { generateExplanation, type Explanation } from "./generate";
import { buildNarrativeSheet } from "./narrative-sheet";
import type { ExplainSettings } from "./settings";
import { buildWorkingSheet, readWorkingSheet } from "./working-sheet";

export interface WorkbookExplanation {
  explanation: Explanation;
  /** 说明底稿 then 决算说明. */
  sheets: GeneratedSheet[];
}

export function explainWorkbook(tables: TableModel[], snapshot: WorkbookSnapshot, settings?: Partial<ExplainSettings>): WorkbookExplanation {
  const inputs = readWorkingSheet(snapshot);
  const explanation = generateExplanation(tables, inputs, settings);
  return { explanation, sheets: [buildWorkingSheet(tables, inputs), buildNarrativeSheet(explanation)] };
}
