/**
 * --report from the compiled command (build/cli, as `npm install -g` runs it): the report's 加载项版本 is
 * read from package.json wherever the compiled files sit (a static import of ../../package.json
 * resolved to build/package.json, which does not exist, and made every --report exit 2).
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import * as path from "path";
import { ROOT, runCli, SAMPLE, STACK_LINE } from "./support/run-cli";

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

test("fa-check --report x.md from build/cli writes the report with the package version", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fa-report-"));
  try {
    const out = path.join(dir, "审核报告.md");
    const result = runCli([SAMPLE, "--report", out]);
    expect(result.stderr).not.toMatch(/内部错误|internal error/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.status).toBe(1); // the sample has errors
    expect(readFileSync(out, "utf8")).toContain(`| 加载项版本 | ${VERSION} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
