import { round } from "../numbers";
import type { Finding, Rule } from "./shared/types";
import { amountText } from "./shared/compare";
import { emit } from "./shared/emit";
import { executionLine, expectedExecution, perfName, perfTables } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-exec-score",
    title: "执行率得分＝min(执行率,100%)×分值",
    titleEn: "Execution score = min(rate, 100%) × weight",
    formula: "执行率得分 = min(执行率, 100%) × 分值",
    formulaEn: "execution score = min(rate, 100%) × weight",
    severity: "error",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”执行率得分应为{{expected}}（{{rate}}×{{weight}}），表中为{{actual}}。",
    messageEn: "\"{{name}}\": execution score should be {{expected}} ({{rate}} × {{weight}}), stated {{actual}}.",
    description:
      "绩效自评表：执行率得分 = min(全年执行数 ÷ 全年预算数, 100%) × 分值（一般为 10），用精确执行率计算后四舍五入到两位小数。例如执行率 99.16% 的得分是 9.92。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      const line = executionLine(t);
      const computed = expectedExecution(line);
      if (!line.score || line.score.blank || !computed) continue;
      const { rate: r, weight, score: expected } = computed;
      if (round(line.score.value, 2).eq(expected)) continue;
      out.push(
        emit(rule.meta, {
          at: line.score,
          table: t.kind,
          related: [line.executed, line.budget, line.weight],
          params: { name: perfName(t), rate: `${round(r.times(100), 2).toFixed(2)}%`, weight: String(weight) },
          expected: amountText(expected),
          actual: amountText(line.score.value),
        }),
      );
    }
    return out;
  },
};
