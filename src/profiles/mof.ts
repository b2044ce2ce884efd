import type { RegionProfile } from "./types";
import { numbered } from "./standard-tables";

/** 财政部 general template: the nine tables in §2 order; an empty fund table is published with a note. */
export const mof: RegionProfile = {
  id: "mof",
  name: { zh: "财政部通用模板", en: "Ministry of Finance general template" },
  tables: numbered(
    ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public"],
    "required",
  ),
  emptyTableRule: "empty-table-with-note",
  thousandsSeparator: true,
  wording: { budgetPhrase: "variance-rate", previousYearZero: "growth-100", unchanged: "zero-growth" },
  operatingCostDefinition: "all-public",
  scoring: { executionWeight: 10, overallMetFullWeight: true, costDirection: "as-written", overAchievement: "reduce" },
};
