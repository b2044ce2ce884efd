import type { CodedTable } from "../../tables/types";

/** T7 and T8 share one layout; each maps onto one T4 fund column. */
export const FUND_TABLES = [
  { kind: "gov-fund", fund: "govFund", income: "govFundIncome", name: "政府性基金预算财政拨款" },
  { kind: "soe-capital", fund: "soe", income: "soeIncome", name: "国有资本经营预算财政拨款" },
] as const;

export const FUND_TABLE_KINDS: CodedTable["kind"][] = FUND_TABLES.map((f) => f.kind);
