/**
 * 插入标准表样: a profile's empty standard tables (its table set, order, 公开NN numbers and titles)
 * plus the 说明底稿 and 说明信息 input sheets, as generic sheet specs every host writes the same way.
 * The 说明底稿 links to the tables' cells, so it is built from the tables as the reader sees them.
 */
import { buildInfoSheet, buildWorkingSheet, EMPTY_INPUTS } from "../explain";
import type { RegionProfile } from "../profiles/types";
import type { StandardKind } from "../profiles/standard-tables";
import { recognize } from "../tables";
import type { GeneratedCell, GeneratedSheet } from "../workbook/generated";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook/types";
import { tableLayout, type TableLayout } from "./layouts";

const AMOUNT = "#,##0.00";
const HEADING_ROWS = 3;

export interface TemplateSheet {
  sheet: GeneratedSheet;
  /** "table": identified by its name, regenerated in place while it holds only the template's captions;
   *  "input": a generated sheet (说明底稿, 说明信息), identified by its title row, kept once it exists. */
  role: "table" | "input";
}

/** The sheet name of a table: its number and a short title (Excel allows 31 characters). */
export function tableSheetName(number: number, title: string): string {
  return `${String(number).padStart(2, "0")}${title}`.slice(0, 31);
}

function tableSheet(kind: StandardKind, number: number, title: string): GeneratedSheet {
  const layout: TableLayout = tableLayout(kind, title);
  const width = layout.widths.length;
  const blank = (): GeneratedCell[] => Array.from({ length: width }, () => ({}));
  const heading: GeneratedCell[][] = [blank(), blank(), blank()];
  heading[0][0] = { value: title, bold: true };
  heading[1][width - 1] = { value: `公开${String(number).padStart(2, "0")}表` };
  heading[2][0] = { value: "部门：", input: true };
  heading[2][width - 1] = { value: "金额单位：万元" };
  const inInput = (r: number, c: number) => layout.inputs.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  const body = layout.rows.map((row, r) =>
    Array.from({ length: width }, (_, c): GeneratedCell => {
      const value = row[c] ?? null;
      const cell: GeneratedCell = value === null ? {} : { value };
      if (r < layout.headerRows) cell.bold = true;
      if (inInput(r, c)) Object.assign(cell, { input: true, numberFormat: AMOUNT });
      return cell;
    }),
  );
  const rows = [...heading, ...body];
  if (layout.note) rows.push([{ value: layout.note, input: true }]);
  const shift = (b: TableLayout["merges"][number]) => ({ ...b, top: b.top + HEADING_ROWS, bottom: b.bottom + HEADING_ROWS });
  return {
    name: tableSheetName(number, title),
    rows,
    columnWidths: layout.widths,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }, ...layout.merges.map(shift)],
    freeze: { rows: HEADING_ROWS + layout.headerRows, columns: 0 },
  };
}

/** A generated sheet as the reader would see it once written (values and merges). */
export function sheetSnapshot(sheet: GeneratedSheet, name = sheet.name): SheetSnapshot {
  const values: CellValue[][] = sheet.rows.map((row) => row.map((c) => (c.formula ? (c.result ?? null) : (c.value ?? null))));
  return { name, origin: { row: 0, col: 0 }, values, merges: sheet.merges ?? [] };
}

/** The profile's standard tables, in its order, then 说明底稿 and 说明信息. */
export function templateSheets(profile: RegionProfile): TemplateSheet[] {
  const tables = profile.tables.map((t) => tableSheet(t.kind as StandardKind, t.number, t.titles[0]));
  const snapshot: WorkbookSnapshot = { sheets: tables.map((s) => sheetSnapshot(s)) };
  const models = recognize(snapshot).tables;
  // built-in formulas only: the template may be opened where the add-in's functions are not loaded
  const inputs = [buildWorkingSheet(models, EMPTY_INPUTS, { formulaStyle: "builtin" }), buildInfoSheet(EMPTY_INPUTS)];
  return [...tables.map((sheet) => ({ sheet, role: "table" as const })), ...inputs.map((sheet) => ({ sheet, role: "input" as const }))];
}
