import type { Finding, Rule, RuleContext } from "./shared/types";
import { checkSame, checkTotal } from "./shared/compare";
import { tablesOf } from "./shared/select";

/** 行政/参公 units only: the cover's 单位性质 decides when written, else the setting. */
function administrative(context: RuleContext): boolean {
  const nature = context.facts?.nature?.value;
  if (nature) return nature !== "事业";
  return context.settings.administrativeUnit !== false;
}

export const rule: Rule = {
  meta: {
    id: "gpb-basic-operating-cost",
    title: "行政单位机关运行经费等于公用经费",
    titleEn: "Administrative units: operating cost equals public funds",
    severity: "warning",
    scope: "表内",
    tables: ["gpb-basic"],
    message: "机关运行经费为{{actual}}，行政（参公）单位应等于{{basis}}{{expected}}，相差{{difference}}。",
    messageEn: "Operating cost is {{actual}}; for an administrative unit it should equal {{basisEn}} {{expected}}, difference {{difference}}.",
    description:
      "行政单位和参照公务员法管理的事业单位，机关运行经费 = 一般公共预算财政拨款基本支出中的公用经费合计（地区口径为“日常公用经费”时不含310资本性支出）。仅在表中列出机关运行经费、且单位为行政/参公（封面或设置）时检查。",
    formula: "机关运行经费 = 公用经费合计（或 公用经费合计 − 310资本性支出）",
    formulaEn: "operating cost = public funds total (or public funds total − 310 capital expenditure)",
  },
  check(context) {
    if (!administrative(context)) return [];
    const withoutCapital = context.settings.profile?.operatingCostDefinition === "public-without-capital";
    const out: Finding[] = [];
    for (const t of tablesOf(context, "gpb-basic")) {
      if (withoutCapital) {
        const capital = t.publicFunds.find((r) => r.code === "310")?.cells.amount;
        const params = { basis: "公用经费合计减资本性支出", basisEn: "public funds less capital expenditure" };
        out.push(...checkTotal({ meta: rule.meta, table: t.kind, params }, t.operatingCost, [t.publicTotal], [capital]));
      } else {
        const params = { basis: "公用经费合计", basisEn: "public funds" };
        out.push(...checkSame({ meta: rule.meta, table: t.kind, params }, t.operatingCost, t.publicTotal));
      }
    }
    return out;
  },
};
