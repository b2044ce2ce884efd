/** The compiled command starts light: --version and --help load no reader, no rules, no ExcelJS, no decimal.js. */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { ROOT, runCli } from "./support/run-cli";

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** Runs the compiled main() in a fresh node and returns the modules it loaded, relative to the repo. */
function modulesLoadedBy(args: string[]): string[] {
  const script = `
    const cli = require("./build/cli/cli/main.js");
    cli.main(${JSON.stringify(args)}, { out() {}, err() {} }).then(() => {
      process.stdout.write(JSON.stringify(Object.keys(require.cache)));
    });`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as string[]).map((file) => path.relative(ROOT, file));
}

describe("fa-check start", () => {
  it("prints the package.json version with --version and -v", () => {
    for (const flag of ["--version", "-v"]) {
      const result = runCli([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${VERSION}\n`);
    }
  });

  it.each([["--version"], ["--help"]])("%s loads only the argument parser", (flag) => {
    const loaded = modulesLoadedBy([flag]);
    expect(loaded.some((file) => file.includes("node_modules"))).toBe(false);
    // the --max-… flags' table needs the limits' defaults: read-limits and input-error, two small modules, not the reader
    expect(loaded.filter((file) => !/^build\/cli\/(cli\/(main|args|failure|version|limit-flags)|profiles\/ids|hosts\/(read-limits|input-error))\.js$/.test(file))).toEqual([]);
  });

  it("runs compiled JavaScript, not TypeScript through tsx", () => {
    const bin = readFileSync(path.join(ROOT, "bin", "fa-check.js"), "utf8");
    expect(bin).not.toMatch(/tsx|\.ts"/);
    expect(modulesLoadedBy(["--help"])).toContain(path.join("build", "cli", "cli", "main.js"));
  });
});
