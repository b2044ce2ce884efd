import { executionRate } from "../indicators";
import { formatPercent, percentStatus, round } from "../numbers";
import type { Finding, Rule } from "./types";
import { emit } from "./report";
import { executionLine, isFailure, perfName, perfTables } from "./perf";

export const rule: Rule = {
  meta: {
    id: "perf-exec-rate",
    title: "预算执行率＝全年执行数÷全年预算数",
    titleEn: "Execution rate = executed ÷ annual budget",
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
      if (!line.rate || line.rate.blank || !line.budget || !line.executed) continue;
      const r = executionRate(round(line.executed.value, line.executed.decimals), round(line.budget.value, line.budget.decimals));
      if (isFailure(r)) continue;
      const expected = round(r, 4);
      const status = percentStatus(line.rate.value, expected);
      if (status === "equal") continue;
      out.push(
        emit(rule.meta, {
          at: line.rate,
          table: t.kind,
          related: [line.executed, line.budget],
          params: { name: perfName(t) },
          expected: formatPercent(expected),
          actual: formatPercent(line.rate.value),
          tail: status === "tail",
        }),
      );
    }
    return out;
  },
};
