/**
 * explain/: the 决算说明 text (第二部分) generated from the tables, the 说明底稿 working sheet that
 * holds what the tables do not (上年决算数, 年初预算数, reasons), and the check of a written 说明.
 *
 * Entry points (the CLI's --explain / --narrative call these):
 * - generateExplanation(tables, inputs, settings?, { findings }?) → { sections, markdown, text, flagged }
 *   (a sentence quoting a cell a rule error flags carries 【待核：表中数字有误，见审核结果 …】)
 * - buildWorkingSheet(tables, inputs?, { formulaStyle }) → 说明底稿; buildInfoSheet(inputs) → 说明信息;
 *   readInputs(snapshot) → inputs (both sheets, found by their captions)
 * - buildNarrativeSheet(explanation) → 决算说明
 * - explainWorkbook(tables, snapshot, settings?) → the text and both sheets, inputs from the workbook
 * - checkNarrative(text, tables, inputs?, { source }) → Finding[] (scope 文表; sheet = source,
 *   cell = "L<line>", the 1-based line of the text; for a sheet read with sheetText, line = row)
 */
export { generateExplanation, type Explanation, type GenerateOptions } from "./generate";
export { flaggedMarker, flaggedMarkerEn, type FlaggedSentence } from "./quotes";
export type { ExplainSection } from "./context";
export { type ExplainInputs, type ItemInput, EMPTY_INPUTS } from "./inputs";
export { type ExplainSettings, DEFAULT_EXPLAIN_SETTINGS, MISSING_REASON, MISSING_PREVIOUS, MISSING_BUDGET } from "./settings";
export { explainItems, type ExplainItem } from "./items";
export { buildWorkingSheet, readWorkingSheet, WORKING_SHEET_NAME, WORKING_CAPTIONS, type WorkingSheetOptions } from "./working-sheet";
export { buildNarrativeSheet, NARRATIVE_SHEET_NAME } from "./narrative-sheet";
export { explainWorkbook, readInputs, type WorkbookExplanation } from "./workbook";
export { buildInfoSheet, readInfoSheet, INFO_SHEET_NAME } from "./info-sheet";
export { INFO_FIELDS, type InfoField } from "./info-fields";
export { explanationLines, PART_TITLES, type ExplainLine } from "./generate";
export { TERMS, TABLE_TITLES } from "./terms";
export type { FormulaStyle } from "./builtin-formulas";
export { checkNarrative, type NarrativeOptions } from "./narrative/check";
export { NARRATIVE_RULES } from "./narrative/rules";
export { sheetText } from "./narrative/sentences";
export { checkInputs, checkPlaceholders, PLACEHOLDER } from "./input-checks";
export { importPrevious, type PreviousImport } from "./previous";
