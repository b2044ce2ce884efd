import type { ExplainContext } from "../context";
import { infoText } from "../context";
import { count } from "../quantities";
import { wanOf } from "../wording";

/** 九's 具体情况: 团组/人次, 车辆 购置数/保有量/固定资产车辆, 接待 批次/人次 (figures from T9, counts typed). */
export function threePublicDetail(ctx: ExplainContext): string[] {
  const table = ctx.t.threePublic;
  if (!table) return [];
  const v = (part: keyof typeof table.final) => wanOf(table.final[part], ctx.s);
  return [
    "具体情况如下：",
    `因公出国（境）费支出${v("abroad")}，开支内容包括${infoText(ctx, "abroadContent")}。单位全年安排的因公出国（境）团组${count(ctx, "abroadGroups")}个，因公出国（境）${count(ctx, "abroadPeople")}人次。`,
    `公务用车购置及运行维护费${v("vehicleTotal")}，其中：公务用车购置费${v("vehiclePurchase")}，公务用车运行维护费${v("vehicleOperation")}。` +
      `公务用车运行维护费开支内容包括${infoText(ctx, "vehicleContent")}。公务用车购置数${count(ctx, "vehiclePurchased")}辆，公务用车保有量${count(ctx, "vehicleHeld")}辆。` +
      `国有资产占用情况中固定资产车辆${count(ctx, "vehicleAssets")}辆，与公务用车保有量差异原因是：${infoText(ctx, "vehicleGapReason")}。`,
    `公务接待费${v("reception")}，开支内容包括${infoText(ctx, "receptionContent")}。单位全年安排的国内公务接待${count(ctx, "receptionBatches")}批次，${count(ctx, "receptionPeople")}人次。`,
  ].map((line) => line.replace(/。。/g, "。"));
}
