import { round, ZERO } from "../numbers";
import type { Finding, Rule } from "./shared/types";
import { amountText } from "./shared/compare";
import { emit } from "./shared/emit";
import { evaluate, scoringOf, perfName, perfTables } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-indicator-score",
    title: "指标得分按赋分规则计算",
    titleEn: "Indicator score follows its scoring rule",
    formula: "指标得分 = 权重 × 完成率（按赋分规则）",
    formulaEn: "indicator score = weight × completion (by the scoring rule)",
    severity: "error",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”指标“{{indicator}}”得分应为{{expected}}（权重{{weight}}，{{basis}}），表中为{{actual}}。",
    messageEn: "\"{{name}}\" indicator \"{{indicator}}\": score should be {{expected}} (weight {{weight}}, {{basisEn}}), stated {{actual}}.",
    description:
      "项目表按各行赋分规则：按照完成比例赋分 r≤1 得 w×r，r>1 得 w×(2−r)（不低于 0）；满意度赋分 r≥1 得 w，否则 w×r；直接赋分达成得 w，否则 0；按评判等级赋分“达到预期指标”得 w，否则只检查 0≤得分≤w。整体表无赋分规则：达成得满分，未达成得 w×r。用精确完成率计算，四舍五入两位小数。两项口径可在设置中改：成本指标按“≤目标值”计分（节约即达成），超额完成按满分封顶（不按 w×(2−r) 扣分）；默认取地区口径。",
  },
  check(context) {
    const out: Finding[] = [];
    const scoring = scoringOf(context.settings);
    for (const t of perfTables(context)) {
      for (const row of t.indicators) {
        if (!row.score || row.score.blank) continue;
        const e = evaluate(row, t.kind, scoring);
        if (!e) continue;
        const stated = round(row.score.value, 2);
        const rateText = e.rate === null ? "" : `${round(e.rate.times(100), 2).toFixed(2)}%`;
        let expected: string;
        if (e.score !== null) {
          if (stated.eq(e.score)) continue;
          expected = amountText(e.score);
        } else {
          // a graded judgement: only the range can be checked
          if (stated.gte(ZERO) && stated.lte(e.weight)) continue;
          expected = `0～${amountText(e.weight)}`;
        }
        const basis = rateText ? `完成率${rateText}` : "评判等级";
        const basisEn = rateText ? `completion ${rateText}` : "graded";
        out.push(
          emit(rule.meta, {
            at: row.score,
            table: t.kind,
            related: [row.weight, row.target, row.actual, row.rule],
            params: { name: perfName(t), indicator: row.name.text, weight: e.weight.toString(), basis, basisEn },
            expected,
            actual: amountText(row.score.value),
          }),
        );
      }
    }
    return out;
  },
};
