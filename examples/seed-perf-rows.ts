/**
 * Reads the 绩效自评表 rows of the seed text (a table row is a run of TAB-prefixed lines, one cell
 * each; any other line ends the row). Shared by the data generator and the sample test, so both
 * read the seed the same way.
 */
export type SeedRow = string[];

export interface SeedPerfTable {
  kind: "perf-overall" | "perf-project";
  rows: SeedRow[];
}

const OVERALL_TITLE = "单位整体支出绩效自评表";
const PROJECT_TITLE = "项目支出绩效自评表";

/** Every table row of the text, in order (cells exactly as written, TAB removed). */
export function seedRows(text: string): SeedRow[] {
  const rows: SeedRow[] = [];
  let current: SeedRow | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("\t")) {
      (current ??= []).push(line.slice(1));
    } else if (current) {
      rows.push(current);
      current = null;
    }
  }
  if (current) rows.push(current);
  return rows;
}

/** The 整体表 and the project tables, each from its title row up to the next title. */
export function seedPerfTables(text: string): SeedPerfTable[] {
  const tables: SeedPerfTable[] = [];
  for (const row of seedRows(text)) {
    const first = row.length === 1 ? row[0].trim() : "";
    if (first === OVERALL_TITLE || first === PROJECT_TITLE) {
      tables.push({ kind: first === OVERALL_TITLE ? "perf-overall" : "perf-project", rows: [row] });
    } else if (tables.length > 0) {
      tables[tables.length - 1].rows.push(row);
    }
  }
  return tables;
}
