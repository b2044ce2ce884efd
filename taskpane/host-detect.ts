/**
 * Which host the page runs in: Excel (Office.js), WPS (its JS API), or none (preview in a plain
 * browser). Decided from what the page can see before any script loads, so that a plain browser
 * never requests Office.js from Microsoft's CDN (preview mode makes no request off the origin).
 */
export type HostKind = "excel" | "wps" | "preview";

/** What the page can observe about its container; plain data so tests can build it. */
export interface HostHints {
  /** location.search */
  search: string;
  /** Office passes its host info in the URL (`_host_Info=Excel$Win32$16.01$zh-CN...`) or in window.name. */
  windowName: string;
  /** Office on the web runs the pane in an iframe. */
  framed: boolean;
  /** Office on Windows (WebView2) and on Mac (WKWebView) expose a native message bridge. */
  nativeBridge: boolean;
  /** WPS injects its application object into the page. */
  wps: boolean;
}

export function readHints(win: Window): HostHints {
  const w = win as unknown as Record<string, unknown> & {
    chrome?: { webview?: unknown };
    webkit?: { messageHandlers?: Record<string, unknown> };
  };
  let framed = false;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true; // a cross-origin parent denies access: we are framed
  }
  return {
    search: win.location.search,
    windowName: typeof win.name === "string" ? win.name : "",
    framed,
    nativeBridge: Boolean(w.chrome?.webview) || Boolean(w.webkit?.messageHandlers?.["Office"]),
    wps: typeof w["wps"] === "object" && w["wps"] !== null,
  };
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
  if (/[?&]_host_Info=/i.test(hints.search) || /_host_Info|hostInfo/i.test(hints.windowName)) return true;
  return hints.framed || hints.nativeBridge;
}

/**
 * The host, once Office.js (if loaded) has answered: `officeHost` is Office.onReady's `info.host`
 * ("Excel"), or null when Office.js is absent or found no host.
 */
export function decideHost(hints: HostHints, officeHost: string | null): HostKind {
  if (forcedMode(hints.search) === "preview") return "preview";
  if (hints.wps) return "wps";
  if (officeHost === "Excel") return "excel";
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
