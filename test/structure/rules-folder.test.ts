/**
 * The listing of src/rules reads as the rules catalogue: exactly one file per registered rule id, named by the id,
 * plus the one helper folder `shared`. A helper left beside the rules, or a rule file nobody registered, fails here.
 */
import { readdirSync } from "fs";
import nodePath from "path";
import { RULES } from "../../src/rules/shared/registry";

const RULES_DIR = nodePath.resolve(__dirname, "../../src/rules");

test("src/rules holds the registered rule modules and the shared folder, nothing else", () => {
  const listing = readdirSync(RULES_DIR, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();
  const expected = [...RULES.map((rule) => `${rule.meta.id}.ts`), "shared/"].sort();
  expect(listing).toEqual(expected);
});

test("every rule id is registered once", () => {
  const ids = RULES.map((rule) => rule.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});
