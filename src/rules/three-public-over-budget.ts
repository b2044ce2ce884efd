import { THREE_PUBLIC_KEYS } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { checkNotAbove } from "./shared/compare";
import { tablesOf } from "./shared/select";

const ITEM_NAMES: Record<(typeof THREE_PUBLIC_KEYS)[number], [string, string]> = {
  total: ["合计", "total"],
  abroad: ["因公出国（境）费", "overseas travel"],
  vehicleTotal: ["公务用车购置及运行费", "official vehicles"],
  vehiclePurchase: ["公务用车购置费", "vehicle purchase"],
  vehicleOperation: ["公务用车运行维护费", "vehicle operation"],
  reception: ["公务接待费", "official reception"],
};

export const rule: Rule = {
  meta: {
    id: "three-public-over-budget",
    title: "“三公”经费决算数超过预算数",
    titleEn: "Three public expenses: final above budget",
    severity: "warning",
    scope: "表内",
    tables: ["three-public"],
    message: "“三公”经费{{item}}决算数{{actual}}超过预算数{{limit}}，超出{{excess}}，请在说明中写明原因。",
    messageEn: "Three public expenses, {{itemEn}}: final {{actual}} exceeds the budget {{limit}} by {{excess}}; explain why in the 说明.",
    description: "财政拨款“三公”经费支出决算表中，每项（合计、因公出国（境）费、公务用车购置及运行费及其明细、公务接待费）的决算数一般不应超过预算数；超过时提示核实并说明原因。",
    formula: "决算数（每项） ≤ 预算数（该项）",
    formulaEn: "final (each item) ≤ budget (that item)",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "three-public")) {
      for (const key of THREE_PUBLIC_KEYS) {
        const [item, itemEn] = ITEM_NAMES[key];
        out.push(...checkNotAbove({ meta: rule.meta, table: t.kind, params: { item, itemEn } }, t.final[key], t.budget[key]));
      }
    }
    return out;
  },
};
