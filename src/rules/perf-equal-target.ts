import type { Finding, Rule } from "./shared/types";
import { emit } from "./shared/emit";
import { actualOf, perfName, perfTables, targetOf } from "./shared/perf";

export const rule: Rule = {
  meta: {
    id: "perf-equal-target",
    title: "“=”目标值与实际完成值不同",
    titleEn: "An \"=\" target differs from the actual",
    formula: "目标值“= X” ⇒ 实际完成值 = X",
    formulaEn: "target \"= X\" ⇒ actual = X",
    severity: "warning",
    scope: "表内",
    tables: ["perf-overall"],
    message: "“{{name}}”指标“{{indicator}}”预期指标值为{{expected}}，实际完成{{actual}}，与“=”目标不符，请核实目标值或说明。",
    messageEn: "\"{{name}}\" indicator \"{{indicator}}\": the target is {{expected}} but the actual is {{actual}}; check the target or explain.",
    description: "整体支出绩效自评表的指标用“=”设定目标（如 =85%）而实际完成值不同（如 100%）时给出提示：目标设定可能不当，或需要说明。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of perfTables(context)) {
      if (t.kind !== "perf-overall") continue;
      for (const row of t.indicators) {
        const target = targetOf(row);
        const actual = actualOf(row);
        if (target?.kind !== "quantity" || !target.explicitOperator || target.operator !== "=") continue;
        if (actual?.kind !== "quantity" || actual.unit !== target.unit || actual.value.eq(target.value)) continue;
        out.push(
          emit(rule.meta, {
            at: row.actual,
            table: t.kind,
            related: [row.target],
            params: { name: perfName(t), indicator: row.name.text },
            expected: row.target.text,
            actual: row.actual.text,
          }),
        );
      }
    }
    return out;
  },
};
