/**
 * `npm run build` end to end: dist/ as webpack's production mode writes it (built once per run and
 * shared with the e2e test, see test/support/dist.ts), then the
 * output is checked the way Office will use it (functions.json, functions.js, the page, the manifest).
 */
import fs from "fs";
import nodePath from "path";
import { parseManifest, resources } from "../manifest/parse-manifest";
import { ensureDist } from "../support/dist";

let out = "";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { urlProd } = require("../../webpack.config.js") as { urlProd: string };

interface FunctionParameter {
  name: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameter[];
}

/** The contract of issue 2: each function's arguments in order, optional ones marked. */
const SIGNATURES: Record<string, string[]> = {
  EXECRATE: ["executed", "budget"],
  VARIANCERATE: ["actual", "base", "[strict]"],
  INDICATORSCORE: ["weight", "target", "actual", "[rule]"],
  COMPLETIONRATE: ["target", "actual"],
  EXECSCORE: ["executed", "budget", "[weight]"],
  SHARE: ["part", "total"],
  VARIANCETEXT: ["current", "previous", "[subject]", "[reason]"],
  SUMCHECK: ["total", "items"],
};

const read = (file: string) => fs.readFileSync(nodePath.join(out, file), "utf8");

beforeAll(() => {
  out = ensureDist();
}, 600_000);

describe("production build", () => {
  test("functions.json lists the eight FA functions with their parameters in contract order", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: FunctionMetadata[] };
    const byId = new Map(metadata.functions.map((f) => [f.id, f]));
    expect([...byId.keys()].sort()).toEqual(Object.keys(SIGNATURES).sort());
    for (const [id, params] of Object.entries(SIGNATURES)) {
      const fn = byId.get(id) as FunctionMetadata;
      expect(fn.description ?? "").toMatch(/[\u4e00-\u9fff]/); // Chinese description for the accountant
      expect(fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(params);
    }
  });

  test("functions.zh-CN.json gives every function its Chinese name, ids unchanged", () => {
    const english = JSON.parse(read("functions.json")) as { functions: FunctionMetadata[] };
    const chinese = JSON.parse(read("functions.zh-CN.json")) as { functions: (FunctionMetadata & { name: string })[] };
    expect(chinese.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    const names = Object.fromEntries(chinese.functions.map((f) => [f.id, f.name]));
    expect(names).toMatchObject({ EXECRATE: "执行率", INDICATORSCORE: "指标得分", VARIANCETEXT: "增减说明", SUMCHECK: "合计校验" });
    for (const f of chinese.functions) expect(f.name).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  test("functions.js registers every function id", () => {
    const bundle = read("functions.js");
    for (const id of Object.keys(SIGNATURES)) expect(bundle).toMatch(new RegExp(`associate\\)?\\(\\s*"${id}"`));
  });

  test("taskpane.html loads only local scripts, in order, under a CSP without eval or inline script", () => {
    const html = read("taskpane.html");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc.split(/\s+/)).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp).toMatch(/connect-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["office-loader.js", "functions.js", "taskpane.js"]);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script
    for (const file of [...scripts, "taskpane.css"]) expect(fs.existsSync(nodePath.join(out, file))).toBe(true);
  });

  test("no bundle uses eval, and the page's own code references no remote origin but Office.js's CDN", () => {
    const bundles = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    for (const file of bundles) expect(read(file)).not.toMatch(/\beval\(/);
    // Entry bundles only: the ExcelJS chunk holds XML namespace and licence URLs that are never
    // fetched (the e2e run records the page's actual requests).
    const origins = (file: string) =>
      [...read(file).matchAll(/["'`](https?:\/\/[^"'`/]+)\//g)].map((m) => m[1]).filter((o) => !/w3\.org|schemas\./.test(o));
    expect(origins("office-loader.js")).toEqual(["https://appsforoffice.microsoft.com"]);
    expect(origins("functions.js")).toEqual([]);
    expect(origins("taskpane.js")).toEqual([]);
  });

  test("the manifest in dist points at the production URL only", () => {
    const text = read("manifest.xml");
    expect(text).not.toMatch(/localhost/i);
    const urls = [...resources(parseManifest(text)).values()].filter((v) => /^https?:/.test(v));
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) expect(url.startsWith(urlProd)).toBe(true);
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(nodePath.join(out, "assets", `icon-${size}.png`))).toBe(true);
  });
});
