/**
 * Checks of what the accountant typed in 说明信息 and of the generated text before publication
 * (scope 文表, same report as the narrative checks): 政府采购 parts and shares, 车辆 categories,
 * 保有量 vs 固定资产车辆, and leftover placeholders (every missing figure or reason).
 */
import { Decimal, sum } from "../numbers/decimal";
import { formatAmount } from "../numbers/format";
import { checkSum } from "../numbers/tolerance";
import type { Finding, Severity } from "../rules/shared/types";
import type { Explanation } from "./generate";
import { explanationLines } from "./generate";
import { INFO_FIELDS, VEHICLE_CATEGORIES } from "./info-fields";
import { INFO_SHEET_NAME } from "./info-sheet";
import { inputAmount, type ExplainInputs } from "./inputs";

/** The cell of a field in 说明信息 (row 4 is the first field, values in column C). */
function cellOf(id: string): string {
  return `C${4 + INFO_FIELDS.findIndex((f) => f.id === id)}`;
}

function finding(rule: string, severity: Severity, id: string, message: string, messageEn: string, expected: string, actual: string, related: string[] = []): Finding {
  return { rule, severity, sheet: INFO_SHEET_NAME, cell: cellOf(id), related: related.map((r) => `${INFO_SHEET_NAME}!${cellOf(r)}`), message, messageEn, expected, actual };
}

const n = (inputs: ExplainInputs, id: string): Decimal | undefined => inputAmount(inputs.info?.[id]);
const show = (d: Decimal) => formatAmount(d, { thousands: true });

/** Checks of the 说明信息 inputs; a check whose figures are not all typed is skipped (the placeholder check reports them). */
export function checkInputs(inputs: ExplainInputs): Finding[] {
  const out: Finding[] = [];
  const total = n(inputs, "procurementTotal");
  const parts = ["procurementGoods", "procurementWorks", "procurementServices"].map((id) => n(inputs, id));
  if (total && parts.every((p) => p !== undefined)) {
    const c = checkSum(total, parts as Decimal[]);
    if (c.status !== "equal") {
      out.push(finding("explain-procurement-sum", c.status === "tail" ? "info" : "error", "procurementTotal",
        `政府采购支出总额 ${show(total)} 万元，货物、工程、服务之和为 ${show(c.expected)} 万元`,
        `procurement total ${show(total)} vs goods + works + services ${show(c.expected)}`, show(c.expected), show(total),
        ["procurementGoods", "procurementWorks", "procurementServices"]));
    }
  }
  const sme = n(inputs, "procurementSme");
  const small = n(inputs, "procurementSmall");
  if (total && sme && sme.gt(total)) {
    out.push(finding("explain-procurement-sme", "error", "procurementSme", `授予中小企业合同金额 ${show(sme)} 万元大于政府采购支出总额 ${show(total)} 万元`,
      `contracts to SMEs ${show(sme)} exceed the total ${show(total)}`, `≤ ${show(total)}`, show(sme), ["procurementTotal"]));
  }
  if (sme && small && small.gt(sme)) {
    out.push(finding("explain-procurement-sme", "error", "procurementSmall", `授予小微企业合同金额 ${show(small)} 万元大于授予中小企业合同金额 ${show(sme)} 万元`,
      `contracts to small firms ${show(small)} exceed those to SMEs ${show(sme)}`, `≤ ${show(sme)}`, show(small), ["procurementSme"]));
  }
  const count = n(inputs, "vehicleCount");
  const categories = VEHICLE_CATEGORIES.map(([id]) => n(inputs, id));
  if (count && categories.every((c) => c !== undefined)) {
    const s = sum(categories as Decimal[]);
    if (!s.eq(count)) {
      out.push(finding("explain-vehicle-sum", "error", "vehicleCount", `车辆总数 ${count} 辆，各类用车之和为 ${s} 辆`, `vehicles ${count} vs categories ${s}`,
        s.toString(), count.toString(), VEHICLE_CATEGORIES.map(([id]) => id)));
    }
  }
  const held = n(inputs, "vehicleHeld");
  const assets = n(inputs, "vehicleAssets");
  if (held && assets && !held.eq(assets) && !(inputs.info?.vehicleGapReason ?? "").trim()) {
    out.push(finding("explain-vehicle-gap", "warning", "vehicleGapReason", `公务用车保有量 ${held} 辆，固定资产车辆 ${assets} 辆，未填写差异原因`,
      `vehicles held ${held} vs fixed-asset vehicles ${assets}: no reason given`, "差异原因", "（空）", ["vehicleHeld", "vehicleAssets"]));
  }
  return out;
}

/** Placeholders a reader must not see: 【请填写…】, XX, ××, runs of dots. */
export const PLACEHOLDER = /【请填写[^】]*】|X{2,}|×{2,}|\.{3,}|…{1,}/g;

/** Every line of a 说明 still holding a placeholder: one finding per line, on 决算说明 (row = line + 1, after the title row). */
export function checkPlaceholders(explanation: Explanation, sheet = "决算说明"): Finding[] {
  return explanationLines(explanation).flatMap((line, i) => {
    const found = line.text.match(PLACEHOLDER);
    if (!found) return [];
    const what = [...new Set(found)].join("、");
    return [{ rule: "explain-placeholder", severity: "warning" as const, sheet, cell: `A${i + 2}`, related: [], message: `仍待填写：${what}`, messageEn: `still to fill in: ${what}`, expected: "（已填写）", actual: what }];
  });
}

