import type { FiscalSummaryTable, SummaryLine, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import type { PanelLine } from "../panels";
import { readSummaryTable } from "../summary-table";
import { includes, startsWith, isGrandTotal, type LineRule } from "../summary-lines";
import { has, type ColumnSpec } from "../columns";

/** Fund of a label or caption: 一般公共预算 / 政府性基金 / 国有资本经营. */
const FUNDS: [string, string][] = [
  ["gpb", "一般公共预算"],
  ["govFund", "政府性基金"],
  ["soe", "国有资本"],
];

const EXPENSE_COLUMNS: ColumnSpec[] = [
  { key: "total", label: "合计", test: has("合计", "小计") },
  ...FUNDS.map(([key, word]) => ({ key, label: word, test: has(word) })),
];

const INCOME: LineRule[] = [
  { key: "incomeTotal", test: startsWith("本年收入合计") },
  { key: "openingBalance", test: includes("年初") },
  { key: "incomeGrandTotal", test: isGrandTotal },
  { key: "gpbIncome", test: includes("一般公共预算") },
  { key: "govFundIncome", test: includes("政府性基金") },
  { key: "soeIncome", test: includes("国有资本") },
];

const EXPENSE: LineRule[] = [
  { key: "expenseTotal", test: startsWith("本年支出合计") },
  { key: "closingBalance", test: includes("年末") },
  { key: "expenseGrandTotal", test: isGrandTotal },
];

/** Fund lines written under 年初财政拨款结转和结余 belong to it (cells.gpb / govFund / soe). */
function attachOpening(pl: PanelLine, lines: Partial<Record<string, SummaryLine>>): boolean {
  const opening = lines.openingBalance;
  if (!opening || lines.incomeGrandTotal) return false;
  const fund = FUNDS.find(([, word]) => pl.key.includes(word));
  if (!fund || opening.cells[fund[0]] || !pl.cells.amount) return false;
  opening.cells[fund[0]] = pl.cells.amount;
  return true;
}

/** T4 财政拨款收入支出决算总表. */
export function recognizeFiscalSummary(span: TableSpan): FiscalSummaryTable | Unrecognized {
  return readSummaryTable(span, "fiscal-summary", {
    amountColumns: EXPENSE_COLUMNS,
    income: INCOME,
    expense: EXPENSE,
    attach: attachOpening,
  });
}
