import type { ExplainContext, ExplainSection } from "../context";
import { budgetOf, itemInput, previousOf } from "../context";
import { THREE_PUBLIC_SUBJECTS, ThreePublicPart } from "../items";
import { valueOf } from "../tables";
import { threePublicDetail } from "./three-public-detail";
import { quoted } from "../quotes";
import { budgetSentence, reason, shares, wanOf, yearOnYear, yearPrefix } from "../wording";

const YOY_PARTS: ThreePublicPart[] = ["abroad", "vehicleTotal", "reception"];
const BUDGET_PARTS: ThreePublicPart[] = ["abroad", "vehiclePurchase", "vehicleOperation", "reception"];

/** 九、财政拨款“三公”经费支出决算情况说明: total and items year on year, then against the 全年预算. */
export function threePublicSection(ctx: ExplainContext): ExplainSection | undefined {
  const { t, s } = ctx;
  const table = t.threePublic;
  if (!table) return undefined;
  const key = (part: ThreePublicPart) => `threePublic:${part}`;
  const final = (part: ThreePublicPart) => valueOf(table.final[part]);
  const yoy = (part: ThreePublicPart) =>
    `${quoted(table.final[part])}${yearOnYear(final(part), previousOf(ctx, key(part)), s, "比上年")}，主要原因是：${reason(itemInput(ctx, key(part)).reason)}。`;

  const total = final("total");
  const pct = shares(YOY_PARTS.map(final), total, s.adjustShares);
  const items = YOY_PARTS.map((part, i) => `${i === 0 ? "其中：" : ""}${THREE_PUBLIC_SUBJECTS[part]}支出${wanOf(table.final[part], s)}，占${quoted(table.final[part], table.final.total)}${pct[i]}，${yoy(part)}`);
  const yearly = `${yearPrefix(ctx.inputs.year)}${THREE_PUBLIC_SUBJECTS.total}支出${wanOf(table.final.total, s)}，${yoy("total")}${items.join("")}`;

  const budget = (part: ThreePublicPart) => table.budget[part]?.value ?? budgetOf(ctx, key(part));
  const budgetText = (part: ThreePublicPart, intro: string, subject: string) =>
    quoted(table.final[part], table.budget[part]) +
    budgetSentence(final(part), budget(part), itemInput(ctx, key(part)).budgetReason, s, { intro, subject, word: "全年" });
  const vsBudget =
    budgetText("total", "与全年预算相比，", `${THREE_PUBLIC_SUBJECTS.total}支出`) +
    BUDGET_PARTS.map((part, i) => budgetText(part, i === 0 ? "其中：" : "", THREE_PUBLIC_SUBJECTS[part])).join("");

  return { title: "九、财政拨款“三公”经费支出决算情况说明", paragraphs: [yearly, ...threePublicDetail(ctx), vsBudget] };
}
