import { has, type ColumnSpec } from "../columns";

/** Columns shared by T7 政府性基金 and T8 国有资本经营 tables. */
export type FundKey = "opening" | "income" | "expenseTotal" | "expenseBasic" | "expenseProject" | "closing";

export const FUND_TABLE_COLUMNS: ColumnSpec<FundKey>[] = [
  { key: "opening", label: "年初结转和结余", test: has("年初") },
  { key: "closing", label: "年末结转和结余", test: has("年末") },
  { key: "income", label: "本年收入", test: has("收入") },
  { key: "expenseBasic", label: "基本支出", test: has("基本支出") },
  { key: "expenseProject", label: "项目支出", test: has("项目支出") },
  { key: "expenseTotal", label: "本年支出小计", test: (c) => has("小计", "合计")(c) || c.endsWith("支出") },
];

export const FUND_TABLE_REQUIRED: FundKey[] = ["income", "expenseTotal"];
