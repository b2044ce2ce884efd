/**
 * The review settings that change what is checked and how it is worded: the region profile, 行政单位,
 * wording conventions, scoring conventions (成本指标 direction, 超额完成), rules switched off with a reason. Saved with the workbook by the
 * pane; given to the CLI with --config file.json (the same JSON); stated in the 审核报告.
 */
import type { ExplainSettings } from "../explain";
import type { RuleSettings } from "../rules/shared/types";
import { PROFILE_IDS, profileById } from "../profiles";
import type { CostDirection, OverAchievement } from "../profiles/types";

/** The regional wording conventions of the generated 说明 the user may choose (DOMAIN §5). */
export type Conventions = Pick<ExplainSettings, "thousands" | "fromZero" | "equal" | "budgetPhrasing">;

export const DEFAULT_CONVENTIONS: Conventions = {
  thousands: true,
  fromZero: "hundred",
  equal: "zero-change",
  budgetPhrasing: "xinjiang",
};

/** Scoring conventions of the 绩效自评表 (DOMAIN §3); "" = the profile's. */
export interface ScoringChoice {
  costDirection: "" | CostDirection;
  overAchievement: "" | OverAchievement;
}

export const DEFAULT_SCORING_CHOICE: ScoringChoice = { costDirection: "", overAchievement: "" };

export interface ReviewConfig {
  /** rule ids switched off. */
  disabled: string[];
  /** why each switched-off rule is off (shown in the 审核报告). */
  disabledReasons: Record<string, string>;
  /** the region profile's id (src/profiles); "" = guessed from the workbook. */
  profile: string;
  /** 行政/参公 unit: 机关运行经费 = 公用经费 applies. */
  administrativeUnit: boolean;
  /** wording of the generated explanation. */
  conventions: Conventions;
  /** how 指标得分 is recomputed. */
  scoring: ScoringChoice;
}

export const DEFAULT_CONFIG: ReviewConfig = {
  disabled: [],
  disabledReasons: {},
  profile: "",
  administrativeUnit: true,
  conventions: DEFAULT_CONVENTIONS,
  scoring: DEFAULT_SCORING_CHOICE,
};

/** `value` when it is one of `allowed`, else `fallback`. */
export function oneOf<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function sanitizeConventions(raw: unknown): Conventions {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_CONVENTIONS;
  return {
    thousands: oneOf(value.thousands, [true, false], d.thousands),
    fromZero: oneOf(value.fromZero, ["hundred", "incomparable"] as const, d.fromZero),
    equal: oneOf(value.equal, ["zero-change", "flat"] as const, d.equal),
    budgetPhrasing: oneOf(value.budgetPhrasing, ["xinjiang", "shanghai"] as const, d.budgetPhrasing),
  };
}

function sanitizeScoring(raw: unknown): ScoringChoice {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    costDirection: oneOf(value.costDirection, ["", "as-written", "upper-bound"] as const, ""),
    overAchievement: oneOf(value.overAchievement, ["", "reduce", "cap"] as const, ""),
  };
}

/** Settings read back from storage or a file are untrusted: keep only well-formed fields, default the rest. */
export function sanitizeConfig(raw: unknown): ReviewConfig {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const disabled = Array.isArray(value.disabled) ? value.disabled.filter((id): id is string => typeof id === "string") : [];
  const reasons = (typeof value.disabledReasons === "object" && value.disabledReasons !== null ? value.disabledReasons : {}) as Record<string, unknown>;
  const disabledReasons: Record<string, string> = {};
  for (const id of new Set(disabled)) {
    const reason = reasons[id];
    if (typeof reason === "string" && reason.trim()) disabledReasons[id] = reason.trim().slice(0, 200);
  }
  return {
    disabled: [...new Set(disabled)],
    disabledReasons,
    profile: oneOf(value.profile, ["", ...PROFILE_IDS], ""),
    administrativeUnit: oneOf(value.administrativeUnit, [true, false], DEFAULT_CONFIG.administrativeUnit),
    conventions: sanitizeConventions(value.conventions),
    scoring: sanitizeScoring(value.scoring),
  };
}

export function ruleSettings(settings: ReviewConfig): Partial<RuleSettings> {
  const profile = settings.profile ? profileById(settings.profile) : undefined;
  const scoring: RuleSettings["scoring"] = {};
  if (settings.scoring.costDirection) scoring.costDirection = settings.scoring.costDirection;
  if (settings.scoring.overAchievement) scoring.overAchievement = settings.scoring.overAchievement;
  return { disabled: [...settings.disabled], administrativeUnit: settings.administrativeUnit, ...(profile ? { profile } : {}), ...(Object.keys(scoring).length ? { scoring } : {}) };
}

const COST_WORDS: Record<CostDirection, string> = { "as-written": "按目标值所写比较符", "upper-bound": "一律按“≤目标值”（节约即达成）" };
const OVER_WORDS: Record<OverAchievement, string> = { reduce: "按 权重×(2−完成率) 扣减", cap: "按满分封顶" };

/** The scoring conventions in force: the settings' choice, else the profile's (`profileId`: the one the check used). */
function scoringLines(settings: ReviewConfig, profileId?: string): string[] {
  const profile = profileById(settings.profile || profileId || "")?.scoring;
  const cost = settings.scoring.costDirection || profile?.costDirection || "as-written";
  const over = settings.scoring.overAchievement || profile?.overAchievement || "reduce";
  const origin = (chosen: string) => (chosen ? "" : "（地区口径默认）");
  return [`成本指标计分：${COST_WORDS[cost]}${origin(settings.scoring.costDirection)}`, `超额完成：${OVER_WORDS[over]}${origin(settings.scoring.overAchievement)}`];
}

/** The settings in force as the 审核报告 states them, one line each (Chinese: the report is handed in). */
export function settingsLines(settings: ReviewConfig, profileId?: string): string[] {
  const lines = [
    `行政/参公单位：${settings.administrativeUnit ? "是" : "否"}`,
    `上年为0时：${settings.conventions.fromZero === "hundred" ? "增长100.00%" : "上年无此项，不可比"}`,
    `与上年相同时：${settings.conventions.equal === "flat" ? "与上年持平" : "增加0.00万元，增长0.00%"}`,
    ...scoringLines(settings, profileId),
  ];
  for (const id of settings.disabled) lines.push(`停用：${id}${settings.disabledReasons[id] ? `（${settings.disabledReasons[id]}）` : ""}`);
  return lines;
}
