import type { CodedRow, CodedTable, Figure } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { columnLabel } from "./shared/labels";
import { allRows, rowLabel } from "./shared/select";

/** Per coded kind: the total column and the columns that add up to it. */
const ROW_SUMS: Record<CodedTable["kind"], { total: string; parts: string[] }> = {
  income: { total: "total", parts: ["fiscal", "superior", "business", "operating", "affiliated", "other"] },
  expenditure: { total: "total", parts: ["basic", "project", "remitSuperior", "operating", "subsidiary"] },
  "gpb-expenditure": { total: "total", parts: ["basic", "project"] },
  "gov-fund": { total: "expenseTotal", parts: ["expenseBasic", "expenseProject"] },
  "soe-capital": { total: "expenseTotal", parts: ["expenseBasic", "expenseProject"] },
};

const CODED_KINDS = Object.keys(ROW_SUMS) as CodedTable["kind"][];

export const rule: Rule = {
  meta: {
    id: "coded-row-sum",
    title: "每行合计（小计）等于各栏之和",
    titleEn: "Each row's total equals the sum of its columns",
    formula: "本行合计 = Σ 本行各栏（小计 = Σ 其明细栏）",
    formulaEn: "row total = Σ the row's columns (subtotal = Σ its detail columns)",
    severity: "error",
    scope: "表内",
    tables: CODED_KINDS,
    message: "{{label}}的{{column}}应为{{expected}}（{{parts}}之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "{{label}}: {{column}} should be {{expected}} (sum of {{parts}}), stated {{actual}}, difference {{difference}}.",
    description:
      "收入决算表（T2）每行本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入；支出决算表（T3）每行本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出；一般公共预算财政拨款支出决算表（T5）合计 = 基本支出 + 项目支出；政府性基金、国有资本经营预算财政拨款收入支出决算表（T7、T8）本年支出小计 = 基本支出 + 项目支出。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of context.tables) {
      const spec = ROW_SUMS[t.kind as CodedTable["kind"]];
      if (!spec) continue;
      const table = t as CodedTable;
      const parts = spec.parts.filter((k) => table.columns.includes(k));
      if (parts.length === 0) continue;
      const partsText = parts.map(columnLabel).join("、");
      // one site and one operand array per table, refilled per row (no closure or array per row)
      let row: CodedRow = table.rows[0];
      const site = {
        meta: rule.meta,
        table: table.kind,
        params: () => ({ label: rowLabel(row), column: columnLabel(spec.total), parts: partsText }),
      };
      const operands: (Figure | undefined)[] = new Array(parts.length);
      const rows = allRows(table);
      // an index loop: `row` is read by site.params, and for-of over it allocates
      for (let r = 0; r < rows.length; r++) {
        row = rows[r];
        for (let i = 0; i < parts.length; i++) operands[i] = row.cells[parts[i]];
        const found = checkTotal(site, row.cells[spec.total], operands);
        if (found.length > 0) out.push(...found);
      }
    }
    return out;
  },
};
