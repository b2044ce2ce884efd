/** Wording conventions of a 决算说明: regional habits, never errors (DOMAIN §5). */
export interface ExplainSettings {
  /** previous year 0: "增长100.00%" (hundred) or "上年无此项，不可比" (incomparable); same names as variance.ts. */
  fromZero: "hundred" | "incomparable";
  /** no change: "增加0.00万元，增长0.00%" (zero-change) or "与上年持平" (flat). */
  equal: "zero-change" | "flat";
  /** thousands separators: on in Xinjiang (2,970.86), off in Shanghai (2970.86). */
  thousands: boolean;
  /** budget vs final: Xinjiang "预决算差异率X%" or Shanghai "完成年初预算的X%". */
  budgetPhrasing: "xinjiang" | "shanghai";
  /** adjust displayed shares of one whole by largest remainder so they sum to 100.00%. */
  adjustShares: boolean;
  /** 偏差原因分析 text used when an indicator's row gives none. */
  defaultDeviation: string;
}

export const DEFAULT_EXPLAIN_SETTINGS: ExplainSettings = {
  fromZero: "hundred",
  equal: "zero-change",
  thousands: true,
  budgetPhrasing: "xinjiang",
  adjustShares: false,
  defaultDeviation: "年初指标设置较保守，实际完成较好，出现偏差。",
};

/** Shown wherever the accountant still owes a figure or a reason: never an invented one. */
export { REASON_PLACEHOLDER as MISSING_REASON } from "./variance";
export const MISSING_PREVIOUS = "【请填写上年决算数】";
export const MISSING_BUDGET = "【请填写年初预算数】";

export function resolveSettings(partial?: Partial<ExplainSettings>): ExplainSettings {
  return { ...DEFAULT_EXPLAIN_SETTINGS, ...(partial ?? {}) };
}
