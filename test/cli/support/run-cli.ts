/** Spawns the real fa-check command (bin/fa-check.js) the way a user runs it. */
import { spawnSync } from "child_process";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const BIN = path.join(ROOT, "bin", "fa-check.js");
export const SAMPLE = path.join(ROOT, "examples", "changji-education-2024.xlsx");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line as Node prints it ("    at fn (file:1:2)"). */
export const STACK_LINE = /^\s+at\s/m;

/** "1,537.21" / "99.16%" / "9.79分" → "1537.21" so tests compare figures, not formatting. */
export function plain(text: string): string {
  return text.replace(/[,，\s分]/g, "");
}
