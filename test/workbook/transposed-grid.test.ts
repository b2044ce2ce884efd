import { SheetGrid } from "../../src/workbook/grid";
import { TransposedGrid } from "../../src/workbook/transposed-grid";
import type { SheetSnapshot } from "../../src/workbook/types";

// a title row kept as it is (B2), then a 3 × 2 block from row 3 (B3:C5) laid out sideways
const sheet: SheetSnapshot = {
  name: "T",
  origin: { row: 1, col: 1 },
  values: [
    ["标题", null, null],
    ["项目", "甲", "乙"],
    ["金额", 1, 2],
    ["行次", 3, 4],
    ["表下的另一张表", null, null],
  ],
  numberFormats: [
    [null, null, null],
    [null, null, null],
    [null, "0.00", "#,##0.00"],
    [null, null, null],
    [null, null, null],
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 3 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 4, left: 1, bottom: 5, right: 1 },
  ],
};

describe("TransposedGrid", () => {
  const source = new SheetGrid(sheet);
  // rows 2..4 (B3:D5) turned under the title row 1; row 5 (another table) is left out
  const view = new TransposedGrid(source, 1, 2, 4);

  test("rows above the corner stay; the block below is read with rows and columns swapped", () => {
    expect(view.value(1, 1)).toBe("标题");
    expect([view.value(2, 1), view.value(2, 2), view.value(2, 3)]).toEqual(["项目", "金额", "行次"]);
    expect([view.value(3, 1), view.value(3, 2), view.value(3, 3)]).toEqual(["甲", 1, 3]);
    expect([view.value(4, 1), view.value(4, 2), view.value(4, 3)]).toEqual(["乙", 2, 4]);
    expect(view.numberFormat(4, 2)).toBe("#,##0.00");
    // the table below the turned block is not part of the view
    for (let r = view.top; r <= view.bottom; r++) for (let c = view.left; c <= view.right; c++) expect(view.value(r, c)).not.toBe("表下的另一张表");
  });

  test("every cell of the view names its real cell; the map is its own inverse", () => {
    for (let r = 2; r <= 4; r++) {
      for (let c = 1; c <= 3; c++) {
        const at = view.sheetCell(r, c);
        expect(source.value(at.row, at.col)).toEqual(view.value(r, c));
        expect(view.sheetCell(at.row, at.col)).toEqual({ row: r, col: c });
      }
    }
    expect(view.address(3, 2)).toBe("C4"); // the 1 is C4 on the sheet, D3 in the view
    expect(view.address(4, 3)).toBe("D5");
    expect(view.address(1, 1)).toBe("B2");
  });

  test("merges inside the block are turned, merges above kept, a merge across the block's end dropped", () => {
    expect(view.mergeAt(1, 3)).toEqual({ top: 1, left: 1, bottom: 1, right: 3 });
    // C3:C4 on the sheet (甲 over 1) is B4:C4 in the view
    expect(view.mergeAt(3, 2)).toEqual({ top: 3, left: 1, bottom: 3, right: 2 });
    expect(view.shownValue(3, 2)).toBe("甲");
    // B5:B6 runs past the block's end (row 5 is the next table): gone
    expect(view.mergeAt(2, 3)).toBeUndefined();
  });

  test("ranges and line names are the sheet's", () => {
    // view rows 1..4 × cols 1..2: the title row and the turned 项目/金额 … 乙 lines
    expect(view.rangeAddress(1, 1, 4, 2)).toBe("B2:D4");
    expect(view.rangeAddress(1, 1, 1, 3)).toBe("B2:D2");
    expect(view.lineName(3)).toEqual({ zh: "第C列", en: "column C" });
    expect(view.lineName(1)).toEqual({ zh: "第2行", en: "row 2" });
    expect(source.lineName(3)).toEqual({ zh: "第4行", en: "row 4" });
  });
});
