/**
 * The sample workbook (examples/changji-education-2024.xlsx) opened in the Office.js stand-in:
 * a whole 校验工作簿 (read, check, mark) costs 3 syncs, finds what the CLI finds, and clearing
 * leaves every value, formula and format as it was.
 */
import { createExcelHost } from "../../../src/hosts/excel";
import { readXlsxFile } from "../../../src/hosts/file";
import { validate } from "../../../src/validation/validate";
import { excelModel, ourMarks, userBytes } from "./fixture-model";
import { standinRunner } from "./office-standin";
import { fixtureOf } from "./sample-workbook";

test("校验工作簿 on the sample: 3 syncs, the CLI's findings, and clear restores every byte", async () => {
  const file = await readXlsxFile("examples/changji-education-2024.xlsx");
  const model = excelModel(fixtureOf(file));
  const before = userBytes(model);
  const host = createExcelHost(standinRunner(model));

  const start = model.syncs;
  const report = validate(await host.readWorkbook());
  await host.markFindings(report.findings);
  expect(model.syncs - start).toBe(3);

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
