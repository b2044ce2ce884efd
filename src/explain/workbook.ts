/**
 * The 说明 of one workbook, as 生成说明 (pane) and --explain (CLI) produce it: the inputs come from
 * the workbook's own 说明底稿 when it has one (what the accountant filled in is kept), the text in the
 * chosen wording, and the two sheets to add.
 */
import type { TableModel } from "../tables/types";
import type { Finding } from "../rules/shared/types";
import type { GeneratedSheet } from "../workbook/generated";
import type { WorkbookSnapshot } from "../workbook/types";
import { generateExplanation, type Explanation } from "./generate";
import { buildNarrativeSheet } from "./narrative-sheet";
import type { ExplainSettings } from "./settings";
import { buildWorkingSheet, readWorkingSheet, type WorkingSheetOptions } from "./working-sheet";
import { buildInfoSheet, readInfoSheet } from "./info-sheet";
import type { ExplainInputs } from "./inputs";
import { importPrevious, type PreviousImport } from "./previous";

export interface WorkbookExplanation {
  explanation: Explanation;
  /** the inputs read from the workbook (说明底稿 and 说明信息). */
  inputs: ExplainInputs;
  /** 说明底稿, 说明信息, then 决算说明. */
  sheets: GeneratedSheet[];
}

/** Everything the accountant typed in the workbook's 说明底稿 and 说明信息. */
export function readInputs(snapshot: WorkbookSnapshot): ExplainInputs {
  return readInfoSheet(snapshot, readWorkingSheet(snapshot));
}

export interface ExplainWorkbookOptions extends WorkingSheetOptions {
  /** last year's tables: fill 上年决算数 (importPrevious; typed values kept). */
  previous?: TableModel[];
  /** the workbook's findings (validate): sentences quoting a figure an error flags carry 【待核…】. */
  findings?: readonly Finding[];
}

export function explainWorkbook(tables: TableModel[], snapshot: WorkbookSnapshot, settings?: Partial<ExplainSettings>, options: ExplainWorkbookOptions = {}): WorkbookExplanation & { previous?: PreviousImport } {
  const imported = options.previous ? importPrevious(tables, options.previous, readInputs(snapshot)) : undefined;
  const inputs = imported?.inputs ?? readInputs(snapshot);
  const explanation = generateExplanation(tables, inputs, settings, { findings: options.findings });
  return { explanation, inputs, previous: imported, sheets: [buildWorkingSheet(tables, inputs, options), buildInfoSheet(inputs), buildNarrativeSheet(explanation)] };
}
