/** The sample workbook in the ET stand-in: the same snapshot and findings as the file, and marks that clear exactly. */
import { createWpsHost, MEMORY_SHEET } from "../../../src/hosts/wps";
import { readXlsxFile } from "../../../src/hosts/file";
import { validate } from "../../../src/validation/validate";
import { fixtureOf } from "../excel/sample-workbook";
import { etUserState } from "./et-standin";
import { etModel } from "./fixture-model";

test("校验工作簿 on the sample in WPS: the file's findings; clear restores every value, fill and comment", async () => {
  const file = await readXlsxFile("examples/changji-education-2024.xlsx");
  const app = etModel(fixtureOf(file), { methods: true, errors: "code" });
  const before = etUserState(app, MEMORY_SHEET);
  const host = createWpsHost(app);

  const report = validate(await host.readWorkbook());
  const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;
  expect(report.tables).toHaveLength(26);
  expect(report.findings.map(key)).toEqual(validate(file).findings.map(key));

  await host.markFindings(report.findings);
  expect(etUserState(app, MEMORY_SHEET)).not.toBe(before);
  await host.clearMarks();
  expect(etUserState(app, MEMORY_SHEET)).toBe(before);
});
