import { Decimal } from "../numbers/decimal";
import type { StatedRatio } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { checkPercent } from "./shared/compare";
import { TABLE_NAMES } from "./shared/labels";

const NAMES: Record<StatedRatio["kind"], [string, string]> = {
  share: ["占比", "share"],
  variance: ["预决算差异率", "budget variance rate"],
  completion: ["完成率", "completion rate"],
};

/** The exact ratio a stated rate should show; undefined when its denominator is zero and the part is not. */
function exact(r: StatedRatio): Decimal | undefined {
  const [a, b] = r.operands.map((f) => new Decimal(f.value));
  if (b.isZero()) return a.isZero() ? new Decimal(0) : undefined;
  if (r.kind === "variance") return a.minus(b).div(b);
  return a.div(b);
}

export const rule: Rule = {
  meta: {
    id: "stated-ratio",
    title: "表中列示的占比、差异率、完成率可重算",
    titleEn: "Stated shares and rates in a table recompute",
    severity: "error",
    scope: "表内",
    tables: ["summary", "income", "expenditure", "fiscal-summary", "gpb-expenditure", "gpb-basic", "gov-fund", "soe-capital", "three-public"],
    message: "{{table}}{{ratio}}应为{{expected}}，表中为{{actual}}。",
    messageEn: "{{tableEn}}: the {{ratioEn}} should be {{expected}}, stated {{actual}}.",
    description:
      "表中另列的占比（本行金额 ÷ 合计行金额）、预决算差异率（（决算数 − 预算数）÷ 预算数）、完成率（决算数 ÷ 预算数）按显示的金额重算，保留两位百分数：相差不超过0.01个百分点为截尾（尾差，提示），更多为错误。",
    formula: "占比 = 本行 ÷ 合计；差异率 = （决算 − 预算） ÷ 预算；完成率 = 决算 ÷ 预算",
    formulaEn: "share = row ÷ total; variance = (final − budget) ÷ budget; completion = final ÷ budget",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of context.tables) {
      const [table, tableEn] = TABLE_NAMES[t.kind] ?? [t.kind, t.kind];
      for (const r of t.ratios ?? []) {
        const value = exact(r);
        if (!value) continue;
        const [ratio, ratioEn] = NAMES[r.kind];
        out.push(...checkPercent({ meta: rule.meta, table: t.kind, params: { table, tableEn, ratio, ratioEn } }, r.stated, value, r.operands));
      }
    }
    return out;
  },
};
