/**
 * The core/host boundary is a lint error: each forbidden edge in boundary-cases.ts fails the project's own ESLint
 * config when linted at a core path, and the allowed imports pass. (tsconfig.core.json is the compile-time half.)
 */
import { ESLint } from "eslint";
import nodePath from "path";
import { ALLOWED, FORBIDDEN } from "./boundary-cases";

const ROOT = nodePath.resolve(__dirname, "../..");
// The config object itself: ESLint loads a config file through import(), which jest's module runtime does not offer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CONFIG = require(nodePath.join(ROOT, "eslint.config.js"));
const BOUNDARY_RULES = [
  "@typescript-eslint/no-restricted-imports",
  "no-restricted-globals",
  "no-restricted-syntax",
  "@typescript-eslint/triple-slash-reference",
];

const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: CONFIG });

async function boundaryMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: nodePath.join(ROOT, filePath) });
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(`${filePath} does not parse: ${fatal[0].message}`);
  return result.messages.filter((m) => BOUNDARY_RULES.includes(m.ruleId ?? "")).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("a forbidden edge fails the lint", () => {
  test.each(FORBIDDEN.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    expect(await boundaryMessages(c.code, c.filePath)).not.toEqual([]);
  });
});

describe("an allowed import passes", () => {
  test.each(ALLOWED.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    expect(await boundaryMessages(c.code, c.filePath)).toEqual([]);
  });
});

test("the rules/tables edges are specific to their folders", async () => {
  // src/explain may import the rules and src/rules may import the tables: only the named directions are forbidden.
  expect(await boundaryMessages(`import { RULES } from "../rules/shared/registry";\nexport const r = RULES;\n`, "src/explain/x.ts")).toEqual([]);
  expect(await boundaryMessages(`import type { TableModel } from "../../tables/types";\nexport type T = TableModel;\n`, "src/rules/shared/x.ts")).toEqual([]);
});
