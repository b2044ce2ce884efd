import type { Finding, Rule } from "./shared/types";
import { emit } from "./shared/emit";
import { perfName, perfTables, rowIssues } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-target-format",
    title: "目标值、业绩值书写规范",
    titleEn: "Target and actual expressions are well written",
    formula: "目标值 = 比较符号 + 数值 + 单位；业绩值 = 数值 + 单位",
    formulaEn: "target = comparator + number + unit; actual = number + unit",
    severity: "warning",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”指标“{{indicator}}”：{{detail}}。",
    messageEn: "\"{{name}}\" indicator \"{{indicator}}\": {{detailEn}}.",
    description:
      "目标值应写明比较符号（>=、<=、=、< 等）和单位，业绩值与目标值单位一致：缺少符号的“0.98万元”按“=”处理并提示；“1000/天”对“1000元/天”为单位笔误；无法识别的目标值或业绩值也在此提示。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      for (const row of t.indicators) {
        for (const issue of rowIssues(row)) {
          out.push(
            emit(rule.meta, {
              at: issue.at,
              table: t.kind,
              related: [issue.at === row.target ? row.actual : row.target],
              params: { name: perfName(t), indicator: row.name.text, detail: issue.message, detailEn: issue.messageEn },
              expected: "",
              actual: issue.at === row.target ? row.target.text : row.actual.text,
            }),
          );
        }
      }
    }
    return out;
  },
};
