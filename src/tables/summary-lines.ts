import type { SummaryLine } from "./types";
import type { PanelLine, Panel } from "./panels";
import { className } from "./text";

/**
 * A named line of a summary table (T1, T4): its key and how its normalized label is recognized. T1 and T4 list
 * their own lines as data; the two lists look alike because both tables have 本年收入合计 … 年末结转 lines.
 */
export interface LineRule {
  key: string;
  test: (label: string) => boolean;
}

export interface SortedLines {
  lines: Partial<Record<string, SummaryLine>>;
  classes: SummaryLine[];
  lastRow: number;
}

/**
 * Names the lines of T1/T4. Income lines by the income rules, expense lines by the expense rules;
 * an expense line no rule names and ending in 支出 is a 功能分类 类 line. With a single panel
 * (income above expense) the side switches after the income 总计.
 * `attach` lets T4 hang the fund lines under 年初财政拨款结转和结余 onto that line.
 */
export function sortLines(
  panelLines: PanelLine[],
  panels: Panel[],
  incomeRules: LineRule[],
  expenseRules: LineRule[],
  attach?: (line: PanelLine, lines: Partial<Record<string, SummaryLine>>) => boolean,
): SortedLines {
  const lines: Partial<Record<string, SummaryLine>> = {};
  const classes: SummaryLine[] = [];
  const single = panels.length < 2;
  let side: PanelLine["side"] = "income";
  let lastRow = -1;
  for (const pl of panelLines) {
    // a single panel holding only the expense half (T1 split across two sheets) starts with 类 lines
    if (single && side === "income" && !incomeRules.some((r) => !lines[r.key] && r.test(pl.key)) && isExpenseLine(pl.key, expenseRules)) side = "expense";
    const s = single ? side : pl.side;
    if (attach && s === "income" && attach(pl, lines)) {
      lastRow = Math.max(lastRow, pl.row);
      continue;
    }
    const rules = s === "income" ? incomeRules : expenseRules;
    const rule = rules.find((r) => !lines[r.key] && r.test(pl.key));
    const line: SummaryLine = { label: pl.label, row: pl.row, cells: pl.cells };
    if (rule) {
      lines[rule.key] = line;
      lastRow = Math.max(lastRow, pl.row);
      if (single && s === "income" && rule.key === "incomeGrandTotal") side = "expense";
    } else if (s === "expense") {
      const name = className(pl.label);
      const m = /^(\d{3})(.+)$/.exec(name);
      const plain = m ? m[2] : name;
      if (!plain.endsWith("支出")) continue;
      line.className = plain;
      if (m) line.code = m[1];
      classes.push(line);
      lastRow = Math.max(lastRow, pl.row);
    }
  }
  return { lines, classes, lastRow };
}

/** A label only the expense side has: a 类 line (…支出) or a named expense line other than 总计. */
function isExpenseLine(key: string, expenseRules: LineRule[]): boolean {
  if (className(key).endsWith("支出")) return true;
  return expenseRules.some((r) => r.key !== "expenseGrandTotal" && r.test(key));
}

export const includes = (...words: string[]) => (label: string) => words.some((w) => label.includes(w));
export const startsWith = (word: string) => (label: string) => label.startsWith(word);
export const isGrandTotal = (label: string) => label.endsWith("总计");
