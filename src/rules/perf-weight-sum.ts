import { Decimal, sum } from "../numbers";
import type { Figure } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { emit } from "./shared/emit";
import { executionLine, perfName, perfTables } from "./shared/perf";

const FULL = new Decimal(100);

export const rule: Rule = {
  meta: {
    id: "perf-weight-sum",
    title: "执行率分值与指标权重合计为100",
    titleEn: "Execution weight plus indicator weights total 100",
    formula: "执行率分值 + Σ 指标权重 = 100",
    formulaEn: "execution weight + Σ indicator weights = 100",
    severity: "error",
    scope: "表内",
    tables: ["perf-project", "perf-overall"],
    message: "“{{name}}”执行率分值与各指标权重合计应为{{expected}}，实为{{actual}}。",
    messageEn: "\"{{name}}\": execution weight plus indicator weights should total {{expected}}, they total {{actual}}.",
    description: "绩效自评表满分 100 分：执行率分值（一般为 10）+ Σ 指标权重 = 100。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      const weights = t.indicators.map((r) => r.weight).filter((w): w is Figure => w !== undefined);
      if (weights.length === 0) continue;
      const execWeight = executionLine(t).weight;
      const total = sum([execWeight && !execWeight.blank ? execWeight.value : 10, ...weights.map((w) => w.value)]);
      if (total.eq(FULL)) continue;
      out.push(
        emit(rule.meta, {
          at: execWeight && !execWeight.blank ? execWeight : weights[0],
          table: t.kind,
          related: weights,
          params: { name: perfName(t) },
          expected: "100",
          actual: total.toString(),
        }),
      );
    }
    return out;
  },
};
