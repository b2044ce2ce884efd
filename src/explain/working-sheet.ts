import { qualified, toA1 } from "../workbook/address";
import type { GeneratedCell, GeneratedSheet } from "../workbook/generated";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { isCellError } from "../workbook/types";
import type { TableModel } from "../tables/types";
import type { ExplainInputs, ItemInput } from "./inputs";
import { EMPTY_INPUTS, inputAmount, inputReason } from "./inputs";
import type { Decimal } from "../numbers/decimal";
import { varianceRate, varianceSentence } from "./variance";
import { explainItems } from "./items";
import { MISSING_PREVIOUS, MISSING_REASON } from "./settings";
import { explainTables } from "./tables";

export const WORKING_SHEET_NAME = "说明底稿";

/** Column captions of 说明底稿, in order; readWorkingSheet finds columns by these, not by position. */
export const WORKING_CAPTIONS = {
  key: "项目键",
  subject: "项目",
  current: "本年决算数",
  previous: "上年决算数",
  budget: "年初预算数",
  change: "增减额",
  changeRate: "增减率",
  budgetRate: "预决算差异率",
  reason: "原因",
  budgetReason: "预决算差异原因",
  text: "说明文本",
} as const;
type Column = keyof typeof WORKING_CAPTIONS;
const COLUMNS = Object.keys(WORKING_CAPTIONS) as Column[];

/** Rows above the header: what the whole 说明 needs once (label in A, value in B). */
const META = { year: "年度", unitName: "单位名称", unitType: "单位性质", performanceSummary: "绩效管理说明" } as const;
type MetaKey = keyof typeof META;

const AMOUNT = "#,##0.00";
const PERCENT = "0.00%";

function letter(column: Column): string {
  return toA1(0, COLUMNS.indexOf(column)).replace(/\d+$/, "");
}

/**
 * 说明底稿: one row per explainable item. 本年决算数 links to its table cell; 增减额, 增减率,
 * 预决算差异率 and 说明文本 are live formulas (FA functions), so the text follows what the
 * accountant types. Inputs, when given, prefill 上年决算数 / 年初预算数 / 原因; nothing is invented.
 */
export function buildWorkingSheet(tables: TableModel[], given: ExplainInputs = EMPTY_INPUTS): GeneratedSheet {
  const inputs: ExplainInputs = { ...given, items: given.items ?? {} };
  const t = explainTables(tables);
  const rows: GeneratedCell[][] = (Object.keys(META) as MetaKey[]).map((k) => [{ value: META[k], bold: true }, { value: inputs[k] ?? null }]);
  rows.push([]);
  rows.push(COLUMNS.map((c) => ({ value: WORKING_CAPTIONS[c], bold: true })));
  const perfBudget = t.perfOverall?.funds.local?.initialBudget;
  for (const item of explainItems(t, inputs)) {
    const r = rows.length + 1;
    const at = (c: Column) => `${letter(c)}${r}`;
    const input: ItemInput = inputs.items[item.key] ?? {};
    const link = (f?: { sheet: string; cell: string }) => (f ? `=${qualified(f.sheet, f.cell)}` : undefined);
    const budgetLink = link(item.budgetFigure) ?? (item.key === "fiscal" || item.key === "gpb" ? link(perfBudget) : undefined);
    const previous = inputAmount(input.previous);
    const budget = inputAmount(input.budget) ?? (budgetLink ? (item.budgetFigure ?? perfBudget)?.value : undefined);
    const num = (v: Decimal | undefined) => (v === undefined ? null : v.toNumber());
    const rate = (base: Decimal | undefined) => (base === undefined ? "" : (varianceRate(item.current, base)?.toNumber() ?? ""));
    const hasBudgetInput = inputAmount(input.budget) !== undefined;
    const cells: Record<Column, GeneratedCell> = {
      key: { value: item.key },
      subject: { value: item.subject },
      current: item.figure ? { formula: link(item.figure), result: item.current.toNumber(), numberFormat: AMOUNT } : { value: 0, numberFormat: AMOUNT },
      previous: { value: num(previous), numberFormat: AMOUNT },
      budget: hasBudgetInput || !budgetLink ? { value: num(inputAmount(input.budget)), numberFormat: AMOUNT } : { formula: budgetLink, result: num(budget), numberFormat: AMOUNT },
      change: { formula: `=IF(${at("previous")}="","",${at("current")}-${at("previous")})`, result: previous === undefined ? "" : item.current.minus(previous).toNumber(), numberFormat: AMOUNT },
      changeRate: { formula: `=IF(${at("previous")}="","",FA.VARIANCERATE(${at("current")},${at("previous")}))`, result: rate(previous), numberFormat: PERCENT },
      budgetRate: { formula: `=IF(${at("budget")}="","",FA.VARIANCERATE(${at("current")},${at("budget")}))`, result: rate(budget), numberFormat: PERCENT },
      reason: { value: input.reason ?? null },
      budgetReason: { value: input.budgetReason ?? null },
      text: {
        formula: `=IF(${at("previous")}="","${MISSING_PREVIOUS}",FA.VARIANCETEXT(${at("current")},${at("previous")},${at("subject")},${at("reason")}))`,
        result: previous === undefined ? MISSING_PREVIOUS : varianceSentence(item.current, previous, item.subject, input.reason ?? ""),
      },
    };
    rows.push(COLUMNS.map((c) => cells[c]));
  }
  return { name: WORKING_SHEET_NAME, rows, columnWidths: [18, 48, 14, 14, 14, 14, 10, 12, 48, 48, 80] };
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
    return texts.includes(WORKING_CAPTIONS.key) && texts.includes(WORKING_CAPTIONS.previous);
  });
}

/**
 * Reads a filled 说明底稿 back into ExplainInputs, finding columns by caption. Placeholders and
 * blanks stay absent; a sheet without the header gives empty inputs.
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
  const col: Partial<Record<Column, number>> = {};
  sheet.values[header].forEach((v, i) => {
    const c = COLUMNS.find((k) => WORKING_CAPTIONS[k] === cellText(v));
    if (c && col[c] === undefined) col[c] = i;
  });
  const get = (row: CellValue[], c: Column) => (col[c] === undefined ? "" : cellText(row[col[c]!]));
  for (const row of sheet.values.slice(header + 1)) {
    if (!row) continue;
    const key = get(row, "key");
    if (!key) continue;
    const item: ItemInput = {};
    const subject = get(row, "subject");
    if (subject && key.startsWith("item:")) item.subject = subject;
    const previous = get(row, "previous");
    if (previous) item.previous = previous;
    const budget = get(row, "budget");
    if (budget) item.budget = budget;
    const reason = inputReason(get(row, "reason"), MISSING_REASON);
    if (reason) item.reason = reason;
    const budgetReason = inputReason(get(row, "budgetReason"), MISSING_REASON);
    if (budgetReason) item.budgetReason = budgetReason;
    inputs.items[key] = item;
  }
  return inputs;
}
