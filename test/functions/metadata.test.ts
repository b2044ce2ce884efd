/** functions.json as custom-functions-metadata generates it from functions/functions.ts (what the build ships). */
import { join } from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
import { DEFINITIONS } from "../../functions/definitions";
import { localizeMetadata } from "../../functions/localize";

interface Param {
  name: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
}

test("functions.json lists all eight functions with their parameters, from the JSDoc", async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../functions/functions.ts"));
  expect(result.errors).toEqual([]);
  const functions: Fn[] = JSON.parse(result.metadataJson).functions;
  expect(functions.map((f) => f.id).sort()).toEqual(DEFINITIONS.map((d) => d.id).sort());
  for (const def of DEFINITIONS) {
    const fn = functions.find((f) => f.id === def.id)!;
    expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
    expect(fn.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual(def.args.map((a) => [a.name, Boolean(a.optional)]));
    for (const p of fn.parameters) expect(p.type).toBe("any");
  }
  expect(functions.find((f) => f.id === "SUMCHECK")!.parameters[1].dimensionality).toBe("matrix");
});

test("the zh-CN metadata names the functions in Chinese and keeps the ids", async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../functions/functions.ts"));
  const zh: Fn[] = JSON.parse(localizeMetadata(result.metadataJson)).functions;
  expect(Object.fromEntries(zh.map((f) => [f.id, f.name]))).toEqual({
    EXECRATE: "执行率",
    VARIANCERATE: "增减率",
    INDICATORSCORE: "指标得分",
    COMPLETIONRATE: "完成率",
    EXECSCORE: "执行率得分",
    SHARE: "所占比例", // 占比 has 2 characters; Excel names need at least 3
    VARIANCETEXT: "增减说明",
    SUMCHECK: "合计校验",
  });
});
