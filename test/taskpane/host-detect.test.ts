import { decideHost, officeHostInfo, officeHostLikely, parseHostInfo, type HostHints } from "../../taskpane/host-detect";

const plain: HostHints = { search: "", windowName: "", framed: false, nativeBridge: false, externalHostInfo: "", sessionHostInfo: "", wps: false };

describe("host detection", () => {
  test("a plain top-level browser page is preview and does not load Office.js", () => {
    expect(officeHostLikely(plain)).toBe(false);
    expect(decideHost(plain, null)).toBe("preview");
  });

  // one case per host signature office.js itself reads
  test.each([
    ["Excel on Windows (query)", { search: "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0" }, "win32"],
    ["Excel on Windows after the pane reloaded (sessionStorage)", { sessionHostInfo: "Excel$Win32$16.01$zh-CN$$$$0", nativeBridge: true }, "win32"],
    ["Excel on an older Windows desktop (window.external.GetHostInfo)", { externalHostInfo: "Excel|Win32|16.01|zh-CN|telemetry|" }, "win32"],
    ["Excel on Mac (query + WKWebView Agave bridge)", { search: "?_host_Info=Excel%24Mac%2416.01%24zh-CN%24%24%24%240", nativeBridge: true }, "mac"],
    ["Excel on the web (window.name, iframe)", { windowName: '{"hostInfo":"Excel|Web|16.00|zh-CN|a1b2|||"}', framed: true }, "web"],
  ])("%s: Office.js is loaded and the host is Excel", (_what, hint, platform) => {
    const hints = { ...plain, ...hint };
    expect(officeHostLikely(hints)).toBe(true);
    expect(officeHostInfo(hints)).toEqual({ host: "excel", platform });
    expect(decideHost(hints, "Excel")).toBe("excel");
    // also when Office.onReady answered nothing in time: Excel's own host info decides, never preview
    expect(decideHost(hints, null)).toBe("excel");
  });

  test("WPS by its own global: WPS wins over Office hints and never loads Office.js", () => {
    const wps = { ...plain, wps: true, framed: true };
    expect(decideHost(wps, null)).toBe("wps");
    expect(officeHostLikely(wps)).toBe(false);
  });

  test("a bare bridge or iframe loads Office.js, but only Office's answer makes it Excel", () => {
    for (const hint of [{ framed: true }, { nativeBridge: true }]) {
      const hints = { ...plain, ...hint };
      expect(officeHostLikely(hints)).toBe(true);
      expect(decideHost(hints, "Excel")).toBe("excel");
      expect(decideHost(hints, null)).toBe("preview"); // a page embedding us
      expect(decideHost(hints, "Word")).toBe("preview");
    }
  });

  test("?mode=preview forces preview and ?mode=office forces Office.js", () => {
    const forced = { ...plain, search: "?mode=preview&_host_Info=Excel$Win32$16.01", framed: true };
    expect(officeHostLikely(forced)).toBe(false);
    expect(decideHost(forced, "Excel")).toBe("preview");
    expect(officeHostLikely({ ...plain, search: "?mode=office" })).toBe(true);
  });

  test("host info parses both separators and rejects junk", () => {
    expect(parseHostInfo("Excel$Win32$16.01$zh-CN")).toEqual({ host: "excel", platform: "win32" });
    expect(parseHostInfo("Word|Web|16.00")).toEqual({ host: "word", platform: "web" });
    expect(parseHostInfo("")).toBeNull();
    expect(parseHostInfo("nonsense")).toBeNull();
    expect(decideHost({ ...plain, search: "?_host_Info=Word$Win32$16.01" }, null)).toBe("preview");
  });
});
