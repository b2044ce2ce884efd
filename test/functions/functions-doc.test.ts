/** docs/functions.md is what scripts/gen-functions-doc.ts makes of the declarations today. */
import { readFileSync } from "fs";
import { DEFINITIONS } from "../../functions/definitions";
import { FUNCTIONS_DOC, renderFunctionsDoc, zhNames } from "../../scripts/gen-functions-doc";

test("docs/functions.md matches the function declarations (else run npx tsx scripts/gen-functions-doc.ts)", async () => {
  const expected = renderFunctionsDoc(await zhNames());
  expect(readFileSync(FUNCTIONS_DOC, "utf8")).toBe(expected);
});

test("every function has its English and Chinese names, its arguments and two computed examples", async () => {
  const names = await zhNames();
  const doc = renderFunctionsDoc(names);
  for (const def of DEFINITIONS) {
    const section = doc.split("\n## ").find((s) => s.startsWith(`FA.${def.id} · `)) ?? "";
    expect(section.startsWith(`FA.${def.id} · ${names[def.id]}\n`)).toBe(true);
    for (const a of def.args) expect(section).toContain(`| ${a.name} | ${a.nameZh} |`);
    expect(section.match(/^- `=FA\.[A-Z]+\(.*\)` → /gm)).toHaveLength(2);
  }
  // the computed results, not typed ones: the seed's 9.47 and a #NUM! for a negative 业绩值
  expect(doc).toContain('`=FA.INDICATORSCORE(10,">=95%","=100%")` → `9.47`');
  expect(doc).toContain('`=FA.INDICATORSCORE(10,">=95%","-5")` → `#NUM!`');
});
