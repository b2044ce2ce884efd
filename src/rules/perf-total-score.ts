import { totalScore } from "../indicators";
import { round } from "../numbers";
import type { Figure } from "../tables/types";
import type { Finding, Rule } from "./types";
import { amountText } from "./compare";
import { emit } from "./report";
import { executionLine, perfName, perfTables } from "./perf";

export const rule: Rule = {
  meta: {
    id: "perf-total-score",
    title: "总分＝执行率得分＋各指标得分",
    titleEn: "Total score = execution score + indicator scores",
    severity: "error",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”总分应为{{expected}}（执行率得分与各指标得分之和），表中为{{actual}}。",
    messageEn: "\"{{name}}\": total score should be {{expected}} (execution score plus indicator scores), stated {{actual}}.",
    description: "绩效自评表总分 = 执行率得分 + Σ 指标得分，各行得分先四舍五入到两位小数再相加（按表中填列的得分相加，得分本身是否正确由其他规则检查）。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      if (!t.totalScore) continue;
      const exec = executionLine(t).score;
      const scores = t.indicators.map((r) => r.score).filter((s): s is Figure => s !== undefined);
      if (!exec && scores.length === 0) continue;
      const expected = totalScore(exec?.value ?? 0, scores.map((s) => s.value));
      if (round(t.totalScore.value, 2).eq(expected)) continue;
      out.push(
        emit(rule.meta, {
          at: t.totalScore,
          table: t.kind,
          related: [exec, ...scores],
          params: { name: perfName(t) },
          expected: amountText(expected),
          actual: amountText(t.totalScore.value),
        }),
      );
    }
    return out;
  },
};
