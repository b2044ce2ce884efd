import type { Figure, ThreePublicKey } from "../tables/types";
import type { Finding, Rule } from "./shared/types";
import { checkTotal } from "./shared/compare";
import { tablesOf } from "./shared/select";

export const rule: Rule = {
  meta: {
    id: "three-public-sum",
    title: "“三公”经费合计与公务用车小计",
    titleEn: "Three public expenses: total and vehicle subtotal",
    formula: "“三公”合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车小计 = 购置费 + 运行费",
    formulaEn: "three-public total = travel abroad + vehicles + reception; vehicles = purchase + running",
    severity: "error",
    scope: "表内",
    tables: ["three-public"],
    message: "“三公”经费{{side}}{{label}}应为{{expected}}，表中为{{actual}}，相差{{difference}}。",
    messageEn: "Three public expenses, {{sideEn}}: {{labelEn}} should be {{expected}}, stated {{actual}}, difference {{difference}}.",
    description:
      "财政拨款“三公”经费支出决算表（T9）的预算数与决算数：合计 = 因公出国（境）费 + 公务用车购置及运行费小计 + 公务接待费；公务用车小计 = 公务用车购置费 + 公务用车运行维护费。",
  },
  check(context) {
    const out: Finding[] = [];
    for (const t of tablesOf(context, "three-public")) {
      const sides: [string, string, Partial<Record<ThreePublicKey, Figure>>][] = [
        ["预算数", "budget", t.budget],
        ["决算数", "final", t.final],
      ];
      for (const [side, sideEn, f] of sides) {
        const site = (label: string, labelEn: string) => ({ meta: rule.meta, table: t.kind, params: { side, sideEn, label, labelEn } });
        out.push(
          // a layout without the 公务用车 小计 adds 购置 and 运维 into the 合计 directly
          ...checkTotal(
            site("合计（出国＋公务用车＋接待）", "total (abroad + vehicles + reception)"),
            f.total,
            f.vehicleTotal ? [f.abroad, f.vehicleTotal, f.reception] : [f.abroad, f.vehiclePurchase, f.vehicleOperation, f.reception],
          ),
          ...checkTotal(site("公务用车购置及运行费小计", "vehicle subtotal (purchase + operation)"), f.vehicleTotal, [f.vehiclePurchase, f.vehicleOperation]),
        );
      }
    }
    return out;
  },
};
