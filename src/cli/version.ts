/** The version of fa-check, read from package.json (the one source for every place that shows it). */
import { existsSync, readFileSync } from "fs";
import * as path from "path";

/**
 * Walks up from this module to the package root: src/cli in a checkout, build/cli/cli when compiled,
 * node_modules/<pkg>/build/cli/cli when installed; the first package.json found is ours.
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) return String((JSON.parse(readFileSync(file, "utf8")) as { version?: unknown }).version ?? "");
    if (path.dirname(dir) === dir) return "";
  }
}
