import type { ExplainContext, ExplainSection } from "../context";
import { infoNumber, infoText } from "../context";
import { VEHICLE_CATEGORIES } from "../info-fields";
import { area, count, infoWan } from "../quantities";
import { shareOf, yearPrefix } from "../wording";

/** 十（二）政府采购情况: 总额 and its parts, then the contracts granted to 中小/小微企业 with shares. */
export function procurementParagraphs(ctx: ExplainContext): string[] {
  const total = infoNumber(ctx, "procurementTotal");
  const share = (id: string) => {
    const part = infoNumber(ctx, id);
    return part === undefined || total === undefined ? "【请填写政府采购支出总额及合同金额】" : shareOf(part, total);
  };
  return [
    "（二）政府采购情况",
    `${yearPrefix(ctx.inputs.year)}政府采购支出总额${infoWan(ctx, "procurementTotal")}，其中：政府采购货物支出${infoWan(ctx, "procurementGoods")}、政府采购工程支出${infoWan(ctx, "procurementWorks")}、政府采购服务支出${infoWan(ctx, "procurementServices")}。`,
    `授予中小企业合同金额${infoWan(ctx, "procurementSme")}，占政府采购支出总额的${share("procurementSme")}，其中：授予小微企业合同金额${infoWan(ctx, "procurementSmall")}，占政府采购支出总额的${share("procurementSmall")}。`,
  ];
}

/** 十（三）国有资产占用情况说明: 房屋, 车辆 by category, large equipment. */
export function assetParagraphs(ctx: ExplainContext): string[] {
  const date = ctx.inputs.year ? `截至${ctx.inputs.year}年12月31日` : "截至本年末";
  const categories = VEHICLE_CATEGORIES.map(([id, label]) => `${label}${count(ctx, id)}辆`).join("、");
  return [
    "（三）国有资产占用情况说明",
    `${date}，房屋${area(ctx, "buildingArea")}平方米，价值${infoWan(ctx, "buildingValue")}。` +
      `车辆${count(ctx, "vehicleCount")}辆，价值${infoWan(ctx, "vehicleValue")}，其中：${categories}，其他用车主要是：${infoText(ctx, "vehicleOtherUse").replace(/。$/, "")}。` +
      `单价100万元（含）以上设备（不含车辆）${count(ctx, "bigEquipment")}台（套）。`,
  ];
}

/** 十二、其他需说明的事项: the accountant's text, else the placeholder. */
export function otherMattersSection(ctx: ExplainContext): ExplainSection {
  const text = infoText(ctx, "otherMatters");
  return { title: "十二、其他需说明的事项", paragraphs: text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) };
}
