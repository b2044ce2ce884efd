import type { SummaryTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { readSummaryTable } from "../summary-table";
import { includes, startsWith, isGrandTotal, type LineRule } from "../summary-lines";

const INCOME: LineRule[] = [
  { key: "incomeTotal", test: startsWith("本年收入合计") },
  { key: "useNonFiscalBalance", test: startsWith("使用非财政拨款结余") },
  { key: "openingBalance", test: includes("年初结转和结余") },
  { key: "incomeGrandTotal", test: isGrandTotal },
  { key: "gpbIncome", test: includes("一般公共预算财政拨款") },
  { key: "govFundIncome", test: includes("政府性基金预算财政拨款") },
  { key: "soeIncome", test: includes("国有资本经营预算财政拨款") },
  { key: "superiorSubsidy", test: includes("上级补助收入") },
  { key: "businessIncome", test: includes("事业收入") },
  { key: "operatingIncome", test: includes("经营收入") },
  { key: "affiliatedIncome", test: includes("附属单位上缴收入") },
  { key: "otherIncome", test: includes("其他收入") },
];

const EXPENSE: LineRule[] = [
  { key: "expenseTotal", test: startsWith("本年支出合计") },
  { key: "balanceDistribution", test: includes("结余分配") },
  { key: "closingBalance", test: includes("年末结转和结余") },
  { key: "expenseGrandTotal", test: isGrandTotal },
];

/** T1 收入支出决算总表: 收入 and 支出 panels side by side (or one above the other). */
export function recognizeSummary(span: TableSpan): SummaryTable | Unrecognized {
  return readSummaryTable(span, "summary", { amountColumns: [], income: INCOME, expense: EXPENSE });
}
