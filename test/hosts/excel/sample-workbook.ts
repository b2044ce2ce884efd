/**
 * A host-neutral workbook built from the seed document (one sheet per table of the seed), plus the
 * things a host must carry through untouched: formulas, number formats, merges, an error cell, a
 * hidden sheet, the user's own fill and comment. Both stand-ins (Office.js and WPS ET) load it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { isCellError, type CellRange, type WorkbookSnapshot } from "../../../src/workbook/types";

export interface FixtureCell {
  row: number;
  col: number;
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  error?: boolean;
  /** the user's own fill, #RRGGBB. */
  fill?: string;
  /** the user's own comment. */
  comment?: string;
}

export interface FixtureSheet {
  name: string;
  hidden?: boolean;
  cells: FixtureCell[];
  merges: CellRange[];
}

export interface FixtureWorkbook {
  name: string;
  sheets: FixtureSheet[];
}

const SEED = join(__dirname, "../../fixtures/seed/000_dfa22dd2bb6962f3.txt");

/** The seed's tables: tab lines are cells, a blank line ends a row, a text line or a
 * one-cell title row (…表) ends a table. */
export function seedTables(): string[][][] {
  const tables: string[][][] = [];
  let table: string[][] = [];
  let row: string[] = [];
  const endRow = () => {
    if (row.length) table.push(row);
    row = [];
  };
  const endTable = () => {
    endRow();
    if (table.length > 1) tables.push(table);
    table = [];
  };
  for (const line of readFileSync(SEED, "utf8").split("\n")) {
    if (line.startsWith("\t")) row.push(line.slice(1).trim());
    else if (line.trim() === "") {
      // a one-cell row naming a table (…自评表) starts the next table
      if (row.length === 1 && /表$/.test(row[0]) && table.length > 0) {
        const title = row;
        row = [];
        endTable();
        row = title;
      }
      endRow();
    }
    else endTable();
  }
  endTable();
  return tables;
}

function cellFrom(text: string, row: number, col: number): FixtureCell | null {
  if (text === "") return null;
  if (/^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(text)) {
    return { row, col, value: Number(text.replace(/,/g, "")), numberFormat: text.includes(".") ? "#,##0.00" : "0" };
  }
  const pct = /^(-?\d+(\.\d+)?)%$/.exec(text);
  if (pct) return { row, col, value: Number(pct[1]) / 100, numberFormat: "0.00%" };
  return { row, col, value: text };
}

/** `count` sheets cycled from the seed's tables; origin shifted on odd sheets (used range need not start at A1). */
export function sampleWorkbook(count?: number): FixtureWorkbook {
  const tables = seedTables();
  const n = count ?? tables.length;
  const sheets: FixtureSheet[] = [];
  for (let i = 0; i < n; i++) {
    const table = tables[i % tables.length];
    const shift = i % 2 === 1 ? { row: 2, col: 1 } : { row: 0, col: 0 };
    const cells: FixtureCell[] = [];
    table.forEach((r, ri) => r.forEach((text, ci) => {
      const cell = cellFrom(text, ri + shift.row, ci + shift.col);
      if (cell) cells.push(cell);
    }));
    const width = Math.max(...table.map((r) => r.length));
    const last = table.length + shift.row;
    // a formula with its cached result, an error cell, the user's fill and comment
    cells.push({ row: last, col: shift.col, value: 7, formula: `=3+4`, numberFormat: "0" });
    cells.push({ row: last, col: shift.col + 1, value: "#DIV/0!", formula: "=1/0", error: true });
    cells.push({ row: shift.row + 1, col: shift.col, value: cells.find((c) => c.row === shift.row + 1 && c.col === shift.col)?.value ?? "备注", fill: "#00B050", comment: "用户批注 user note" });
    const merges: CellRange[] = width > 1 ? [{ top: shift.row, left: shift.col, bottom: shift.row, right: shift.col + width - 1 }] : [];
    sheets.push({ name: `表${i + 1}`, hidden: i === 1, cells: dedupe(cells), merges });
  }
  return { name: "昌吉州教育局2024决算.xlsx", sheets };
}

function dedupe(cells: FixtureCell[]): FixtureCell[] {
  const byKey = new Map<string, FixtureCell>();
  for (const cell of cells) byKey.set(`${cell.row},${cell.col}`, { ...byKey.get(`${cell.row},${cell.col}`), ...cell });
  return [...byKey.values()];
}

/** The file's cells as the stand-in's fixture: what Excel would hold after opening the file. */
export function fixtureOf(snapshot: WorkbookSnapshot): FixtureWorkbook {
  return {
    name: snapshot.name ?? "sample.xlsx",
    sheets: snapshot.sheets.map((s) => {
      const cells: FixtureCell[] = [];
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || value === "") return;
          const formula = s.formulas?.[r]?.[c] ?? undefined;
          const numberFormat = s.numberFormats?.[r]?.[c] ?? undefined;
          const at = { row: s.origin.row + r, col: s.origin.col + c };
          if (isCellError(value)) cells.push({ ...at, value: value.error, error: true });
          else cells.push({ ...at, value, ...(formula ? { formula } : {}), ...(numberFormat ? { numberFormat } : {}) });
        }),
      );
      return { name: s.name, hidden: s.hidden, cells, merges: s.merges };
    }),
  };
}
