import type { Finding, Rule } from "./shared/types";
import { checkPercent } from "./shared/compare";
import { executionLine, expectedExecution, perfName, perfTables } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-exec-rate",
    title: "预算执行率＝全年执行数÷全年预算数",
    titleEn: "Execution rate = executed ÷ annual budget",
    formula: "执行率 = 全年执行数 ÷ 全年预算数",
    formulaEn: "execution rate = executed ÷ full-year budget",
    severity: "error",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”执行率应为{{expected}}（全年执行数÷全年预算数），表中为{{actual}}。",
    messageEn: "\"{{name}}\": execution rate should be {{expected}} (executed ÷ annual budget), stated {{actual}}.",
    description:
      "绩效自评表资金情况：执行率 = 全年执行数 ÷ 全年预算数（不是年初预算数），以百分数两位小数显示。按显示金额重算，相差不超过 0.01 个百分点视为截位（提示信息），超过为错误。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      const line = executionLine(t);
      const computed = expectedExecution(line);
      if (!line.rate || line.rate.blank || !computed) continue;
      const site = { meta: rule.meta, table: t.kind, params: { name: perfName(t) } };
      out.push(...checkPercent(site, line.rate, computed.rate, [line.executed, line.budget]));
    }
    return out;
  },
};
