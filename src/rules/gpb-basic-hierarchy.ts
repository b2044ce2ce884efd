import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { column, families } from "./shared/hierarchy";
import { rowLabel, tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "gpb-basic-hierarchy",
    title: "基本支出表经济分类：类＝Σ款",
    titleEn: "Basic expenditure table: economic class = Σ its lines",
    formula: "经济分类 类 = Σ 所属款",
    formulaEn: "economic class = Σ its sections",
    severity: "error",
    scope: "表内",
    tables: ["gpb-basic"],
    message: "一般公共预算财政拨款基本支出决算表{{label}}应为{{expected}}（所属各款之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "Basic expenditure table: {{label}} should be {{expected}} (sum of its lines), stated {{actual}}, difference {{difference}}.",
    description: "一般公共预算财政拨款基本支出决算表（T6）中，每个经济分类类级科目（301、302、303、310 等）= 所属款级科目（30101 等）之和。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "gpb-basic")) {
      for (const rows of [t.personnel, t.publicFunds]) {
        for (const { parent, children } of families(rows)) {
          const site = { meta: rule.meta, table: t.kind, params: { label: rowLabel(parent) } };
          out.push(...checkTotal(site, parent.cells.amount, column(children, "amount")));
        }
      }
    }
    return out;
  },
};
