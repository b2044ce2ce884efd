/**
 * Entry of the WPS add-in's main page (index.html): ribbon callbacks and the FA functions.
 * WPS calls the ribbon callbacks by the names in ribbon.xml, so they are set on window.
 */
import { registerWps, type WpsCustomFunctionHost } from "../functions/register-wps";
import { saveFunctionsStatus, type FunctionsStatus } from "./functions-status";

interface TaskPane {
  Visible: boolean;
  ID: number;
  DockPosition?: number;
}
interface WpsRoot {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: number): TaskPane | null;
  PluginStorage?: { getItem(key: string): unknown; setItem(key: string, value: string): void };
  AddCustomFunction?: WpsCustomFunctionHost["AddCustomFunction"];
}

const PANE_ID_KEY = "fa.taskpane.id";
type Page = Record<string, unknown> & { wps?: WpsRoot; location?: { href: string } };
const win: Page = typeof window !== "undefined" ? (window as unknown as Page) : {};

/** The pane page sits next to this page in the add-in folder (online URL or jsaddons folder). */
export function paneUrl(pageUrl: string): string {
  return new URL("taskpane.html", pageUrl).href;
}

/** Registers the FA functions where WPS can (12.1.0.20540+); older builds lack AddCustomFunction. */
export function registerFunctions(wps: WpsRoot): FunctionsStatus {
  if (typeof wps.AddCustomFunction !== "function") return "unsupported";
  try {
    registerWps(wps as WpsCustomFunctionHost);
    return "registered";
  } catch {
    return "failed";
  }
}

/** Shows the task pane, creating it once; its id is kept so a second click reuses it. */
export function openPane(wps: WpsRoot, pageUrl: string): TaskPane {
  const id = Number(wps.PluginStorage?.getItem(PANE_ID_KEY));
  const existing = Number.isFinite(id) && id > 0 ? wps.GetTaskPane(id) : null;
  const pane = existing ?? wps.CreateTaskPane(paneUrl(pageUrl), "决算校验助手");
  if (!existing) wps.PluginStorage?.setItem(PANE_ID_KEY, String(pane.ID));
  pane.Visible = true;
  return pane;
}

win.OnAddinLoad = () => {
  if (win.wps) saveFunctionsStatus(win.wps.PluginStorage, registerFunctions(win.wps));
  return true;
};

win.OnAction = (control: { Id: string }) => {
  if (control.Id === "btnFaCheck" && win.wps && win.location) openPane(win.wps, win.location.href);
  return true;
};

win.GetImage = (control: { Id: string }) => (control.Id === "btnFaCheck" ? "./assets/icon-32.png" : "");
