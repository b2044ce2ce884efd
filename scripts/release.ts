/**
 * `npm run release -- --url https://…/ [--out release] [--no-cli]`: the deployable packages in one folder.
 *
 * release/
 *   excel/     the static site to host at the URL, with manifest.xml pointing at it (<Version> from package.json)
 *   wps/       the WPS add-in as `npm run build:wps` lays it out, for the URL + "wps/": publish.xml, jsplugins.xml,
 *              offline/jsaddons/FaChecker_<version>/ (copy into a user's jsaddons folder)
 *   cli/       fa-check-<version>.tgz (`npm run pack:cli`), when package.json has build:cli
 *   CHECKSUMS  sha256 of every file above, in `sha256sum -c` format
 *
 * The URL may also come from FA_RELEASE_URL. docs/deploy.md says what to do with each folder.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import fs from "fs";
import nodePath from "path";
import { attr, descendants, parseManifest, textOf } from "../test/manifest/parse-manifest";

const ROOT = nodePath.resolve(__dirname, "..");
const WEBPACK = require.resolve("webpack-cli/bin/cli.js");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

export interface ReleaseOptions {
  /** where the site will be served (https, ends with "/"). */
  url: string;
  /** the release folder, emptied first. */
  out: string;
  /** leave the CLI tarball out (the release test; the CLI has its own install test). */
  cli: boolean;
}

class ReleaseError extends Error {}

function fail(zh: string, en: string): never {
  throw new ReleaseError(`${zh} / ${en}`);
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ReleaseOptions {
  let url = env.FA_RELEASE_URL ?? "";
  let out = nodePath.join(ROOT, "release");
  let cli = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--url") url = argv[++i] ?? "";
    else if (arg === "--out") out = nodePath.resolve(argv[++i] ?? "");
    else if (arg === "--no-cli") cli = false;
    else fail(`未知参数 ${arg}`, `unknown argument ${arg}`);
  }
  if (!url) fail("请用 --url 给出加载项的 https 网址", "give the add-in's https URL with --url");
  if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(url)) fail(`网址必须以 https:// 开头：${url}`, `the URL must start with https://: ${url}`);
  return { url: url.endsWith("/") ? url : `${url}/`, out, cli };
}

function version(): string {
  return (JSON.parse(fs.readFileSync(nodePath.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** Runs a build step; its own messages go to stderr, a failure becomes one line. */
function run(what: string, command: string, args: string[]): void {
  try {
    execFileSync(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  } catch {
    fail(`${what} 失败（见上方输出）`, `${what} failed (see the output above)`);
  }
}

function webpack(args: string[]): void {
  run("webpack", process.execPath, [WEBPACK, "--mode", "production", ...args]);
}

/** Every file below dir, relative to it with "/" separators, sorted. */
export function listFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(nodePath.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/**
 * The built manifest, read offline: every URL in it lies under the site URL and names a file of the site,
 * no development URL is left, and <Version> is the package's.
 */
export function checkManifest(siteDir: string, url: string, expectedVersion: string): string[] {
  const xml = fs.readFileSync(nodePath.join(siteDir, "manifest.xml"), "utf8");
  const problems: string[] = [];
  if (xml.includes("localhost")) problems.push("manifest.xml still names localhost");
  const app = parseManifest(xml);
  const manifestVersion = textOf(app, "Version");
  if (manifestVersion !== `${expectedVersion}.0`) problems.push(`<Version> is ${manifestVersion}, expected ${expectedVersion}.0`);
  const files = new Set(listFiles(siteDir));
  const urls = [...descendants(app)].flatMap(([, node]) => [attr(node, "DefaultValue"), attr(node, "Value")]);
  for (const value of urls) {
    if (!value || !/^https?:/.test(value)) continue;
    if (!value.startsWith(url)) {
      problems.push(`${value} is not under ${url}`);
      continue;
    }
    const file = value.slice(url.length).split(/[?#]/)[0];
    if (!files.has(file)) problems.push(`${value} names ${file}, which the build did not write`);
  }
  return problems;
}

function sha256(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** CHECKSUMS: "<sha256>  <path>" a line for every file of the release, as `sha256sum -c CHECKSUMS` reads it. */
export function writeChecksums(out: string): string {
  const lines = listFiles(out)
    .filter((file) => file !== "CHECKSUMS")
    .map((file) => `${sha256(nodePath.join(out, file))}  ${file}`);
  const target = nodePath.join(out, "CHECKSUMS");
  fs.writeFileSync(target, `${lines.join("\n")}\n`);
  return target;
}

function buildCli(out: string, log: (line: string) => void): void {
  const scripts = (JSON.parse(fs.readFileSync(nodePath.join(ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts["build:cli"]) {
    log("TODO: package.json has no build:cli script yet, so release/cli is not built / 尚无 build:cli，未生成命令行安装包");
    return;
  }
  const dir = nodePath.join(out, "cli");
  fs.mkdirSync(dir, { recursive: true });
  // pack:cli builds the CLI and packs it with production dependencies only (the root `npm pack` would
  // drag in the add-in's optional dev tooling).
  run("npm run pack:cli", NPM, ["run", "pack:cli", "--", dir]);
}

/** Builds the release; `log` gets one line per package (the test passes a no-op). */
export function release(options: ReleaseOptions, log: (line: string) => void = console.log): void {
  const { url, out } = options;
  const v = version();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });

  const excel = nodePath.join(out, "excel");
  log(`excel: ${excel} (${url})`);
  webpack(["--env", `url=${url}`, "--env", `outDir=${excel}`]);
  const problems = checkManifest(excel, url, v);
  if (problems.length) fail(`manifest.xml 有误：${problems.join("; ")}`, `manifest.xml is wrong: ${problems.join("; ")}`);

  const wps = nodePath.join(out, "wps");
  log(`wps:   ${wps} (${url}wps/)`);
  webpack(["--env", "target=wps", "--env", `url=${url}`, "--env", `outDir=${wps}`]);

  if (options.cli) buildCli(out, log);
  log(`CHECKSUMS: ${writeChecksums(out)}`);
  log(`决算校验助手 ${v} → ${out}`);
}

if (require.main === module) {
  try {
    release(parseArgs(process.argv.slice(2)));
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
