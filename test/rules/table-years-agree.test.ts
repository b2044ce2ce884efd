import { rule } from "../../src/rules/table-years-agree";
import type { WorkbookFacts } from "../../src/tables/workbook-facts";
import { DEFAULT_SETTINGS } from "../../src/validation/report-model";
import { summary, threePublic } from "./models";

const facts: WorkbookFacts = { sheets: ["T1", "T9"], year: 2024, notes: [], separators: { with: 0, without: 0 } };
const check = (tables: Parameters<typeof rule.check>[0]["tables"]) =>
  rule.check({ tables, settings: DEFAULT_SETTINGS, facts }).map((f) => [f.sheet, f.cell, f.expected, f.actual]);

test("passes when every table's heading year is the workbook's", () => {
  const t1 = Object.assign(summary({}), { year: 2024 });
  expect(check([t1, threePublic([], [])])).toEqual([]);
});

test("warns on a table still marked with last year", () => {
  const t1 = Object.assign(summary({}), { year: 2024 });
  const t9 = Object.assign(threePublic([], []), { year: 2023 });
  expect(check([t1, t9])).toEqual([["T9", "A1", "2024", "2023"]]);
});
