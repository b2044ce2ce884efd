/** The pane's settings, kept per workbook in Excel (document settings) or in localStorage in preview. */
import { DEFAULT_CONFIG, oneOf, sanitizeConfig, type ReviewConfig } from "../src/review/config";
import type { Lang } from "./i18n";

export type { Conventions, ScoringChoice } from "../src/review/config";
export { DEFAULT_CONVENTIONS, ruleSettings, settingsLines } from "../src/review/config";

export interface PaneSettings extends ReviewConfig {
  lang: Lang;
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = { ...DEFAULT_CONFIG, lang: "zh" };

/** Settings read back from storage are untrusted: keep only well-formed fields, default the rest. */
export function sanitizeSettings(raw: unknown): PaneSettings {
  const value = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  return { ...sanitizeConfig(raw), lang: oneOf(value.lang, ["zh", "en"] as const, DEFAULT_PANE_SETTINGS.lang) };
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
