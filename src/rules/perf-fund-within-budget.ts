import type { Finding, Rule } from "./shared/types";
import { checkNotAbove } from "./shared/compare";
import { perfName, perfTables, sourceRows } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-fund-within-budget",
    title: "各资金来源全年执行数不超过全年预算数",
    titleEn: "Each source's execution does not exceed its annual budget",
    formula: "各资金来源 全年执行数 ≤ 全年预算数",
    formulaEn: "executed per source ≤ full-year budget",
    severity: "error",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”{{source}}全年执行数{{actual}}超过全年预算数{{limit}}，超出{{excess}}（资金来源栏是否填反？）。",
    messageEn: "\"{{name}}\": {{source}} executed {{actual}} exceeds its annual budget {{limit}} by {{excess}} (columns swapped?).",
    description:
      "绩效自评表每个资金来源（当年财政拨款、其他资金；上级、本级、其他资金）的全年执行数不得大于其全年预算数。例如全年预算数 0.00 而执行数 367.36，多为资金来源栏填反。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      for (const row of sourceRows(t)) {
        const site = { meta: rule.meta, table: t.kind, params: { name: perfName(t), source: row.label.replace(/^其中[:：]/, "").trim() } };
        out.push(...checkNotAbove(site, row.executed, row.annualBudget));
      }
    }
    return out;
  },
};
