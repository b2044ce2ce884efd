import { decideHost, officeHostLikely, type HostHints } from "../../taskpane/host-detect";

const plain: HostHints = { search: "", windowName: "", framed: false, nativeBridge: false, wps: false };

describe("host detection", () => {
  test("a plain top-level browser page is preview and does not load Office.js", () => {
    expect(officeHostLikely(plain)).toBe(false);
    expect(decideHost(plain, null)).toBe("preview");
  });

  test.each([
    ["Office's host info in the URL", { search: "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0" }],
    ["Office's host info in window.name", { windowName: '{"hostInfo":"Excel|Web|16.00"}' }],
    ["Excel on the web's iframe", { framed: true }],
    ["the WebView2/WKWebView bridge", { nativeBridge: true }],
  ])("%s makes the page load Office.js", (_what, hint) => {
    expect(officeHostLikely({ ...plain, ...hint })).toBe(true);
  });

  test("Excel is the host only when Office.js says so", () => {
    const framed = { ...plain, framed: true };
    expect(decideHost(framed, "Excel")).toBe("excel");
    expect(decideHost(framed, null)).toBe("preview"); // Office.js found no host (e.g. a page embedding us)
    expect(decideHost(framed, "Word")).toBe("preview");
  });

  test("WPS wins over Office hints, and ?mode=preview forces preview", () => {
    expect(decideHost({ ...plain, wps: true, framed: true }, null)).toBe("wps");
    expect(officeHostLikely({ ...plain, wps: true, framed: true })).toBe(false);
    const forced = { ...plain, search: "?mode=preview&_host_Info=Excel$Win32", framed: true };
    expect(officeHostLikely(forced)).toBe(false);
    expect(decideHost(forced, "Excel")).toBe("preview");
    expect(officeHostLikely({ ...plain, search: "?mode=office" })).toBe(true);
  });
});
