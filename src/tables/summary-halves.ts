/**
 * T1 split across two sheets (the 收入 half and the 支出 half, e.g. `收入支出决算总表` and
 * `收入支出决算总表（续）`): two summary tables, one with income lines only and one with expense lines
 * only, are one table. Each figure keeps its own sheet and cell, so findings still point to it.
 */
import type { SummaryTable, TableModel } from "./types";

const INCOME_KEYS = ["incomeTotal", "gpbIncome", "incomeGrandTotal"];
const EXPENSE_KEYS = ["expenseTotal", "expenseGrandTotal"];

const has = (t: SummaryTable, keys: string[]) => keys.some((k) => t.lines[k]);
const incomeOnly = (t: SummaryTable) => has(t, INCOME_KEYS) && !has(t, EXPENSE_KEYS) && t.classes.length === 0;
const expenseOnly = (t: SummaryTable) => !has(t, INCOME_KEYS) && (has(t, EXPENSE_KEYS) || t.classes.length > 0);

export function joinSummaryHalves(tables: TableModel[]): TableModel[] {
  const summaries = tables.filter((t): t is SummaryTable => t.kind === "summary");
  const income = summaries.find(incomeOnly);
  const expense = summaries.find(expenseOnly);
  if (!income || !expense) return tables;
  const joined: SummaryTable = {
    ...income,
    lines: { ...income.lines, ...expense.lines },
    classes: expense.classes,
    problems: [...income.problems, ...expense.problems],
  };
  return tables.filter((t) => t !== expense).map((t) => (t === income ? joined : t));
}
