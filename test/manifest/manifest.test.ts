/** The manifest's shared-runtime wiring, read offline (no network, no Office). */
import fs from "fs";
import nodePath from "path";
import { attr, descendants, parseManifest, path, resources, textOf, workbookHost, type XmlNode } from "./parse-manifest";
import { MANIFEST_SETS } from "../../src/hosts/excel-requirements";

const root = nodePath.resolve(__dirname, "../..");
const xml = fs.readFileSync(nodePath.join(root, "manifest.xml"), "utf8");
const app = parseManifest(xml);
const res = resources(app);
const host = workbookHost(app);

function urlOf(resid: string | undefined): string {
  const url = resid === undefined ? undefined : res.get(resid);
  if (url === undefined) throw new Error(`resid ${resid} is not defined`);
  return url;
}

function one(nodes: XmlNode[], what: string): XmlNode {
  expect(nodes).toHaveLength(1);
  if (!nodes[0]) throw new Error(`missing ${what}`);
  return nodes[0];
}

describe("manifest.xml", () => {
  test("is the 决算校验助手 task pane add-in for workbooks, zh-CN with an en-US override", () => {
    expect(attr(app, "type")).toBe("TaskPaneApp");
    expect(textOf(app, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(textOf(app, "Version")).toBe("1.0.0.0");
    expect(textOf(app, "DefaultLocale")).toBe("zh-CN");
    const name = one(path(app, "DisplayName"), "DisplayName");
    expect(attr(name, "DefaultValue")).toBe("决算校验助手");
    expect(path(name, "Override").map((o) => attr(o, "Locale"))).toContain("en-US");
    expect(path(app, "Hosts", "Host").map((h) => attr(h, "Name"))).toEqual(["Workbook"]);
  });

  test("requires the shared runtime and keeps it alive (lifetime long) on the task pane URL", () => {
    const sets = path(app, "Requirements", "Sets", "Set");
    expect(sets.some((s) => attr(s, "Name") === "SharedRuntime" && attr(s, "MinVersion") === "1.1")).toBe(true);
    const runtime = one(path(host, "Runtimes", "Runtime"), "Runtime");
    expect(attr(runtime, "lifetime")).toBe("long");
    expect(attr(runtime, "resid")).toBe("Taskpane.Url");
    expect(urlOf("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
    expect(attr(one(path(app, "DefaultSettings", "SourceLocation"), "SourceLocation"), "DefaultValue")).toBe(urlOf("Taskpane.Url"));
  });

  test("FunctionFile and the custom functions' page are the task pane page (one shared runtime)", () => {
    const functionFile = one(path(host, "DesktopFormFactor", "FunctionFile"), "FunctionFile");
    expect(attr(functionFile, "resid")).toBe("Taskpane.Url");
    const point = one(
      path(host, "AllFormFactors", "ExtensionPoint").filter((e) => attr(e, "type") === "CustomFunctions"),
      "CustomFunctions extension point",
    );
    const source = (name: string) => attr(one(path(point, name, "SourceLocation"), name), "resid");
    expect(source("Page")).toBe("Taskpane.Url");
    expect(urlOf(source("Script"))).toBe("https://localhost:3000/functions.js");
    expect(urlOf(source("Metadata"))).toBe("https://localhost:3000/functions.zh-CN.json");
    expect(urlOf(attr(one(path(point, "Namespace"), "Namespace"), "resid"))).toBe("FA");
  });

  test("the default locale (zh-CN) gets the Chinese function names, en-US the English ones by its override", () => {
    const metadataUrl = [...descendants(app)].find(([, node]) => attr(node, "id") === "Functions.Metadata.Url")?.[1];
    expect(metadataUrl).toBeDefined();
    const overrides = path(metadataUrl as XmlNode, "Override").map((o) => [attr(o, "Locale"), attr(o, "Value")]);
    expect(overrides).toEqual([["en-US", "https://localhost:3000/functions.json"]]);
  });

  test("locale overrides follow the documented form: one per language other than DefaultLocale", () => {
    // https://learn.microsoft.com/en-us/javascript/api/manifest/override (LocaleTokenOverride)
    const defaultLocale = textOf(app, "DefaultLocale")!.toLowerCase();
    const withOverrides = [...descendants(app)].map(([, node]) => node).filter((node) => path(node, "Override").length > 0);
    expect(withOverrides.length).toBeGreaterThan(5);
    for (const node of withOverrides) {
      const locales = path(node, "Override").map((o) => (attr(o, "Locale") ?? "").toLowerCase());
      expect(locales).not.toContain(defaultLocale);
      expect(new Set(locales).size).toBe(locales.length);
      expect(locales.every((l) => /^[a-z]{2,3}-[a-z]{2}$/.test(l))).toBe(true);
    }
    // every text a user reads has its English form
    const texts = [...descendants(app)].map(([, node]) => node).filter((node) => attr(node, "id") !== undefined && /[\u4e00-\u9fff]/.test(attr(node, "DefaultValue") ?? ""));
    const shown = [...texts, ...path(app, "DisplayName"), ...path(app, "Description")];
    for (const node of shown) expect(path(node, "Override").map((o) => attr(o, "Locale"))).toEqual(["en-US"]);
  });

  test("declares exactly the minimum requirement sets the code needs (docs/requirement-sets.md)", () => {
    const sets = path(app, "Requirements", "Sets", "Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")]);
    expect(sets).toEqual(MANIFEST_SETS.map((s) => [s.name, s.version]));
    expect(sets.map(([name]) => name)).not.toContain("CustomFunctionsRuntime"); // would hide the add-in on LTSC 2021
  });

  test("a Home-tab button in the 决算校验 group opens the task pane", () => {
    const tab = one(
      path(host, "DesktopFormFactor", "ExtensionPoint")
        .filter((e) => attr(e, "type") === "PrimaryCommandSurface")
        .flatMap((e) => path(e, "OfficeTab")),
      "OfficeTab",
    );
    expect(attr(tab, "id")).toBe("TabHome");
    const group = one(path(tab, "Group"), "Group");
    expect(urlOf(attr(one(path(group, "Label"), "Label"), "resid"))).toBe("决算校验");
    const button = one(path(group, "Control"), "Control");
    expect(attr(button, "type")).toBe("Button");
    const action = one(path(button, "Action"), "Action");
    expect(attr(action, "type")).toBe("ShowTaskpane");
    expect(attr(one(path(action, "SourceLocation"), "SourceLocation"), "resid")).toBe("Taskpane.Url");
    const sizes = path(button, "Icon", "Image").map((i) => attr(i, "size"));
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  test("every resid used is defined, and every icon it names exists in assets/", () => {
    const used = [...descendants(app)].map(([, node]) => attr(node, "resid")).filter((r): r is string => r !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) expect(res.has(resid)).toBe(true);
    const iconUrls = [...res.values(), ...["IconUrl", "HighResolutionIconUrl"].map((n) => attr(path(app, n)[0], "DefaultValue") ?? "")]
      .filter((url) => url.endsWith(".png"));
    expect(iconUrls.length).toBeGreaterThanOrEqual(4);
    for (const url of iconUrls) {
      const file = nodePath.join(root, new URL(url).pathname);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]); // IHDR width, height
    }
  });

  test("every URL points at the dev server (the build rewrites them all)", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
  });
});
