import type { OverAchievement } from "../indicators/scoring";
import type { TableKind } from "../tables/types";

/** One table a region publishes: its kind, its number (公开NN) and the titles it goes by. */
export interface ProfileTable {
  kind: TableKind;
  /** the 公开NN number in this region's order (1-based). */
  number: number;
  /** titles as published (the first is the usual one). */
  titles: string[];
  /** required: must be present; optional-with-note: may be omitted when the 说明 says why. */
  presence: "required" | "optional-with-note";
}

/** How a region phrases the 说明 (the explain helper renders these). */
export interface WordingVariants {
  /** 预决算差异率XX% (Xinjiang) or 完成年初预算的XX% (Shanghai). */
  budgetPhrase: "variance-rate" | "completion";
  /** previous year 0: 增加X万元，增长100.00% or 上年无此项，不可比. */
  previousYearZero: "growth-100" | "not-comparable";
  /** 0 → 0: 增加0.00万元，增长0.00% or 与上年持平. */
  unchanged: "zero-growth" | "flat";
}

/** How 绩效自评 scores are conventionally given (DOMAIN §3). */
export interface ScoringConventions {
  /** 执行率 weight in the 项目表 (10 points). */
  executionWeight: number;
  /** an 整体表 indicator met gives its full weight. */
  overallMetFullWeight: boolean;
  /** 成本指标: scored by the operator as written, or always as an upper bound (≤ target: spending less is met). */
  costDirection: CostDirection;
  /** 按照完成比例赋分 with r > 1: w × (2 − r) (DOMAIN §3, the seed) or capped at full marks w. */
  overAchievement: OverAchievement;
}

export type CostDirection = "as-written" | "upper-bound";
export type { OverAchievement };

/** A region's publishing habits, as data (no code per region). */
export interface RegionProfile {
  id: string;
  name: { zh: string; en: string };
  /** the public tables, in published order. */
  tables: ProfileTable[];
  /** a fund table without data: shown empty with a note, or omitted with a note in the 说明. */
  emptyTableRule: "empty-table-with-note" | "omit-with-note";
  thousandsSeparator: boolean;
  wording: WordingVariants;
  /** 机关运行经费 = all 公用经费, or 公用经费 without 310 资本性支出. */
  operatingCostDefinition: "all-public" | "public-without-capital";
  scoring: ScoringConventions;
}
