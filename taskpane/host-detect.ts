/**
 * Which host the page runs in: Excel (Office.js), WPS (its JS API), or none (preview in a plain
 * browser). Decided from what the page can see before any script loads, so that a plain browser
 * never requests Office.js from Microsoft's CDN (preview mode makes no request off the origin).
 *
 * The Office signals are the ones office.js itself reads (OSF retrieveHostInfo): the `_host_Info`
 * query parameter ("Excel$Win32$16.01$zh-CN$…", "Excel$Mac$…", "Excel|Web|…"), a JSON window.name
 * with `hostInfo` (Excel on the web), `window.external.GetHostInfo()` / `agaveHost` (Windows desktop
 * WebViews), the `hostInfoValue` kept in sessionStorage once the pane reloads or navigates (the
 * query parameter is gone then), and the native bridges: WebView2's chrome.webview on Windows,
 * WKWebView's webkit.messageHandlers.Agave on Mac.
 */
export type HostKind = "excel" | "wps" | "preview";

/** What the page can observe about its container; plain data so tests can build it. */
export interface HostHints {
  /** location.search */
  search: string;
  /** window.name: Excel on the web passes {"hostInfo":"Excel|Web|16.00|…"} there. */
  windowName: string;
  /** Office on the web runs the pane in an iframe. */
  framed: boolean;
  /** Office on Windows (WebView2) and on Mac (WKWebView "Agave" handler) expose a native message bridge. */
  nativeBridge: boolean;
  /** window.external.GetHostInfo() or agaveHost.GetHostInfo(): Windows desktop WebViews ("" when absent). */
  externalHostInfo: string;
  /** sessionStorage "hostInfoValue", which office.js keeps across a reload of the pane ("" when absent). */
  sessionHostInfo: string;
  /** WPS injects its `wps` object into the page. */
  wps: boolean;
}

type Loose = Record<string, unknown> & {
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: Record<string, unknown> };
  external?: { GetHostInfo?: () => unknown };
  agaveHost?: { GetHostInfo?: () => unknown };
  wps?: unknown;
};

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function readHints(win: Window): HostHints {
  const w = win as unknown as Loose;
  const framed = safely(() => win.self !== win.top, true); // a cross-origin parent denies access: framed
  const external = safely(() => {
    const get = w.agaveHost?.GetHostInfo ?? w.external?.GetHostInfo;
    return typeof get === "function" ? String(get.call(w.agaveHost?.GetHostInfo ? w.agaveHost : w.external) ?? "") : "";
  }, "");
  return {
    search: win.location.search,
    windowName: typeof win.name === "string" ? win.name : "",
    framed,
    nativeBridge: Boolean(w.chrome?.webview) || Boolean(w.webkit?.messageHandlers?.["Agave"]),
    externalHostInfo: external,
    sessionHostInfo: safely(() => win.sessionStorage.getItem("hostInfoValue") ?? "", ""),
    wps: typeof w.wps === "object" && w.wps !== null,
  };
}

export interface OfficeHostInfo {
  /** "excel", "word" … (lower case, as office.js keeps it). */
  host: string;
  /** "win32", "mac", "web", "ios" … */
  platform: string;
}

/** Parses a host-info value the way office.js does: fields split by "$", or by "|" when "$" gives fewer than three. */
export function parseHostInfo(value: string): OfficeHostInfo | null {
  if (!value) return null;
  const decoded = safely(() => decodeURIComponent(value), value);
  const afterName = decoded.split("_host_Info=");
  const raw = afterName.length > 1 ? afterName[1] : decoded;
  let items = raw.split("$");
  if (items[2] === undefined) items = raw.split("|");
  if (!items[0] || items.length < 2) return null;
  return { host: items[0].toLowerCase(), platform: items[1].toLowerCase() };
}

/** The Office host info from any of the places office.js looks, or null. */
export function officeHostInfo(hints: HostHints): OfficeHostInfo | null {
  const fromQuery = new URLSearchParams(hints.search).get("_host_Info");
  const fromName = safely(() => {
    const parsed = JSON.parse(hints.windowName) as { hostInfo?: unknown } | null;
    return typeof parsed?.hostInfo === "string" ? parsed.hostInfo : "";
  }, "");
  for (const value of [fromQuery ?? "", fromName, hints.externalHostInfo, hints.sessionHostInfo]) {
    const info = parseHostInfo(value);
    if (info) return info;
  }
  return null;
}

/** `?mode=preview` forces preview (and `?mode=office` forces loading Office.js), for testing. */
function forcedMode(search: string): string | null {
  return new URLSearchParams(search).get("mode");
}

/** True when the page is probably inside an Office host, so Office.js should be loaded. */
export function officeHostLikely(hints: HostHints): boolean {
  const mode = forcedMode(hints.search);
  if (mode === "preview") return false;
  if (mode === "office") return true;
  if (hints.wps) return false;
  if (officeHostInfo(hints) !== null) return true;
  return hints.framed || hints.nativeBridge;
}

/**
 * The host, once Office.js (if loaded) has answered: `officeHost` is Office.onReady's `info.host`
 * ("Excel"), or null when Office.js is absent, timed out or found no host. Excel's own host info
 * (query, window.name, external, session) also says Excel: preview is only for a plain browser.
 */
export function decideHost(hints: HostHints, officeHost: string | null): HostKind {
  if (forcedMode(hints.search) === "preview") return "preview";
  if (hints.wps) return "wps";
  if (officeHost === "Excel") return "excel";
  if (officeHost === null && officeHostInfo(hints)?.host === "excel") return "excel";
  return "preview";
}

/** Waits for Office.js (when it was loaded) and reports the host it found; null when none. */
export async function officeHost(timeoutMs = 10000): Promise<string | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const ready = office.onReady().then((info) => (info && info.host ? String(info.host) : null));
  return Promise.race([ready, timeout]);
}
