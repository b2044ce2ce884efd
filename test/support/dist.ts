/**
 * The built add-in for the build and e2e tests: dist/ as `npm run build` makes it, rebuilt only when missing,
 * older than its sources, or a development build (whose CSP allows the dev server's websocket).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import nodePath from "path";

export const ROOT = nodePath.resolve(__dirname, "../..");
export const DIST = nodePath.join(ROOT, "dist");
const PAGE = nodePath.join(DIST, "taskpane.html");

/** Everything the Excel build reads (the WPS branch builds elsewhere and is not needed here). */
const SOURCES = ["taskpane", "src", "functions", "assets", "webpack.config.js", "manifest.xml", "package.json"];

function newestMtime(path: string): number {
  if (!fs.existsSync(path)) return 0;
  const info = fs.statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file still makes its folder newer
  for (const entry of fs.readdirSync(path)) newest = Math.max(newest, newestMtime(nodePath.join(path, entry)));
  return newest;
}

/** Why dist/ must be rebuilt, or null when it is current. */
export function staleReason(): string | null {
  if (!fs.existsSync(PAGE)) return "dist/taskpane.html is missing";
  if (/ws:\/\/localhost/.test(fs.readFileSync(PAGE, "utf8"))) return "dist/ is a development build";
  const built = fs.statSync(PAGE).mtimeMs;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(nodePath.join(ROOT, s))));
  return newest > built ? "sources changed since dist/ was built" : null;
}

const LOCK = nodePath.join(ROOT, "node_modules", ".cache", "fa-dist-build.lock");
/** A lock older than a build's timeout was left by a killed run. */
const LOCK_STALE_MS = 600_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `build` holding a lock, so test files in parallel jest workers never build dist/ at once. */
function withBuildLock<T>(build: () => T): T {
  fs.mkdirSync(nodePath.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK); // atomic: exactly one process creates it
      break;
    } catch {
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      else sleepSync(500);
    }
  }
  try {
    return build();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds dist/ (production) when stale; returns its path. About a minute when it builds. Safe to
 * call from several test files: the second caller waits for the first build and reuses it.
 */
export function ensureDist(): string {
  if (staleReason() === null) return DIST;
  return withBuildLock(() => (staleReason() === null ? DIST : build()));
}

function build(): string {
  const started = new Date();
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  // --no-output-clean: a rebuild must not wipe dist/wps (the separate WPS build); stale hashed
  // chunks left behind are never referenced by the new page.
  try {
    execFileSync(process.execPath, [cli, "--mode", "production", "--no-output-clean"], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 590_000,
    });
  } catch (error) {
    // webpack reports compile errors on stdout: show their end rather than only "Command failed".
    const out = (error as { stdout?: Buffer }).stdout?.toString() ?? "";
    throw new Error(`webpack --mode production failed:\n${out.slice(-4000)}`);
  }
  // webpack does not rewrite an output whose content is unchanged, so the page's mtime may be
  // older than the edit that triggered the build: stamp it with the build's start (an edit made
  // while webpack ran still counts as newer next time).
  if (!fs.existsSync(PAGE)) throw new Error("webpack ran but dist/taskpane.html is missing");
  fs.utimesSync(PAGE, started, started);
  return DIST;
}
