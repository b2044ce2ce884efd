import type { FundRow } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { perfName, perfTables, sourceRows } from "./shared/perf";

const COLUMNS = [
  ["initialBudget", "年初预算数", "initial budget"],
  ["annualBudget", "全年预算数", "annual budget"],
  ["executed", "全年执行数", "executed"],
] as const;

export const rule: Rule = {
  meta: {
    id: "perf-fund-sum",
    title: "资金总额等于各来源之和",
    titleEn: "Fund total equals the sum of its sources",
    formula: "资金总额 = Σ 各资金来源",
    formulaEn: "total funds = Σ sources",
    severity: "error",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”{{column}}合计应为{{expected}}（各资金来源之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "\"{{name}}\": {{columnEn}} total should be {{expected}} (sum of sources), stated {{actual}}, difference {{difference}}.",
    description:
      "项目支出绩效自评表：年度资金总额 = 当年财政拨款 + 其他资金；整体支出绩效自评表：合计 = 上级资金 + 本级资金 + 其他资金。年初预算数、全年预算数、全年执行数各栏分别检查。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      const total: FundRow | undefined = t.funds.total;
      const sources = sourceRows(t);
      if (!total || sources.length === 0) continue;
      for (const [key, column, columnEn] of COLUMNS) {
        const site = { meta: rule.meta, table: t.kind, params: { name: perfName(t), column, columnEn } };
        out.push(...checkTotal(site, total[key], sources.map((s) => s[key])));
      }
    }
    return out;
  },
};
