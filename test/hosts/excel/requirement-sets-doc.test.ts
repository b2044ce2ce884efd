/** docs/requirement-sets.md stays the list of what the code calls (src/hosts/excel-requirements.ts). */
import { readFileSync } from "fs";
import { join } from "path";
import { API_USES, MANIFEST_SETS } from "../../../src/hosts/excel-requirements";
import { MODELLED_LIMITS } from "../../../src/hosts/host-limits";

const doc = readFileSync(join(__dirname, "../../../docs/requirement-sets.md"), "utf8");

test("every API the add-in calls is in the table with its requirement set", () => {
  for (const use of API_USES) expect(doc).toContain(`| ${use.api} | ${use.set.name} ${use.set.version} | ${use.usedBy} |`);
});

test("the declared minimum is the highest set among the APIs the add-in cannot do without", () => {
  for (const set of MANIFEST_SETS) expect(doc).toContain(`| ${set.name} ${set.version} |`);
  const excel = API_USES.filter((u) => u.set.name === "ExcelApi" && !u.usedBy.includes("optional")).map((u) => Number(u.set.version.split(".")[1]));
  expect(`1.${Math.max(...excel)}`).toBe(MANIFEST_SETS.find((s) => s.name === "ExcelApi")!.version);
});

test("every modelled limit cites a source address", () => {
  for (const limit of MODELLED_LIMITS) expect(limit.source.url).toMatch(/^https:\/\/(learn\.microsoft\.com|github\.com)\//);
});
