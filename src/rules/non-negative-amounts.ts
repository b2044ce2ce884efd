import type { Figure, TableModel } from "../tables/types";
import { signOf } from "../tables/figures";
import type { Finding, Rule } from "./shared/types";
import { emit } from "./shared/emit";
import { amountText } from "./shared/compare";
import { columnLabel, TABLE_NAMES } from "./shared/labels";
import { allRows, lineLabel, rowLabel } from "./shared/select";

/** Lines that may legitimately be negative (a 结余分配 can return money). */
const MAY_BE_NEGATIVE = new Set(["balanceDistribution"]);

/** Below zero (−0 is not), without building a Decimal for a number cell. */
function isNegative(f: Figure): boolean {
  return signOf(f) < 0;
}

/**
 * Calls `found` for every amount of a table that cannot be negative and is, with its label for the
 * message. Labels are made only for those (a large table has a million amounts and none negative).
 */
function negativeAmounts(t: TableModel, found: (label: string, f: Figure) => void): void {
  switch (t.kind) {
    case "summary":
    case "fiscal-summary":
      for (const [key, line] of Object.entries(t.lines)) if (line && !MAY_BE_NEGATIVE.has(key)) lineCells(line, lineLabel, found);
      for (const line of t.classes) lineCells(line, lineLabel, found);
      break;
    case "income":
    case "expenditure":
    case "gpb-expenditure":
    case "gov-fund":
    case "soe-capital":
      for (const row of allRows(t)) lineCells(row, rowLabel, found);
      break;
    case "gpb-basic":
      for (const row of t.personnel) lineCells(row, rowLabel, found);
      for (const row of t.publicFunds) lineCells(row, rowLabel, found);
      if (t.personnelTotal && isNegative(t.personnelTotal)) found("人员经费合计", t.personnelTotal);
      if (t.publicTotal && isNegative(t.publicTotal)) found("公用经费合计", t.publicTotal);
      break;
    case "three-public":
      for (const [key, f] of Object.entries(t.budget)) if (f && isNegative(f)) found(`预算数 ${key}`, f);
      for (const [key, f] of Object.entries(t.final)) if (f && isNegative(f)) found(`决算数 ${key}`, f);
      break;
    default:
      break;
  }
}

/** The cells of one row or line, its label made from it only for a negative (no closure per row). */
function lineCells<L extends { cells: Partial<Record<string, Figure>> }>(line: L, labelOf: (line: L) => string, found: (label: string, f: Figure) => void): void {
  const c = line.cells;
  for (const key in c) {
    const f = c[key];
    if (f && isNegative(f)) found(key === "amount" ? labelOf(line) : `${labelOf(line)}（${columnLabel(key)}）`, f);
  }
}

export const rule: Rule = {
  meta: {
    id: "non-negative-amounts",
    title: "不应为负数的金额为负",
    titleEn: "An amount that cannot be negative is negative",
    severity: "warning",
    scope: "表内",
    tables: ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public"],
    message: "{{table}}{{label}}为{{actual}}，该金额不应为负数，请核实。",
    messageEn: "{{tableEn}}: {{label}} is {{actual}}; this amount cannot be negative.",
    description: "收入、支出、结转和结余、“三公”经费等金额不应为负数（结余分配除外）；出现负数多为录入或取数错误。",
    formula: "金额 ≥ 0",
    formulaEn: "amount ≥ 0",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of context.tables) {
      const [table, tableEn] = TABLE_NAMES[t.kind] ?? [t.kind, t.kind];
      negativeAmounts(t, (label, f) => {
        const at = { sheet: f.sheet, cell: f.cell };
        out.push(emit(rule.meta, { at, table: t.kind, params: { table, tableEn, label }, expected: "≥0.00", actual: amountText(f.value, f.decimals) }));
      });
    }
    return out;
  },
};
