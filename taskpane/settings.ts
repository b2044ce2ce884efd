/** The pane's settings, kept per workbook in Excel (document settings) or in localStorage in preview. */
import type { ExplainSettings } from "../src/explain";
import type { RuleSettings } from "../src/rules/shared/types";
import type { Lang } from "./i18n";
import { PROFILE_IDS, profileById } from "../src/profiles";

/** The regional wording conventions of the generated 说明 the user may choose (DOMAIN §5). */
export type Conventions = Pick<ExplainSettings, "thousands" | "fromZero" | "equal" | "budgetPhrasing">;

export const DEFAULT_CONVENTIONS: Conventions = {
  thousands: true,
  fromZero: "hundred",
  equal: "zero-change",
  budgetPhrasing: "xinjiang",
};

export interface PaneSettings {
  /** rule ids switched off. */
  disabled: string[];
  /** 行政/参公 unit: 机关运行经费 = 公用经费 applies. */
  administrativeUnit: boolean;
  /** wording of the generated explanation. */
  conventions: Conventions;
  lang: Lang;
  /** region profile id (src/profiles); "" = guessed from the workbook. Saved with the workbook. */
  profile: string;
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  disabled: [],
  administrativeUnit: true,
  conventions: DEFAULT_CONVENTIONS,
  lang: "zh",
  profile: "",
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
  return {
    disabled: [...new Set(disabled)],
    administrativeUnit: oneOf(value.administrativeUnit, [true, false], DEFAULT_PANE_SETTINGS.administrativeUnit),
    conventions: sanitizeConventions(value.conventions),
    lang: oneOf(value.lang, ["zh", "en"] as const, DEFAULT_PANE_SETTINGS.lang),
    profile: oneOf(value.profile, ["", ...PROFILE_IDS], DEFAULT_PANE_SETTINGS.profile),
  };
}

export function ruleSettings(settings: PaneSettings): RuleSettings {
  const profile = settings.profile ? profileById(settings.profile) : undefined;
  return { disabled: [...settings.disabled], administrativeUnit: settings.administrativeUnit, ...(profile ? { profile } : {}) };
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
      return new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message)),
        ),
      );
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
