import { totalScore } from "../indicators";
import { round } from "../numbers";
import type { Figure } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { amountText } from "./shared/compare";
import { emit } from "./shared/emit";
import { evaluate, scoringOf, executionLine, expectedExecution, perfName, perfTables } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-total-score",
    title: "总分＝执行率得分＋各指标得分",
    titleEn: "Total score = execution score + indicator scores",
    formula: "总分 = 执行率得分 + Σ 各指标得分",
    formulaEn: "total score = execution score + Σ indicator scores",
    severity: "error",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”总分应为{{expected}}（{{basis}}），表中为{{actual}}。",
    messageEn: "\"{{name}}\": total score should be {{expected}} ({{basisEn}}), stated {{actual}}.",
    description:
      "绩效自评表总分 = 执行率得分 + Σ 指标得分，各行得分先四舍五入到两位小数再相加。先按表中填列的得分核对加总；加总无误但某项得分本身有误时，再按重算后的得分报告正确总分，免得改了得分忘了总分。",
  },
  check(context) {
    const out: Finding[] = [];
    const scoring = scoringOf(context.settings);
    for (const t of perfTables(context)) {
      if (!t.totalScore) continue;
      const line = executionLine(t);
      const rows = t.indicators.filter((r) => r.score !== undefined);
      if (!line.score && rows.length === 0) continue;
      const stated = totalScore(line.score?.value ?? 0, rows.map((r) => r.score!.value));
      // the scores as they should be: recomputed where the inputs allow, else as stated
      const recomputed = totalScore(
        expectedExecution(line)?.score ?? line.score?.value ?? 0,
        rows.map((r) => evaluate(r, t.kind, scoring)?.score ?? r.score!.value),
      );
      const statedTotal = round(t.totalScore.value, 2);
      const [expected, basis, basisEn] = !statedTotal.eq(stated)
        ? [stated, "执行率得分与各指标得分之和", "execution score plus indicator scores"]
        : !statedTotal.eq(recomputed)
          ? [recomputed, "按重算后的执行率得分与各指标得分，表中部分得分有误", "from the recomputed scores; some stated scores are wrong"]
          : [null, "", ""];
      if (expected === null) continue;
      out.push(
        emit(rule.meta, {
          at: t.totalScore,
          table: t.kind,
          related: [line.score, ...rows.map((r) => r.score)].filter((f): f is Figure => f !== undefined),
          params: { name: perfName(t), basis, basisEn },
          expected: amountText(expected),
          actual: amountText(t.totalScore.value),
        }),
      );
    }
    return out;
  },
};
