import type { Figure, TableModel } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { emit } from "./shared/emit";
import { amountText } from "./shared/compare";
import { columnLabel, TABLE_NAMES } from "./shared/labels";
import { allRows, lineLabel, rowLabel } from "./shared/select";

/** Lines that may legitimately be negative (a 结余分配 can return money). */
const MAY_BE_NEGATIVE = new Set(["balanceDistribution"]);

/** Every amount of a table that cannot be negative, with its label for the message. */
function amounts(t: TableModel): [string, Figure][] {
  const out: [string, Figure][] = [];
  const cells = (label: string, c: Partial<Record<string, Figure>>) => {
    for (const [key, f] of Object.entries(c)) if (f) out.push([key === "amount" ? label : `${label}（${columnLabel(key)}）`, f]);
  };
  switch (t.kind) {
    case "summary":
    case "fiscal-summary":
      for (const [key, line] of Object.entries(t.lines)) if (line && !MAY_BE_NEGATIVE.has(key)) cells(lineLabel(line), line.cells);
      for (const line of t.classes) cells(lineLabel(line), line.cells);
      break;
    case "income":
    case "expenditure":
    case "gpb-expenditure":
    case "gov-fund":
    case "soe-capital":
      for (const row of allRows(t)) cells(rowLabel(row), row.cells);
      break;
    case "gpb-basic":
      for (const row of [...t.personnel, ...t.publicFunds]) cells(rowLabel(row), row.cells);
      if (t.personnelTotal) out.push(["人员经费合计", t.personnelTotal]);
      if (t.publicTotal) out.push(["公用经费合计", t.publicTotal]);
      break;
    case "three-public":
      for (const [key, f] of Object.entries(t.budget)) if (f) out.push([`预算数 ${key}`, f]);
      for (const [key, f] of Object.entries(t.final)) if (f) out.push([`决算数 ${key}`, f]);
      break;
    default:
      break;
  }
  return out;
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
      for (const [label, f] of amounts(t)) {
        if (!f.value.isNegative() || f.value.isZero()) continue;
        const at = { sheet: f.sheet, cell: f.cell };
        out.push(emit(rule.meta, { at, table: t.kind, params: { table, tableEn, label }, expected: "≥0.00", actual: amountText(f.value, f.decimals) }));
      }
    }
    return out;
  },
};
