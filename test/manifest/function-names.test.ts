/**
 * The custom functions' ids and names in both languages, checked offline against the documented
 * naming rules (the online validator cannot run here).
 */
import { join } from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
import { DEFINITIONS } from "../../functions/definitions";
import { functionIdProblem, functionNameProblem, localizeMetadata } from "../../functions/localize";

describe("the naming rules themselves", () => {
  test.each([
    ["EXECRATE", null],
    ["FA.SUM_2", null],
    ["EX", "shorter"],
    ["1ABC", "start"],
    ["EXEC-RATE", "character"],
    ["execrate", "start"],
    ["XFD12", "cell reference"],
  ])("id %s", (id, problem) => {
    const found = functionIdProblem(id);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  test.each([
    ["执行率", null],
    ["EXECRATE", null],
    ["占比", "shorter"],
    ["执行率2", "character"],
    ["_ABC", "start"],
    ["ABC1", "character"],
    ["R10C10", "character"],
    ["ECHO", "macro"],
  ])("name %s", (name, problem) => {
    const found = functionNameProblem(name);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

test("every function's id and its English and Chinese names are valid and unique", async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../functions/functions.ts"));
  const en: { id: string; name: string }[] = JSON.parse(result.metadataJson).functions;
  const zh: { id: string; name: string }[] = JSON.parse(localizeMetadata(result.metadataJson)).functions;
  expect(en).toHaveLength(DEFINITIONS.length);
  const problems = [...en.map((f) => functionIdProblem(f.id)), ...en.map((f) => functionNameProblem(f.name)), ...zh.map((f) => functionNameProblem(f.name))];
  expect(problems.filter(Boolean)).toEqual([]);
  expect(new Set(en.map((f) => f.name)).size).toBe(en.length);
  expect(new Set(zh.map((f) => f.name)).size).toBe(zh.length);
});
