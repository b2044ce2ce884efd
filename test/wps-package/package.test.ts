/**
 * `npm run build:wps` output: every XML file is well-formed, and every file the deployment files,
 * the ribbon and the pages name exists in dist/wps/ (built here into a temporary folder).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = join(__dirname, "../..");
let out = "";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [relative(out, full).split("\\").join("/")];
  });
}

const read = (file: string) => readFileSync(join(out, file), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** The local files a page loads (script src, link href), relative to the page. */
function pageRefs(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=["']?([^"' >]+)/g)].map((m) => m[1]);
  return refs.filter((r) => !/^https?:/.test(r));
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "fa-wps-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "target=wps", "--env", `outDir=${out}`], {
    cwd: ROOT,
    stdio: "pipe",
  });
}, 600_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("dist/wps", () => {
  test("every XML file is well-formed", () => {
    const xml = files(out).filter((f) => f.endsWith(".xml"));
    expect(xml.sort()).toEqual(expect.arrayContaining(["jsplugins.xml", "offline/jsaddons/publish.xml", "publish.xml", "ribbon.xml"]));
    for (const file of xml) expect({ file, valid: XMLValidator.validate(read(file)) }).toEqual({ file, valid: true });
  });

  test("ribbon.xml has a 决算校验 button whose callbacks the main page defines", () => {
    const ribbon = parser.parse(read("ribbon.xml")).customUI;
    const buttons = asList(ribbon.ribbon.tabs.tab).flatMap((tab: { group: unknown }) => asList(tab.group)).flatMap((g) => asList((g as { button: unknown }).button)) as Record<string, string>[];
    const button = buttons.find((b) => b["@label"] === "决算校验");
    expect(button).toBeDefined();
    const callbacks = [ribbon["@onLoad"], button!["@onAction"], button!["@getImage"]];
    const page = read("index.html");
    const scripts = pageRefs(page).filter((r) => r.endsWith(".js"));
    const code = scripts.map(read).join("\n");
    for (const name of callbacks) expect(code).toMatch(new RegExp(`\\.${name}\\s*=|\\["${name}"\\]\\s*=`));
    // the icon GetImage returns and the pane the button opens
    expect(code).toContain("./assets/icon-32.png");
    expect(existsSync(join(out, "assets/icon-32.png"))).toBe(true);
    expect(code).toContain("taskpane.html");
    expect(code).toContain("CreateTaskPane");
  });

  test("every file the pages load exists", () => {
    for (const page of ["index.html", "taskpane.html"]) {
      const refs = pageRefs(read(page));
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect({ page, ref, exists: existsSync(join(out, ref)) }).toEqual({ page, ref, exists: true });
    }
  });

  test("online deployment files point at one URL whose ribbon.xml and index.html are in dist/wps", () => {
    for (const file of ["publish.xml", "jsplugins.xml"]) {
      const entries = asList(parser.parse(read(file)).jsplugins.jspluginonline) as Record<string, string>[];
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry["@type"]).toBe("et");
      expect(entry["@url"]).toMatch(/^https?:\/\/.+\/$/);
      expect(entry["@url"]).not.toContain("{{");
      for (const needed of ["ribbon.xml", "index.html"]) expect(existsSync(join(out, needed))).toBe(true);
    }
  });

  test("the online publish.xml entry has the attributes wpsjs publish writes", () => {
    const entry = parser.parse(read("publish.xml")).jsplugins.jspluginonline as Record<string, string>;
    expect(Object.keys(entry).sort()).toEqual(["@customDomain", "@debug", "@enable", "@install", "@name", "@type", "@url"]);
    expect([entry["@enable"], entry["@install"]]).toEqual(["enable_dev", "null"]);
  });

  test("the offline package is in wpsjs's form: publish.xml entry and a <name>_<version> folder with the whole add-in", () => {
    const entry = parser.parse(read("offline/jsaddons/publish.xml")).jsplugins.jsplugin as Record<string, string>;
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version as string;
    expect(entry["@version"]).toBe(version);
    expect([entry["@enable"], entry["@install"], entry["@type"]]).toEqual(["enable_dev", "null", "et"]);
    const folder = `offline/jsaddons/${entry["@name"]}_${entry["@version"]}`;
    expect(entry["@url"]).toBe(`${entry["@name"]}_${entry["@version"]}`);
    for (const script of ["offline/install.bat", "offline/install.sh"]) {
      expect(read(script)).toContain(`${entry["@name"]}_${entry["@version"]}`);
      expect(read(script)).not.toContain("{{");
    }
    const addin = files(out).filter((f) => !/^offline\/|^(publish|jsplugins)\.xml$|^README\.md$|\.map$/.test(f));
    expect(addin).toEqual(expect.arrayContaining(["index.html", "ribbon.xml", "taskpane.html", "wps-main.js"]));
    for (const f of addin) expect({ f, copied: existsSync(join(out, folder, f)) }).toEqual({ f, copied: true });
    expect(readFileSync(join(out, folder, "ribbon.xml"), "utf8")).toBe(read("ribbon.xml"));
  });
  test("install.sh installs into ~/.local/share/Kingsoft/wps/jsaddons and keeps the other add-ins of publish.xml", () => {
    const home = mkdtempSync(join(tmpdir(), "fa-home-"));
    try {
      const jsaddons = join(home, ".local/share/Kingsoft/wps/jsaddons");
      execFileSync("mkdir", ["-p", jsaddons]);
      writeFileSync(join(jsaddons, "publish.xml"), '<jsplugins>\n  <jsplugin name="Other" type="wps" url="Other_1.0.0" version="1.0.0" enable="enable_dev" install="null" customDomain=""/>\n</jsplugins>\n');
      for (let i = 0; i < 2; i++) execFileSync("sh", [join(out, "offline/install.sh")], { env: { ...process.env, HOME: home }, stdio: "pipe" });
      const listed = asList(parser.parse(readFileSync(join(jsaddons, "publish.xml"), "utf8")).jsplugins.jsplugin) as Record<string, string>[];
      expect(listed.map((e) => e["@name"])).toEqual(["Other", "FaChecker"]);
      expect(existsSync(join(jsaddons, listed[1]["@url"], "index.html"))).toBe(true);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
