import type { CodedTable } from "../tables/types";
import type { Finding, Rule } from "./types";
import { checkTotal } from "./compare";
import { column, families } from "./hierarchy";
import { columnLabel } from "./labels";
import { rowLabel, totalRow } from "./select";

const KINDS: CodedTable["kind"][] = ["income", "expenditure", "gpb-expenditure", "gov-fund", "soe-capital"];
const LEVEL_NAME = { total: "类", class: "款", section: "项", item: "" } as const;

export const rule: Rule = {
  meta: {
    id: "coded-hierarchy",
    title: "科目层级汇总：合计＝Σ类，类＝Σ款，款＝Σ项",
    titleEn: "Code hierarchy: total = Σ classes, class = Σ sections, section = Σ items",
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
      for (const { parent, children } of families(table.rows, totalRow(table))) {
        for (const key of table.columns) {
          const site = {
            meta: rule.meta,
            table: table.kind,
            params: () => ({ label: rowLabel(parent), column: columnLabel(key), level: LEVEL_NAME[parent.level] }),
          };
          out.push(...checkTotal(site, parent.cells[key], column(children, key)));
        }
      }
    }
    return out;
  },
};
