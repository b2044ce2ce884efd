import { rule } from "../../src/rules/cell-error-value";
import { FigureReader } from "../../src/tables/figures";
import { SheetGrid } from "../../src/workbook/grid";
import { run } from "./harness";
import { coded } from "./models";

test("an error value where a table needs a figure is an error naming the cell and the value", () => {
  const t = coded("income", [["", "合计", "1.00", "1.00", null, null, null, null, null]]);
  t.problems.push({ sheet: "income", cell: "D6", message: "D6 无法读取为数字（#DIV/0!） / D6 is not a number (#DIV/0!)", error: "#DIV/0!" });
  t.problems.push({ sheet: "income", cell: "E6", message: "E6 无法读取为数字（abc） / E6 is not a number (abc)" });
  expect(run(rule, [t])).toEqual([{ rule: "cell-error-value", severity: "error", cell: "income!D6", expected: "", actual: "#DIV/0!" }]);
  const [finding] = rule.check({ tables: [t], settings: { disabled: [] } });
  expect(finding.message).toContain("已跳过");
  expect(finding.messageEn).toContain("#DIV/0!");
});

test("the figure reader marks a cached error value (kept as an error by the readers) as such", () => {
  const grid = new SheetGrid({ name: "T2", origin: { row: 0, col: 0 }, values: [[{ error: "#REF!" }, 5, "x"]], merges: [] });
  const reader = new FigureReader(grid, "万元");
  expect(reader.amount(0, 0)).toBeUndefined();
  expect(reader.amount(0, 1)).toBeDefined();
  reader.amount(0, 2);
  expect(reader.problems.map((p) => [p.cell, p.error])).toEqual([
    ["A1", "#REF!"],
    ["C1", undefined],
  ]);
});
