import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { column } from "./shared/hierarchy";
import { tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "gpb-basic-totals",
    title: "人员经费＝301＋303，公用经费＝302＋310（＋307＋399）",
    titleEn: "Personnel = 301 + 303; public funds = 302 + 310 (+ 307 + 399)",
    formula: "人员经费 = 301 + 303；公用经费 = 302 + 310（+ 307 + 399）",
    formulaEn: "personnel = 301 + 303; public expenses = 302 + 310 (+ 307 + 399)",
    severity: "error",
    scope: "表内",
    tables: ["gpb-basic"],
    message: "一般公共预算财政拨款基本支出决算表{{label}}应为{{expected}}（{{parts}}之和），表中为{{actual}}，相差{{difference}}。",
    messageEn: "Basic expenditure table: {{label}} should be {{expected}} (sum of {{parts}}), stated {{actual}}, difference {{difference}}.",
    description: "一般公共预算财政拨款基本支出决算表（T6）：人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助；公用经费合计 = 302 商品和服务支出 + 310 资本性支出（有 307、399 时一并计入）。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "gpb-basic")) {
      const panels = [
        { label: "人员经费合计", total: t.personnelTotal, rows: t.personnel },
        { label: "公用经费合计", total: t.publicTotal, rows: t.publicFunds },
      ];
      for (const p of panels) {
        const classes = p.rows.filter((r) => r.code.length === 3);
        if (classes.length === 0) continue;
        const site = { meta: rule.meta, table: t.kind, params: { label: p.label, parts: classes.map((r) => r.code).join("、") } };
        out.push(...checkTotal(site, p.total, column(classes, "amount")));
      }
    }
    return out;
  },
};
