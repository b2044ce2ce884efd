import type { RegionProfile } from "./types";
import { numbered } from "./standard-tables";

/**
 * 上海: 三公 is the seventh table, before the two fund tables; a fund table without data is left out
 * with a sentence in the 说明 (不涉及的不列); no thousands separators; 完成年初预算的XX%.
 */
export const shanghai: RegionProfile = {
  id: "shanghai",
  name: { zh: "上海市", en: "Shanghai" },
  tables: numbered(
    ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "three-public", "gov-fund", "soe-capital"],
    "optional-with-note",
  ),
  emptyTableRule: "omit-with-note",
  thousandsSeparator: false,
  wording: { budgetPhrase: "completion", previousYearZero: "not-comparable", unchanged: "flat" },
  operatingCostDefinition: "public-without-capital",
  scoring: { executionWeight: 10, overallMetFullWeight: true, costDirection: "as-written", overAchievement: "reduce" },
};
