/**
 * The sample workbook (examples/changji-education-2024.xlsx) opened in the Office.js stand-in on
 * every build profile: a whole 校验工作簿 (read, check, mark) costs 4 syncs, finds what the CLI
 * finds, and clearing leaves every value, formula and format as it was.
 */
import { readXlsxFile } from "../../../src/hosts/file";
import { validate } from "../../../src/validation/validate";
import { excelModel, ourMarks, userBytes } from "./fixture-model";
import { fixtureOf } from "./sample-workbook";
import { BUILD_PROFILES } from "./build-profiles";
import { hostOn } from "./host-on";

test.each(BUILD_PROFILES)("校验工作簿 on the sample ($label): 4 syncs, the CLI's findings, and clear restores every byte", async (profile) => {
  const file = await readXlsxFile("examples/changji-education-2024.xlsx");
  const model = excelModel(fixtureOf(file));
  const before = userBytes(model);
  const host = hostOn(profile, model);

  const start = model.syncs;
  const report = validate(await host.readWorkbook());
  await host.markFindings(report.findings);
  expect(model.syncs - start).toBe(4);

  const key = (f: { rule: string; sheet: string; cell: string; expected: string; actual: string }) =>
    `${f.rule} ${f.sheet}!${f.cell} ${f.expected}/${f.actual}`;
  expect(report.findings.map(key)).toEqual(validate(file).findings.map(key));
  expect(report.tables).toHaveLength(26);
  expect(report.findings.map(key)).toContain("perf-exec-score 绩效自评!I67 9.92/9.79");

  const markedCells = new Set(report.findings.map((f) => `${f.sheet}!${f.cell}`));
  expect(ourMarks(model)).toHaveLength(markedCells.size);
  expect(userBytes(model)).toBe(before);
  await host.clearMarks();
  expect(ourMarks(model)).toHaveLength(0);
  expect(userBytes(model)).toBe(before);
});
