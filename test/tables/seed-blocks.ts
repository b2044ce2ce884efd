/** The seed's 绩效自评表 rows as test blocks (cells as the published text, column positions kept). */
import { readFileSync } from "fs";
import { join } from "path";
import type { Block } from "./builders";

const SEED = join(__dirname, "../fixtures/seed/000_dfa22dd2bb6962f3.txt");

/** Seed table rows: a line starting with TAB is a cell; any other line ends the row. */
export function seedRows(): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const line of readFileSync(SEED, "utf8").split(/\r?\n/)) {
    if (line.startsWith("\t")) row.push(line.slice(1));
    else if (row.length) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  return rows;
}

function blockFrom(rows: string[][]): Block {
  return { rows: rows.map((r) => r.map((c) => (c === "" ? null : c))) };
}

/** The 整体支出绩效自评表 and the 16 项目支出绩效自评表, each from its title to its 总分 row. */
export function seedPerfBlocks(): { overall: Block; projects: Block[] } {
  const rows = seedRows();
  const starts = rows.flatMap((r, i) => (r.length === 1 && /(整体|项目)支出绩效自评表$/.test(r[0].trim()) ? [i] : []));
  const blocks = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : rows.length;
    let last = s;
    for (let i = s; i < end; i++) if (rows[i][0]?.startsWith("总分") || /^\d/.test(rows[i][0] ?? "") || rows[i].length > 1) last = i;
    return blockFrom(rows.slice(s, last + 1));
  });
  const overallIdx = starts.findIndex((s) => rows[s][0].includes("整体"));
  return { overall: blocks[overallIdx], projects: blocks.filter((_, i) => i !== overallIdx) };
}
