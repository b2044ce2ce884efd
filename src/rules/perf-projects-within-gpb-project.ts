import { round, sum } from "../numbers";
import type { Figure } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { amountText, coarsest } from "./shared/compare";
import { tablePair } from "./shared/labels";
import { emit } from "./shared/emit";
import { firstOf, tablesOf, totalRow } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "perf-projects-within-gpb-project",
    title: "各项目当年财政拨款执行数之和不超过一般公共预算项目支出",
    titleEn: "Projects' fiscal execution does not exceed general-budget project expenditure",
    formula: "Σ 各项目 当年财政拨款执行数 ≤ 一般公共预算 项目支出",
    formulaEn: "Σ projects' fiscal executed ≤ general-budget project expenditure",
    severity: "warning",
    scope: "表间",
    tables: ["perf-project", "gpb-expenditure"],
    message: "{{count}}个项目的当年财政拨款全年执行数合计{{total}}，超过{{reference}}项目支出{{actual}}。",
    messageEn: "The fiscal execution of {{count}} projects totals {{total}}, more than the project expenditure {{actual}} in {{referenceEn}}.",
    description: "各项目支出绩效自评表“其中：当年财政拨款”的全年执行数之和，不应大于一般公共预算财政拨款支出决算表（T5）合计行的项目支出。",
  },
  check(context) {
    const t5 = firstOf(context, "gpb-expenditure");
    const stated = t5 && totalRow(t5)?.cells.project;
    if (!stated) return [];
    const executed = tablesOf(context, "perf-project")
      .map((p) => p.funds.fiscal?.executed)
      .filter((f): f is Figure => f !== undefined);
    if (executed.length === 0) return [];
    const d = coarsest([stated, ...executed]);
    const total = sum(executed.map((f) => round(f.value, d)));
    if (total.lte(round(stated.value, d))) return [];
    return [
      emit(rule.meta, {
        at: stated,
        table: "gpb-expenditure",
        related: executed,
        params: { count: String(executed.length), total: amountText(total, d), ...tablePair("gpb-expenditure", "gpb-expenditure") },
        expected: `≥${amountText(total, d)}`,
        actual: amountText(stated.value, d),
      }),
    ] as Finding[];
  },
};
