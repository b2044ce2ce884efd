import type { Finding, Rule } from "./shared/types";
import { checkPercent } from "./shared/compare";
import { evaluate, scoringOf, perfName, perfTables } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-indicator-rate",
    title: "指标完成率按目标值与业绩值计算",
    titleEn: "Indicator completion rate follows target and actual",
    formula: "完成率 = f(目标值, 业绩值)：≥ 为 业绩÷目标，≤ 超出为 目标÷业绩",
    formulaEn: "completion = f(target, actual): ≥ is actual ÷ target, ≤ over is target ÷ actual",
    severity: "error",
    scope: "表内",
    tables: ["perf-project"],
    message: "“{{name}}”指标“{{indicator}}”完成率应为{{expected}}（目标值{{target}}，业绩值{{value}}），表中为{{actual}}。",
    messageEn: "\"{{name}}\" indicator \"{{indicator}}\": completion should be {{expected}} (target {{target}}, actual {{value}}), stated {{actual}}.",
    description:
      "完成率 r：≥、> 目标为业绩值÷目标值；= 目标相等为 100%，否则业绩值÷目标值；≤、< 目标在界限内为 100%，否则目标值÷业绩值；时限目标按期完成为 100%，逾期为 0；定性目标“达到预期指标”为 100%。显示为百分数两位小数，相差不超过 0.01 个百分点为提示信息。",
  },
  check(context) {
    const out: Finding[] = [];
    const scoring = scoringOf(context.settings);
    for (const t of perfTables(context)) {
      if (t.kind !== "perf-project") continue;
      for (const row of t.indicators) {
        if (!row.rate || row.rate.blank) continue;
        const e = evaluate(row, t.kind, scoring);
        if (!e || e.rate === null) continue;
        const site = { meta: rule.meta, table: t.kind, params: { name: perfName(t), indicator: row.name.text, target: row.target.text, value: row.actual.text } };
        out.push(...checkPercent(site, row.rate, e.rate, [row.target, row.actual]));
      }
    }
    return out;
  },
};
