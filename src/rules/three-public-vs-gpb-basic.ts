import type { Finding, Rule } from "./shared/types";
import { checkNotAbove } from "./shared/compare";
import { tablePair } from "./shared/labels";
import { firstOf, RowIndex, tablesOf } from "./shared/select";

/** T6 economic line → the T9 决算 figure it is part of. */
const PARTS = [
  { code: "30212", key: "abroad", label: "因公出国（境）费" },
  { code: "30217", key: "reception", label: "公务接待费" },
  { code: "30231", key: "vehicleOperation", label: "公务用车运行维护费" },
  { code: "31013", key: "vehiclePurchase", label: "公务用车购置费" },
] as const;

export const rule: Rule = {
  meta: {
    id: "three-public-vs-gpb-basic",
    title: "基本支出中的“三公”科目不超过“三公”经费决算数",
    titleEn: "Three-public lines of basic expenditure do not exceed the three-public final figures",
    formula: "基本支出中 “三公”科目 ≤ “三公”经费决算数",
    formulaEn: "three-public codes in basic expenditure ≤ three-public actuals",
    severity: "error",
    scope: "表间",
    tables: ["gpb-basic", "three-public"],
    message: "{{code}} {{label}}：{{stated}}为{{actual}}，超过{{reference}}决算数{{limit}}，超出{{excess}}。",
    messageEn: "{{code}} {{label}}: {{statedEn}} states {{actual}}, more than the final figure {{limit}} in {{referenceEn}}, by {{excess}}.",
    description:
      "基本支出中的“三公”科目是“三公”经费决算数的一部分：30212 因公出国（境）费 ≤ 因公出国（境）费决算数；30217 公务接待费 ≤ 公务接待费决算数；30231 公务用车运行维护费 ≤ 运行维护费决算数；31013 公务用车购置 ≤ 购置费决算数。",
  },
  check(context) {
    const t9 = firstOf(context, "three-public");
    if (!t9) return [];
    const out: Finding[] = [];
    for (const t6 of tablesOf(context, "gpb-basic")) {
      const index = new RowIndex([...t6.personnel, ...t6.publicFunds]);
      for (const p of PARTS) {
        const site = { meta: rule.meta, table: t6.kind, params: { code: p.code, label: p.label, ...tablePair("gpb-basic", "three-public") } };
        out.push(...checkNotAbove(site, index.code(p.code)?.cells.amount, t9.final[p.key]));
      }
    }
    return out;
  },
};
