import type { Finding, Rule } from "./shared/types";
import { checkSame } from "./shared/compare";
import { tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "gpb-basic-operating-cost",
    title: "行政单位机关运行经费等于公用经费",
    titleEn: "Administrative units: operating cost equals public funds",
    formula: "机关运行经费 = 公用经费合计（行政、参公单位）",
    formulaEn: "operating cost = public expenses total (administrative units)",
    severity: "warning",
    scope: "表内",
    tables: ["gpb-basic"],
    message: "机关运行经费为{{actual}}，行政（参公）单位应等于公用经费合计{{expected}}，相差{{difference}}。",
    messageEn: "Operating cost is {{actual}}; for an administrative unit it should equal public funds {{expected}}, difference {{difference}}.",
    description: "行政单位和参照公务员法管理的事业单位，机关运行经费 = 一般公共预算财政拨款基本支出中的公用经费合计。仅在表中列出机关运行经费且设置为行政单位时检查。",
  },
  check(context) {
    if (context.settings.administrativeUnit === false) return [];
    const out: Finding[] = [];
    for (const t of tablesOf(context, "gpb-basic")) {
      out.push(...checkSame({ meta: rule.meta, table: t.kind, params: {} }, t.operatingCost, t.publicTotal));
    }
    return out;
  },
};
