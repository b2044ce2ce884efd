/**
 * SLOW (two production webpack builds, minutes on a busy machine): `npm run release -- --url https://example.invalid/fa/`
 * into a temporary folder, then the packages are checked as a deployer would use them: the Excel manifest points
 * at the URL and passes the offline manifest checks, the WPS files name URL + "wps/" and the versioned offline
 * folder, and CHECKSUMS covers every file with its real sha256. (The CLI tarball is left out here: --no-cli.)
 */
import { createHash } from "crypto";
import fs from "fs";
import os from "os";
import nodePath from "path";
import { checkManifest, listFiles, parseArgs, release } from "../../scripts/release";

const URL = "https://example.invalid/fa/";
const VERSION = (JSON.parse(fs.readFileSync(nodePath.resolve(__dirname, "../../package.json"), "utf8")) as { version: string }).version;
let out = "";

describe("arguments", () => {
  test("the URL is required, https only, and gets its trailing slash", () => {
    expect(() => parseArgs([], {})).toThrow(/--url/);
    expect(() => parseArgs(["--url", "http://example.invalid/fa/"], {})).toThrow(/https/);
    expect(parseArgs(["--url", "https://example.invalid/fa"], {}).url).toBe(URL);
    expect(parseArgs([], { FA_RELEASE_URL: URL }).url).toBe(URL);
    expect(parseArgs(["--url", URL, "--no-cli"], {}).cli).toBe(false);
  });
});

describe("npm run release", () => {
  beforeAll(() => {
    out = fs.mkdtempSync(nodePath.join(os.tmpdir(), "fa-release-"));
    release({ url: URL, out, cli: false }, () => undefined);
  }, 1_200_000);

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  test("excel/manifest.xml points every URL at the site, names built files, carries the package version", () => {
    const excel = nodePath.join(out, "excel");
    expect(checkManifest(excel, URL, VERSION)).toEqual([]);
    const xml = fs.readFileSync(nodePath.join(excel, "manifest.xml"), "utf8");
    expect(xml).toContain(`<Version>${VERSION}.0</Version>`);
    expect(xml).toContain(`${URL}taskpane.html`);
    expect(xml).not.toContain("localhost");
  });

  test("the manifest check catches a URL outside the site and a missing file", () => {
    const copy = fs.mkdtempSync(nodePath.join(os.tmpdir(), "fa-release-bad-"));
    try {
      const xml = fs.readFileSync(nodePath.join(out, "excel", "manifest.xml"), "utf8");
      fs.writeFileSync(nodePath.join(copy, "manifest.xml"), xml.replace(`${URL}functions.js`, "https://elsewhere.invalid/functions.js"));
      const problems = checkManifest(copy, URL, VERSION);
      expect(problems.some((p) => p.includes("elsewhere.invalid"))).toBe(true);
      expect(problems.some((p) => p.includes("taskpane.html"))).toBe(true); // not in this copy
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  test("wps/ has the online files for URL + wps/ and the versioned offline jsaddons folder", () => {
    const wps = nodePath.join(out, "wps");
    expect(fs.readFileSync(nodePath.join(wps, "publish.xml"), "utf8")).toContain(`${URL}wps/`);
    expect(fs.readFileSync(nodePath.join(wps, "jsplugins.xml"), "utf8")).toContain(`${URL}wps/`);
    const offline = nodePath.join(wps, "offline", "jsaddons", `FaChecker_${VERSION}`);
    expect(fs.existsSync(nodePath.join(offline, "index.html"))).toBe(true);
    expect(fs.existsSync(nodePath.join(offline, "ribbon.xml"))).toBe(true);
  });

  test("CHECKSUMS lists every other file once with its sha256", () => {
    const lines = fs.readFileSync(nodePath.join(out, "CHECKSUMS"), "utf8").trimEnd().split("\n");
    const listed = lines.map((line) => {
      const [hash, file] = line.split(/ {2}/);
      return { hash, file };
    });
    expect(listed.map((l) => l.file)).toEqual(listFiles(out).filter((f) => f !== "CHECKSUMS"));
    expect(listed.map((l) => l.file)).toContain("excel/manifest.xml");
    for (const { hash, file } of listed) {
      expect({ file, hash }).toEqual({ file, hash: createHash("sha256").update(fs.readFileSync(nodePath.join(out, file))).digest("hex") });
    }
  });
});
