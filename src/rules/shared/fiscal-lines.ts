import type { Figure, SummaryLine } from "../../tables/types";

/** T4's three fund columns, with the income line of each fund. */
export const FUNDS = [
  { key: "gpb", income: "gpbIncome", label: "一般公共预算财政拨款" },
  { key: "govFund", income: "govFundIncome", label: "政府性基金预算财政拨款" },
  { key: "soe", income: "soeIncome", label: "国有资本经营预算财政拨款" },
] as const;

/** A T4 line's figure in a fund column; "total" falls back to the single amount column. */
export function fundCell(line: SummaryLine | undefined, key: string): Figure | undefined {
  if (!line) return undefined;
  return line.cells[key] ?? (key === "total" ? line.cells.amount : undefined);
}
