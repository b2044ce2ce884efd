/**
 * Where the pane keeps 出错说明: in Excel the document's settings part (saved inside the workbook
 * file, never in the user's cells; the CLI reads it back from xl/webextensions), in preview this
 * browser's localStorage, one entry per workbook name.
 */
import { sanitizeWaivers, type Waiver } from "../src/review/waivers";
import { saveOfficeSettings } from "./settings";

/** The settings key: src/review/stored-reviews.ts reads the same key from an .xlsx file. */
export { REVIEW_SETTINGS_KEY } from "../src/review/stored-reviews";
import { REVIEW_SETTINGS_KEY } from "../src/review/stored-reviews";

export interface ReviewStore {
  /** true when the reasons travel with the workbook (Excel), false when they stay in this browser. */
  readonly perWorkbook: boolean;
  load(): Promise<Waiver[]>;
  save(waivers: Waiver[]): Promise<void>;
}

export function officeReviewStore(settings: Office.Settings): ReviewStore {
  return {
    perWorkbook: true,
    async load() {
      return sanitizeWaivers(settings.get(REVIEW_SETTINGS_KEY));
    },
    save(waivers) {
      settings.set(REVIEW_SETTINGS_KEY, sanitizeWaivers(waivers));
      return saveOfficeSettings(settings);
    },
  };
}

export function storageReviewStore(storage: Pick<Storage, "getItem" | "setItem">, workbookName = ""): ReviewStore {
  const key = `${REVIEW_SETTINGS_KEY}:${workbookName}`;
  return {
    perWorkbook: false,
    async load() {
      try {
        return sanitizeWaivers(JSON.parse(storage.getItem(key) ?? "[]"));
      } catch {
        return []; // a corrupt entry: nothing waived
      }
    },
    async save(waivers) {
      storage.setItem(key, JSON.stringify(sanitizeWaivers(waivers)));
    },
  };
}

/** Forgets on reload: for tests and for pages where storage is blocked. */
export function memoryReviewStore(): ReviewStore {
  const items = new Map<string, string>();
  return storageReviewStore({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) });
}
