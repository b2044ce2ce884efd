import { SheetGrid, cellText } from "../../src/workbook/grid";
import type { SheetSnapshot } from "../../src/workbook/types";

const sheet: SheetSnapshot = {
  name: "S",
  origin: { row: 2, col: 1 }, // values[0][0] is B3
  values: [
    ["一级指标", "二级指标", 1.5],
    ["产出指标", "  数量指标 ", null],
    [null, null, { error: "#REF!" }],
  ],
  numberFormats: [[null, null, "0.00%"], [null, null, null], [null, null, null]],
  merges: [{ top: 3, left: 1, bottom: 4, right: 1 }],
};

describe("SheetGrid", () => {
  const g = new SheetGrid(sheet);

  test("absolute coordinates and bounds", () => {
    expect([g.top, g.left, g.bottom, g.right]).toEqual([2, 1, 4, 3]);
    expect(g.value(2, 1)).toBe("一级指标");
    expect(g.value(2, 3)).toBe(1.5);
    expect(g.value(0, 0)).toBeNull();
    expect(g.value(9, 9)).toBeNull();
    expect(g.numberFormat(2, 3)).toBe("0.00%");
  });

  test("merged cells show their top-left value (carry-down)", () => {
    expect(g.mergeAt(4, 1)).toEqual({ top: 3, left: 1, bottom: 4, right: 1 });
    expect(g.mergeAt(4, 2)).toBeUndefined();
    expect(g.value(4, 1)).toBeNull();
    expect(g.shownText(4, 1)).toBe("产出指标");
    expect(g.text(3, 2)).toBe("数量指标");
  });

  test("cellText flattens values", () => {
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(cellText(null)).toBe("");
    expect(cellText(12.5)).toBe("12.5");
  });
});
