import type { Finding, Rule } from "./shared/types";
import { emit } from "./shared/emit";
import { perfName, perfTables, targetOf } from "./shared/perf";

/** 二级指标 whose targets are naturally lower bounds (more is better). 成本 and 时效 are left alone. */
const MORE_IS_BETTER = /数量指标|质量指标|效益指标|满意度指标/;
/** An indicator measuring something bad (差错率, 投诉率, 事故发生率 …) rightly has an upper bound. */
const LESS_IS_BETTER = /差错|误差|投诉|事故|违规|违纪|不合格|失误|流失|辍学|超支|超标|影响|损失|发生|下降|减少|降低|控制|风险|隐患|延误|逾期|返工|缺陷|故障|污染|排放|能耗/;

export const rule: Rule = {
  meta: {
    id: "perf-target-direction",
    title: "数量、质量、效益、满意度指标用了上限型目标",
    titleEn: "An upper-bound target on a more-is-better indicator",
    formula: "数量、质量、效益、满意度指标 ⇒ 目标值用 ≥",
    formulaEn: "quantity, quality, benefit, satisfaction indicators ⇒ a ≥ target",
    severity: "warning",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”{{level}}“{{indicator}}”目标值为{{actual}}，是上限（≤/<），这类指标通常应为下限（≥），请核实比较符号。",
    messageEn: "\"{{name}}\" {{level}} \"{{indicator}}\": the target {{actual}} is an upper bound (≤/<); such indicators usually take a lower bound (≥). Check the operator.",
    description:
      "数量指标、质量指标、效益指标和满意度指标越多越好，目标值一般写“≥”；写成“≤”或“<”时，完成再多也只能得满分，超额部分也不会被发现，往往是符号写反（种子文件中“开展家庭教育讲座数量 <=5次”“局机关正常运转率 <=100%”）。成本指标、时效指标，以及名称表明越少越好的指标（差错率、投诉率、事故发生率等）不提示。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      for (const row of t.indicators) {
        if (!MORE_IS_BETTER.test(row.level2) || LESS_IS_BETTER.test(row.name.text)) continue;
        const target = targetOf(row);
        if (target?.kind !== "quantity" || (target.operator !== "<=" && target.operator !== "<")) continue;
        out.push(
          emit(rule.meta, {
            at: row.target,
            table: t.kind,
            related: [row.actual],
            params: { name: perfName(t), level: row.level2, indicator: row.name.text },
            expected: `>=${row.target.text.replace(/^\s*(<=|≤|<)\s*/, "")}`,
            actual: row.target.text,
          }),
        );
      }
    }
    return out;
  },
};
