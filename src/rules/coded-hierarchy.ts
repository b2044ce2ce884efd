import type { CodedRow, CodedTable, Figure } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { families } from "./shared/hierarchy";
import { columnLabel } from "./shared/labels";
import { rowLabel, totalRow } from "./shared/select";

const KINDS: CodedTable["kind"][] = ["income", "expenditure", "gpb-expenditure", "gov-fund", "soe-capital"];
const LEVEL_NAME = { total: "类", class: "款", section: "项", item: "" } as const;

export const rule: Rule = {
  meta: {
    id: "coded-hierarchy",
    title: "科目层级汇总：合计＝Σ类，类＝Σ款，款＝Σ项",
    titleEn: "Code hierarchy: total = Σ classes, class = Σ sections, section = Σ items",
    formula: "合计 = Σ 类；类 = Σ 款；款 = Σ 项（每一金额栏）",
    formulaEn: "total = Σ classes; class = Σ sections; section = Σ items (each amount column)",
    severity: "error",
    scope: "表内",
    tables: KINDS,
    message: "{{label}}的{{column}}应为{{expected}}（下级{{level}}之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "{{label}}: {{column}} should be {{expected}} (sum of its {{level}} rows), stated {{actual}}, difference {{difference}}.",
    description:
      "按科目编码层级（类 3 位、款 5 位、项 7 位），每一栏：合计 = 各类之和，类 = 所属各款之和，款 = 所属各项之和。适用于收入决算表、支出决算表、一般公共预算财政拨款支出决算表及政府性基金、国有资本经营预算财政拨款收入支出决算表。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of context.tables) {
      if (!KINDS.includes(t.kind as CodedTable["kind"])) continue;
      const table = t as CodedTable;
      // one site per table, its params read the family and column being checked (no closure per cell)
      let parent: CodedRow = table.rows[0];
      let key = "";
      const site = {
        meta: rule.meta,
        table: table.kind,
        params: () => ({ label: rowLabel(parent), column: columnLabel(key), level: LEVEL_NAME[parent.level] }),
      };
      const operands: (Figure | undefined)[] = [];
      for (const family of families(table.rows, totalRow(table))) {
        parent = family.parent;
        const children = family.children;
        operands.length = children.length;
        // index loops: the loop variables are read by site.params, and for-of over them allocates
        for (let k = 0; k < table.columns.length; k++) {
          key = table.columns[k];
          // one operand array refilled per family and column (the column's figures of the children)
          for (let i = 0; i < children.length; i++) operands[i] = children[i].cells[key];
          const found = checkTotal(site, parent.cells[key], operands);
          if (found.length > 0) out.push(...found);
        }
      }
    }
    return out;
  },
};
