import { Decimal, round, sum } from "../numbers";
import type { TextCell } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { amountText } from "./shared/compare";
import { emit } from "./shared/emit";
import { isCostRow, perfName, targetOf } from "./shared/perf";
import { tablesOf } from "./shared/select";

const TEN_THOUSAND = new Decimal(10000);

export const rule: Rule = {
  meta: {
    id: "perf-cost-budget",
    title: "成本指标金额合计等于项目全年预算数",
    titleEn: "Cost indicator amounts add up to the annual budget",
    formula: "Σ 成本指标目标值 = 全年预算数",
    formulaEn: "Σ cost indicator targets = full-year budget",
    severity: "warning",
    scope: "表内",
    tables: ["perf-project"],
    message: "“{{name}}”成本指标目标值合计{{expected}}万元，与全年预算数{{actual}}万元不一致。",
    messageEn: "\"{{name}}\": cost indicator targets total {{expected}} (10k yuan), the annual budget is {{actual}}.",
    description: "项目支出绩效自评表中，以万元表示的成本指标目标值之和应等于项目的全年预算数（成本指标是对预算的分解）。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "perf-project")) {
      const budget = t.funds.total?.annualBudget;
      if (!budget) continue;
      const cells: TextCell[] = [];
      const amounts: Decimal[] = [];
      for (const row of t.indicators) {
        if (!isCostRow(row)) continue;
        const target = targetOf(row);
        if (target?.kind !== "quantity" || !target.writtenUnit.startsWith("万元")) continue;
        cells.push(row.target);
        amounts.push(target.value.div(TEN_THOUSAND));
      }
      if (amounts.length === 0) continue;
      const total = round(sum(amounts), 2);
      if (total.eq(round(budget.value, 2))) continue;
      out.push(
        emit(rule.meta, {
          at: budget,
          table: t.kind,
          related: cells,
          params: { name: perfName(t) },
          expected: amountText(total),
          actual: amountText(budget.value),
        }),
      );
    }
    return out;
  },
};
