/** Catalogue metadata of the checks in input-checks.ts (listed with the narrative checks in docs/rules.md). */
import type { RuleMeta, Severity } from "../rules/shared/types";

/** A 文表 check's catalogue entry (messages are built per finding). */
export function meta(id: string, title: string, titleEn: string, severity: Severity, description: string): RuleMeta {
  return { id, title, titleEn, severity, scope: "文表", tables: [], message: title, messageEn: titleEn, description };
}

export const INPUT_RULES: RuleMeta[] = [
  meta("explain-procurement-sum", "政府采购总额不等于货物、工程、服务之和", "Procurement total differs from goods + works + services", "error",
    "说明信息中政府采购支出总额应等于货物、工程、服务支出之和（XBRL 容差内为尾差，提示）。"),
  meta("explain-procurement-sme", "授予中小企业合同金额超过政府采购总额", "Contracts to SMEs exceed the procurement total", "error",
    "授予中小企业合同金额不能大于政府采购支出总额；其中授予小微企业合同金额不能大于授予中小企业合同金额。"),
  meta("explain-vehicle-sum", "各类车辆数之和不等于车辆总数", "Vehicle categories do not add up to the total", "error",
    "国有资产占用情况中各类用车数量之和应等于车辆总数。"),
  meta("explain-vehicle-gap", "公务用车保有量与固定资产车辆数不同却未说明原因", "Vehicles held differ from fixed-asset vehicles without a reason", "warning",
    "公务用车保有量与国有资产占用情况中固定资产车辆数不一致时，须填写差异原因。"),
  meta("explain-placeholder", "说明中仍有待填写的内容", "The text still has placeholders", "warning",
    "发布前说明中不应残留【请填写…】、XX、××、…… 等占位内容（缺少的上年数、预算数、原因、单位信息）。"),
];

