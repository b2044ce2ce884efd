import type { RegionProfile } from "./types";
import { numbered } from "./standard-tables";

/** 新疆 (the seed, 昌吉州教育局 2024): nine tables, 三公 ninth, separators on, 预决算差异率. */
export const xinjiang: RegionProfile = {
  id: "xinjiang",
  name: { zh: "新疆维吾尔自治区", en: "Xinjiang" },
  tables: numbered(
    ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public"],
    "required",
  ),
  emptyTableRule: "empty-table-with-note",
  thousandsSeparator: true,
  wording: { budgetPhrase: "variance-rate", previousYearZero: "growth-100", unchanged: "zero-growth" },
  operatingCostDefinition: "all-public",
  scoring: { executionWeight: 10, overallMetFullWeight: true },
};
