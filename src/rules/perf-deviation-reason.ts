import { ONE, round } from "../numbers";
import type { Finding, Rule } from "./shared/types";
import { emit } from "./shared/emit";
import { evaluate, scoringOf, perfName, perfTables } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-deviation-reason",
    title: "未满分或完成率不为100%须说明偏差原因",
    titleEn: "A deviation needs its reason and improvement measures",
    formula: "得分 < 权重 或 完成率 ≠ 100% ⇒ 填写偏差原因",
    formulaEn: "score < weight or completion ≠ 100% ⇒ a deviation reason",
    severity: "warning",
    scope: "表内",
    tables: ["perf-project"],
    message: "“{{name}}”指标“{{indicator}}”{{state}}，{{advice}}",
    messageEn: "\"{{name}}\" indicator \"{{indicator}}\": {{stateEn}}; {{adviceEn}}",
    description:
      "项目支出绩效自评表：完成率不等于 100% 或指标得分低于权重时，须填写偏差原因分析及改进措施（缺失为提示）；完成率恰为 100% 且得满分却填写了偏差原因时给出提示信息。",
  },
  check(context) {
    const out: Finding[] = [];
    const scoring = scoringOf(context.settings);
    for (const t of perfTables(context)) {
      if (t.kind !== "perf-project") continue;
      for (const row of t.indicators) {
        const e = evaluate(row, t.kind, scoring);
        const rate = e?.rate ?? (row.rate && !row.rate.blank ? row.rate.value : null);
        const weight = row.weight?.value ?? e?.weight;
        const score = row.score && !row.score.blank ? round(row.score.value, 2) : e?.score;
        if (rate === null || rate === undefined) continue;
        const fullRate = round(rate, 4).eq(ONE);
        const short = weight !== undefined && score !== null && score !== undefined && score.lt(weight);
        const given = (row.deviation?.text ?? "").trim() !== "";
        const rateText = `${round(rate.times(100), 2).toFixed(2)}%`;
        const at = row.deviation ?? { sheet: t.sheet, cell: row.name.cell };
        const params = { name: perfName(t), indicator: row.name.text };
        if ((!fullRate || short) && !given) {
          out.push(
            emit(rule.meta, {
              at,
              table: t.kind,
              related: [row.rate, row.score],
              params: {
                ...params,
                state: short ? `得分低于权重（完成率${rateText}）` : `完成率${rateText}`,
                stateEn: short ? `score below weight (completion ${rateText})` : `completion ${rateText}`,
                advice: "应填写偏差原因分析及改进措施。",
                adviceEn: "the deviation reason and measures are required.",
              },
              expected: "偏差原因分析及改进措施",
              actual: "",
            }),
          );
        } else if (fullRate && !short && given) {
          out.push(
            emit(rule.meta, {
              at,
              table: t.kind,
              severity: "info",
              related: [row.rate, row.score],
              params: {
                ...params,
                state: "完成率100%且得满分",
                stateEn: "completion 100% with full score",
                advice: "所填偏差原因可删除。",
                adviceEn: "the deviation text is not needed.",
              },
              expected: "",
              actual: row.deviation!.text,
            }),
          );
        }
      }
    }
    return out;
  },
};
