/** The pane's settings, kept per workbook in Excel (document settings) or in localStorage in preview. */
import type { ExplainSettings } from "../src/explain";
import type { RuleSettings } from "../src/rules/shared/types";
import type { Lang } from "./i18n";

/** The regional wording conventions of the generated 说明 the user may choose (DOMAIN §5). */
export type Conventions = Pick<ExplainSettings, "thousands" | "fromZero" | "equal" | "budgetPhrasing">;

export const DEFAULT_CONVENTIONS: Conventions = {
  thousands: true,
  fromZero: "hundred",
  equal: "zero-change",
  budgetPhrasing: "xinjiang",
};

/** Scoring conventions of the 绩效自评表 (DOMAIN §4): they differ between regions. */
export interface Scoring {
  /** 成本指标: scored as a ceiling (≤ target, the usual) or a floor. */
  costDirection: "at-most" | "at-least";
  /** 超额完成: weight × (2 − rate) (the usual) or full marks. */
  overAchievement: "penalize" | "cap";
}

export const DEFAULT_SCORING: Scoring = { costDirection: "at-most", overAchievement: "penalize" };

export interface PaneSettings {
  /** rule ids switched off. */
  disabled: string[];
  /** why each switched-off rule is off (shown in the 审核报告). */
  disabledReasons: Record<string, string>;
  /** the region profile's id; "" for the 财政部 default. */
  profile: string;
  scoring: Scoring;
  /** 行政/参公 unit: 机关运行经费 = 公用经费 applies. */
  administrativeUnit: boolean;
  /** wording of the generated explanation. */
  conventions: Conventions;
  lang: Lang;
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  disabled: [],
  disabledReasons: {},
  profile: "",
  scoring: DEFAULT_SCORING,
  administrativeUnit: true,
  conventions: DEFAULT_CONVENTIONS,
  lang: "zh",
};

/** `value` when it is one of `allowed`, else `fallback`. */
function oneOf<T>(value: unknown, allowed: readonly T[], fallback: T): T {
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

/** Settings read back from storage are untrusted: keep only well-formed fields, default the rest. */
export function sanitizeSettings(raw: unknown): PaneSettings {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const disabled = Array.isArray(value.disabled) ? value.disabled.filter((id): id is string => typeof id === "string") : [];
  const reasons = (typeof value.disabledReasons === "object" && value.disabledReasons !== null ? value.disabledReasons : {}) as Record<string, unknown>;
  const disabledReasons: Record<string, string> = {};
  for (const id of new Set(disabled)) {
    const reason = reasons[id];
    if (typeof reason === "string" && reason.trim()) disabledReasons[id] = reason.trim().slice(0, 200);
  }
  const scoring = (typeof value.scoring === "object" && value.scoring !== null ? value.scoring : {}) as Record<string, unknown>;
  return {
    disabled: [...new Set(disabled)],
    disabledReasons,
    profile: typeof value.profile === "string" && /^[\w-]{0,40}$/.test(value.profile) ? value.profile : "",
    scoring: {
      costDirection: oneOf(scoring.costDirection, ["at-most", "at-least"] as const, DEFAULT_SCORING.costDirection),
      overAchievement: oneOf(scoring.overAchievement, ["penalize", "cap"] as const, DEFAULT_SCORING.overAchievement),
    },
    administrativeUnit: oneOf(value.administrativeUnit, [true, false], DEFAULT_PANE_SETTINGS.administrativeUnit),
    conventions: sanitizeConventions(value.conventions),
    lang: oneOf(value.lang, ["zh", "en"] as const, DEFAULT_PANE_SETTINGS.lang),
  };
}

export function ruleSettings(settings: PaneSettings): RuleSettings {
  return { disabled: [...settings.disabled], administrativeUnit: settings.administrativeUnit };
}

/** The settings in force as the 审核报告 states them, one line each (Chinese: the report is handed in). */
export function settingsLines(settings: PaneSettings): string[] {
  const lines = [
    `行政/参公单位：${settings.administrativeUnit ? "是" : "否"}`,
    `成本指标：${settings.scoring.costDirection === "at-most" ? "按 ≤ 目标值计分" : "按 ≥ 目标值计分"}`,
    `超额完成：${settings.scoring.overAchievement === "penalize" ? "按 权重×(2−完成率) 扣分" : "按满分计"}`,
    `上年为0时：${settings.conventions.fromZero === "hundred" ? "增长100.00%" : "上年无此项，不可比"}`,
    `与上年相同时：${settings.conventions.equal === "flat" ? "与上年持平" : "增加0.00万元，增长0.00%"}`,
  ];
  for (const id of settings.disabled) lines.push(`停用：${id}${settings.disabledReasons[id] ? `（${settings.disabledReasons[id]}）` : ""}`);
  return lines;
}

/** Office.js saves document settings into the file asynchronously; one promise for every store. */
export function saveOfficeSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message)),
    ),
  );
}

export interface SettingsStore {
  /** true when settings travel with the workbook (Excel), false when they stay in this browser. */
  readonly perWorkbook: boolean;
  load(): Promise<PaneSettings>;
  save(settings: PaneSettings): Promise<void>;
}

const KEY = "fa-checker.settings";

/** Office.context.document.settings: saved inside the workbook file. */
export function officeSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    perWorkbook: true,
    async load() {
      return sanitizeSettings(settings.get(KEY));
    },
    save(value) {
      settings.set(KEY, sanitizeSettings(value));
      return saveOfficeSettings(settings);
    },
  };
}

/** Any Storage (localStorage in preview); a name (the file's) keeps one entry per workbook. */
export function storageSettingsStore(storage: Pick<Storage, "getItem" | "setItem">, workbookName = ""): SettingsStore {
  const key = workbookName ? `${KEY}:${workbookName}` : KEY;
  return {
    perWorkbook: false,
    async load() {
      const text = storage.getItem(key) ?? storage.getItem(KEY);
      if (!text) return sanitizeSettings(null);
      try {
        return sanitizeSettings(JSON.parse(text));
      } catch {
        return sanitizeSettings(null); // a corrupt entry falls back to defaults
      }
    },
    async save(value) {
      const text = JSON.stringify(sanitizeSettings(value));
      storage.setItem(key, text);
      storage.setItem(KEY, text); // the last choice also seeds workbooks not seen yet
    },
  };
}
