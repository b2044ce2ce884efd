import fc from "fast-check";
import { checkSum, round } from "../../src/numbers";
import { checkNotAbove, checkTotal } from "../../src/rules/shared/compare";
import { rule } from "../../src/rules/coded-row-sum";
import { FigureReader } from "../../src/tables/figures";
import type { Figure } from "../../src/tables/types";
import { SheetGrid } from "../../src/workbook/grid";
import type { CellValue } from "../../src/workbook/types";

const site = { meta: rule.meta, table: "expenditure" as const, params: { label: "合计", column: "合计", parts: "各栏" } };

/** Figures read the way the recognizers read them, from one row of cells, in a 元 or 万元 table. */
function figures(cells: CellValue[], unit: "元" | "万元"): Figure[] {
  const grid = new SheetGrid({ name: "t", origin: { row: 0, col: 0 }, values: [cells], merges: [] });
  const reader = new FigureReader(grid, unit);
  return cells.map((_, col) => reader.amount(0, col)!);
}

/** Amounts as a workbook holds them: floats with up to 4 decimals (so some need rounding), or text. */
const amount = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 10000),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100 + 0.005), // a half-cent: the rounding edge
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => String(n / 100)),
);

describe("the float proof in compare.ts never disagrees with Decimal arithmetic", () => {
  test("checkTotal reports exactly when the Decimal check says the sum is off", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 6 }), fc.constantFrom("元" as const, "万元" as const), fc.boolean(), (parts, unit, exact) => {
        // a stated total that is either the float sum (often exact) or the sum plus a stray cent
        const numeric = parts.map(Number);
        const stated = numeric.reduce((a, b) => a + b, 0) + (exact ? 0 : 0.01);
        const [total, ...items] = figures([stated, ...parts], unit);
        const d = total.decimals;
        const status = checkSum(round(total.value, d), items.map((f) => round(f.value, d)), d).status;
        const found = checkTotal(site, total, items);
        expect(found.length).toBe(status === "equal" ? 0 : 1);
      }),
    );
  });

  test("checkNotAbove reports exactly when the rounded part exceeds the rounded whole", () => {
    fc.assert(
      fc.property(amount, amount, fc.constantFrom("元" as const, "万元" as const), (a, b, unit) => {
        const [part, whole] = figures([a, b], unit);
        const d = part.decimals;
        const above = round(part.value, d).gt(round(whole.value, d));
        expect(checkNotAbove(site, part, whole).length).toBe(above ? 1 : 0);
      }),
    );
  });
});
