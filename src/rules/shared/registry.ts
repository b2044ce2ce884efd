import type { Rule } from "./types";
import { rule as summaryIncomeTotal } from "../summary-income-total";
import { rule as summaryExpenseTotal } from "../summary-expense-total";
import { rule as summaryGrandTotal } from "../summary-grand-total";
import { rule as codedRowSum } from "../coded-row-sum";
import { rule as codedHierarchy } from "../coded-hierarchy";
import { rule as incomeVsSummary } from "../income-vs-summary";
import { rule as expenditureVsSummary } from "../expenditure-vs-summary";
import { rule as fiscalRowSum } from "../fiscal-row-sum";
import { rule as fiscalGrandTotal } from "../fiscal-grand-total";
import { rule as fiscalFundBalance } from "../fiscal-fund-balance";
import { rule as fiscalVsIncome } from "../fiscal-vs-income";
import { rule as fiscalVsGpbExpenditure } from "../fiscal-vs-gpb-expenditure";
import { rule as fiscalClassWithinExpenditure } from "../fiscal-class-within-expenditure";
import { rule as gpbExpenditureWithinExpenditure } from "../gpb-expenditure-within-expenditure";
import { rule as gpbBasicVsGpbExpenditure } from "../gpb-basic-vs-gpb-expenditure";
import { rule as gpbBasicHierarchy } from "../gpb-basic-hierarchy";
import { rule as gpbBasicTotals } from "../gpb-basic-totals";
import { rule as gpbBasicOperatingCost } from "../gpb-basic-operating-cost";
import { rule as fundTableBalance } from "../fund-table-balance";
import { rule as fundTableVsFiscal } from "../fund-table-vs-fiscal";
import { rule as fundTableEmptyNote } from "../fund-table-empty-note";
import { rule as threePublicSum } from "../three-public-sum";
import { rule as threePublicVsGpbBasic } from "../three-public-vs-gpb-basic";
import { rule as fiscalExpenseClasses } from "../fiscal-expense-classes";
import { rule as summaryVsFiscalIncome } from "../summary-vs-fiscal-income";
import { rule as threePublicOverBudget } from "../three-public-over-budget";
import { rule as nonNegativeAmounts } from "../non-negative-amounts";
import { rule as tableYearsAgree } from "../table-years-agree";
import { rule as tableSetComplete } from "../table-set-complete";
import { rule as statedRatio } from "../stated-ratio";
import { rule as perfExecRate } from "../perf-exec-rate";
import { rule as perfExecScore } from "../perf-exec-score";
import { rule as perfFundSum } from "../perf-fund-sum";
import { rule as perfFundWithinBudget } from "../perf-fund-within-budget";
import { rule as perfIndicatorRate } from "../perf-indicator-rate";
import { rule as perfIndicatorScore } from "../perf-indicator-score";
import { rule as perfTotalScore } from "../perf-total-score";
import { rule as perfWeightSum } from "../perf-weight-sum";
import { rule as perfDeviationReason } from "../perf-deviation-reason";
import { rule as perfTargetFormat } from "../perf-target-format";
import { rule as perfTargetDirection } from "../perf-target-direction";
import { rule as perfEqualTarget } from "../perf-equal-target";
import { rule as perfOverallVsSummary } from "../perf-overall-vs-summary";
import { rule as perfLocalVsFiscal } from "../perf-local-vs-fiscal";
import { rule as perfProjectsWithinGpbProject } from "../perf-projects-within-gpb-project";
import { rule as perfCostBudget } from "../perf-cost-budget";
import { rule as cellErrorValue } from "../cell-error-value";

/** Every rule, in catalogue order (T1 … T9, then 绩效). */
export const RULES: readonly Rule[] = [
  tableSetComplete,
  cellErrorValue,
  summaryIncomeTotal,
  summaryExpenseTotal,
  summaryGrandTotal,
  codedRowSum,
  codedHierarchy,
  incomeVsSummary,
  expenditureVsSummary,
  fiscalRowSum,
  fiscalExpenseClasses,
  fiscalGrandTotal,
  fiscalFundBalance,
  fiscalVsIncome,
  summaryVsFiscalIncome,
  fiscalVsGpbExpenditure,
  fiscalClassWithinExpenditure,
  gpbExpenditureWithinExpenditure,
  gpbBasicVsGpbExpenditure,
  gpbBasicHierarchy,
  gpbBasicTotals,
  gpbBasicOperatingCost,
  fundTableBalance,
  fundTableVsFiscal,
  fundTableEmptyNote,
  threePublicSum,
  threePublicVsGpbBasic,
  threePublicOverBudget,
  nonNegativeAmounts,
  tableYearsAgree,
  statedRatio,
  perfExecRate,
  perfExecScore,
  perfFundSum,
  perfFundWithinBudget,
  perfIndicatorRate,
  perfIndicatorScore,
  perfTotalScore,
  perfWeightSum,
  perfDeviationReason,
  perfTargetFormat,
  perfTargetDirection,
  perfEqualTarget,
  perfOverallVsSummary,
  perfLocalVsFiscal,
  perfProjectsWithinGpbProject,
  perfCostBudget,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
