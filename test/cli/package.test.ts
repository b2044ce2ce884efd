/**
 * The shipped command: `npm run pack:cli` makes fa-check-x.y.z.tgz; installed into an empty folder with
 * production dependencies only (no tsx, no TypeScript) it runs the compiled JavaScript and gives the
 * sample exactly the findings of `npm run demo`, exit 1.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { packCli } from "../../scripts/pack-cli";
import { ROOT, runCli, SAMPLE } from "./support/run-cli";

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
let dir: string;
let installed: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "fa-check-install-"));
  const tgz = packCli(path.join(dir, "pack"));
  const target = path.join(dir, "app");
  execFileSync("mkdir", [target]);
  // the npm cache answers when it can (offline-friendly); the registry otherwise
  execFileSync("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tgz], { cwd: target, stdio: "pipe" });
  installed = target;
}, 600_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function runInstalled(args: string[]) {
  const bin = path.join(installed, "node_modules", ".bin", "fa-check");
  return spawnSync(bin, args, { cwd: installed, encoding: "utf8", timeout: 120_000 });
}

describe("the fa-check npm package", () => {
  it("is named fa-check-<version>.tgz and installs with production dependencies only", () => {
    expect(existsSync(path.join(dir, "pack", `fa-check-${VERSION}.tgz`))).toBe(true);
    const modules = path.join(installed, "node_modules");
    expect(existsSync(path.join(modules, "fa-check", "build", "cli", "cli", "main.js"))).toBe(true);
    expect(existsSync(path.join(modules, "exceljs"))).toBe(true);
    for (const devOnly of ["tsx", "typescript", "ts-jest", "jest", "webpack"]) expect(existsSync(path.join(modules, devOnly))).toBe(false);
    expect(existsSync(path.join(modules, "fa-check", "src"))).toBe(false);
  });

  it("prints the package.json version", () => {
    const result = runInstalled(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(VERSION);
  });

  it("checks the sample: exit 1 and the same findings as npm run demo", () => {
    const result = runInstalled([SAMPLE, "--format", "json"]);
    expect(result.status).toBe(1);
    const repo = runCli([SAMPLE, "--format", "json"]);
    expect(repo.status).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: unknown[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(result.stdout).toBe(repo.stdout);
    // and the text report the demo prints
    expect(runInstalled([SAMPLE]).stdout).toBe(runCli([SAMPLE]).stdout);
  });
});
