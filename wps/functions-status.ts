/**
 * Whether the FA custom functions could be registered in this WPS. The add-in's main page
 * registers them at start-up; the task pane is another page, so the answer travels through
 * wps.PluginStorage (shared by all pages of one add-in, not persisted).
 */
export const FUNCTIONS_STATUS_KEY = "fa.functions";
export type FunctionsStatus = "registered" | "unsupported" | "failed";

interface Storage {
  getItem(key: string): unknown;
  setItem(key: string, value: string): void;
}

export function saveFunctionsStatus(storage: Storage | undefined, status: FunctionsStatus): void {
  storage?.setItem(FUNCTIONS_STATUS_KEY, status);
}

/** What the pane shows: null when registered (or unknown), else a bilingual notice. */
export function functionsNotice(storage: Storage | undefined): string | null {
  const status = storage?.getItem(FUNCTIONS_STATUS_KEY);
  if (status === "unsupported") {
    return "FA 自定义函数需要 WPS 12.1.0.20540 或更高版本；校验、标记和生成说明不受影响。 / The FA functions need WPS 12.1.0.20540 or later; checking, marking and the explanation still work.";
  }
  if (status === "failed") return "FA 自定义函数注册失败，请重启 WPS。 / The FA functions could not be registered; restart WPS.";
  return null;
}
