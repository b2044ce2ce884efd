import { qualified, toA1 } from "../workbook/address";
import { generatedTitle, type GeneratedCell, type GeneratedSheet } from "../workbook/generated";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { isCellError } from "../workbook/types";
import type { TableModel } from "../tables/types";
import type { ExplainInputs, ItemInput } from "./inputs";
import { EMPTY_INPUTS, inputAmount, inputReason } from "./inputs";
import type { Decimal } from "../numbers/decimal";
import { varianceRate, varianceSentence } from "./variance";
import { explainItems, GROUP_SUBJECTS, type ExplainItem } from "./items";
import { MISSING_PREVIOUS, MISSING_REASON } from "./settings";
import { explainTables } from "./tables";
import { rateFormula, textFormula, type FormulaStyle } from "./builtin-formulas";

export const WORKING_SHEET_NAME = "说明底稿";

/** Column captions of 说明底稿, in order; readWorkingSheet finds columns by these, not by position. */
export const WORKING_CAPTIONS = {
  code: "科目编码",
  subject: "项目",
  current: "本年决算数",
  previous: "上年决算数",
  budget: "年初预算数",
  change: "增减额",
  changeRate: "增减率",
  budgetRate: "预决算差异率",
  reason: "增减原因",
  budgetReason: "预决算差异原因",
  text: "说明文本",
} as const;
type Column = keyof typeof WORKING_CAPTIONS;
const COLUMNS = Object.keys(WORKING_CAPTIONS) as Column[];
/** Captions of earlier versions, still read back. */
const LEGACY_CAPTIONS: Partial<Record<Column | "key", string>> = { key: "项目键", reason: "原因" };

/** Rows above the header in earlier versions (label in A, value in B); read back, no longer written. */
const META = { year: "年度", unitName: "单位名称", unitType: "单位性质", performanceSummary: "绩效管理说明" } as const;
type MetaKey = keyof typeof META;

const AMOUNT = "#,##0.00";
const PERCENT = "0.00%";
const NOTE = "灰底单元格由您填写（上年决算数、年初预算数、原因）；其余由表格计算。重新生成时按科目编码和项目名称保留已填写的内容。";
const REMOVED_NOTE = "以下项目本次表格中已没有（上次填写的内容保留备查，确认无用后可删除该行）";

export interface WorkingSheetOptions {
  /** "fa": FA custom functions; "builtin": built-in functions only (hosts without custom functions). */
  formulaStyle?: FormulaStyle;
}

function letter(column: Column): string {
  return toA1(0, COLUMNS.indexOf(column)).replace(/\d+$/, "");
}

/** The stable id of an item as the sheet shows it: its 科目编码 (项), else its Chinese name. */
function codeOf(key: string): string {
  return key.startsWith("item:") ? key.slice(5) : "";
}

/**
 * 说明底稿: one row per explainable item, under a title row (its identity) and a note. 本年决算数
 * links to its table cell; 增减额, 增减率, 预决算差异率 and 说明文本 are live formulas, so the text
 * follows what the accountant types. Inputs prefill 上年决算数 / 年初预算数 / 原因; nothing is
 * invented. Typed rows whose item the tables no longer show are listed at the end, kept.
 */
export function buildWorkingSheet(tables: TableModel[], given: ExplainInputs = EMPTY_INPUTS, options: WorkingSheetOptions = {}): GeneratedSheet {
  const style = options.formulaStyle ?? "fa";
  const inputs: ExplainInputs = { ...given, items: given.items ?? {} };
  const t = explainTables(tables);
  const rows: GeneratedCell[][] = [[{ value: generatedTitle(WORKING_SHEET_NAME), bold: true }], [{ value: NOTE }]];
  rows.push(COLUMNS.map((c) => ({ value: WORKING_CAPTIONS[c], bold: true, wrap: true })));
  const perfBudget = t.perfOverall?.funds.local?.initialBudget;
  const items = explainItems(t, inputs);
  for (const item of items) rows.push(itemRow(item, rows.length + 1, inputs.items[item.key] ?? {}, perfBudget, style));
  const known = new Set(items.map((i) => i.key));
  const removed = Object.entries(inputs.items).filter(([key, input]) => !known.has(key) && hasTyped(input));
  if (removed.length > 0) {
    rows.push([], [{ value: REMOVED_NOTE, bold: true }]);
    for (const [key, input] of removed) {
      const cells: Partial<Record<Column, GeneratedCell>> = {
        code: { value: codeOf(key) },
        subject: { value: input.subject ?? subjectOfKey(key) ?? key, wrap: true },
        previous: { value: inputAmount(input.previous)?.toNumber() ?? null, numberFormat: AMOUNT, input: true },
        budget: { value: inputAmount(input.budget)?.toNumber() ?? null, numberFormat: AMOUNT, input: true },
        reason: { value: input.reason ?? null, input: true, wrap: true },
        budgetReason: { value: input.budgetReason ?? null, input: true, wrap: true },
      };
      rows.push(COLUMNS.map((c) => cells[c] ?? {}));
    }
  }
  return { name: WORKING_SHEET_NAME, rows, columnWidths: [10, 40, 13, 13, 13, 12, 9, 11, 40, 40, 70], freeze: { rows: 3, columns: 2 } };
}

function hasTyped(input: ItemInput): boolean {
  return [input.previous, input.budget, input.reason, input.budgetReason].some((v) => v !== undefined && v !== null && String(v).trim() !== "");
}

function itemRow(item: ExplainItem, r: number, input: ItemInput, perfBudget: { sheet: string; cell: string; value: Decimal } | undefined, style: FormulaStyle): GeneratedCell[] {
  const at = (c: Column) => `${letter(c)}${r}`;
  const link = (f?: { sheet: string; cell: string }) => (f ? `=${qualified(f.sheet, f.cell)}` : undefined);
  const budgetLink = link(item.budgetFigure) ?? (item.key === "fiscal" || item.key === "gpb" ? link(perfBudget) : undefined);
  const previous = inputAmount(input.previous);
  const typedBudget = inputAmount(input.budget);
  const budget = typedBudget ?? (budgetLink ? (item.budgetFigure ?? perfBudget)?.value : undefined);
  const num = (v: Decimal | undefined) => (v === undefined ? null : v.toNumber());
  const rate = (base: Decimal | undefined) => (base === undefined ? "" : (varianceRate(item.current, base)?.toNumber() ?? ""));
  const cells: Record<Column, GeneratedCell> = {
    code: { value: codeOf(item.key) },
    subject: { value: item.subject, wrap: true },
    current: item.figure ? { formula: link(item.figure), result: item.current.toNumber(), numberFormat: AMOUNT } : { value: 0, numberFormat: AMOUNT },
    previous: { value: num(previous), numberFormat: AMOUNT, input: true },
    budget: typedBudget !== undefined || !budgetLink ? { value: num(typedBudget), numberFormat: AMOUNT, input: true } : { formula: budgetLink, result: num(budget), numberFormat: AMOUNT },
    change: { formula: `=IF(${at("previous")}="","",${at("current")}-${at("previous")})`, result: previous === undefined ? "" : item.current.minus(previous).toNumber(), numberFormat: AMOUNT },
    changeRate: { formula: rateFormula(style, at("current"), at("previous")), result: rate(previous), numberFormat: PERCENT },
    budgetRate: { formula: rateFormula(style, at("current"), at("budget")), result: rate(budget), numberFormat: PERCENT },
    reason: { value: input.reason ?? null, input: true, wrap: true },
    budgetReason: { value: input.budgetReason ?? null, input: true, wrap: true },
    text: {
      formula: textFormula(style, { current: at("current"), previous: at("previous"), subject: at("subject"), reason: at("reason") }),
      result: previous === undefined ? MISSING_PREVIOUS : varianceSentence(item.current, previous, item.subject, input.reason ?? ""),
      wrap: true,
    },
  };
  return COLUMNS.map((c) => cells[c]);
}

/** Keys of the items named by subject (no 科目编码): 收入支出总体 → "overall", … */
const SUBJECT_KEYS = new Map(Object.entries(GROUP_SUBJECTS).map(([key, subject]) => [subject, key]));

function subjectOfKey(key: string): string | undefined {
  return GROUP_SUBJECTS[key];
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  return String(value).trim();
}

/** The sheet of a workbook that carries the 说明底稿 header (by caption, whatever its name). */
function findWorkingSheet(source: WorkbookSnapshot | SheetSnapshot): SheetSnapshot | undefined {
  const sheets = "sheets" in source ? source.sheets : [source];
  return sheets.find((s) => headerRow(s) >= 0);
}

function headerRow(sheet: SheetSnapshot): number {
  return sheet.values.findIndex((row) => {
    // a sparse snapshot has holes for empty rows
    if (!row) return false;
    const texts = Array.from(row, cellText);
    return (texts.includes(WORKING_CAPTIONS.code) || texts.includes(LEGACY_CAPTIONS.key!)) && texts.includes(WORKING_CAPTIONS.previous);
  });
}

/**
 * Reads a filled 说明底稿 back into ExplainInputs, finding columns by caption and items by their
 * stable id (科目编码, else the item's name). Placeholders and blanks stay absent; a sheet without
 * the header gives empty inputs.
 */
export function readWorkingSheet(source: WorkbookSnapshot | SheetSnapshot): ExplainInputs {
  const sheet = findWorkingSheet(source);
  const inputs: ExplainInputs = { items: {} };
  if (!sheet) return inputs;
  const header = headerRow(sheet);
  for (const row of sheet.values.slice(0, header)) {
    if (!row) continue;
    const label = cellText(row[0]);
    const value = cellText(row[1]);
    const meta = (Object.keys(META) as MetaKey[]).find((k) => META[k] === label);
    if (!meta || !value) continue;
    if (meta === "year") inputs.year = Number(value);
    else inputs[meta] = value;
  }
  const col: Partial<Record<Column | "key", number>> = {};
  sheet.values[header].forEach((v, i) => {
    const text = cellText(v);
    const c = (Object.keys(WORKING_CAPTIONS) as Column[]).find((k) => WORKING_CAPTIONS[k] === text) ?? (Object.keys(LEGACY_CAPTIONS) as (Column | "key")[]).find((k) => LEGACY_CAPTIONS[k] === text);
    if (c && col[c] === undefined) col[c] = i;
  });
  const get = (row: CellValue[], c: Column | "key") => (col[c] === undefined ? "" : cellText(row[col[c]!]));
  // a formula (the budget linked to its table) is not a typed value: regenerating links it again
  const typed = (r: number, c: Column) => (col[c] === undefined || !sheet.formulas?.[r]?.[col[c]!] ? get(sheet.values[r], c) : "");
  for (let r = header + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue; // a hole of a sparse snapshot: an empty row
    const subject = get(row, "subject");
    const code = get(row, "code");
    const key = get(row, "key") || (/^\d{3,7}$/.test(code) ? `item:${code}` : SUBJECT_KEYS.get(subject) ?? "");
    if (!key) continue;
    const item: ItemInput = {};
    if (subject && key.startsWith("item:")) item.subject = subject;
    const previous = typed(r, "previous");
    if (previous) item.previous = previous;
    const budget = typed(r, "budget");
    if (budget) item.budget = budget;
    const reason = inputReason(get(row, "reason"), MISSING_REASON);
    if (reason) item.reason = reason;
    const budgetReason = inputReason(get(row, "budgetReason"), MISSING_REASON);
    if (budgetReason) item.budgetReason = budgetReason;
    inputs.items[key] = item;
  }
  return inputs;
}
