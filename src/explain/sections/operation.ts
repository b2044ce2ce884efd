import type { ExplainContext, ExplainSection } from "../context";
import { itemInput, previousOf } from "../context";
import { reason, wanOf, yearOnYear, yearPrefix } from "../wording";
import { assetParagraphs, procurementParagraphs } from "./other-matters";

/** 十、其他重要事项: （一）机关运行经费 (for 行政/参公 units the 公用经费 of T6), （二）政府采购, （三）国有资产. */
export function operationSection(ctx: ExplainContext): ExplainSection | undefined {
  const { t, s, inputs } = ctx;
  const figure = t.basic?.publicTotal;
  const who = `${inputs.unitName ?? ""}${inputs.unitType ?? ""}`;
  const operation = figure
    ? [
        "（一）机关运行经费及公用经费支出情况",
        `${yearPrefix(inputs.year)}${who}机关运行经费支出${wanOf(figure, s)}，${yearOnYear(figure.value, previousOf(ctx, "operation"), s, "比上年")}，主要原因是：${reason(itemInput(ctx, "operation").reason)}。`,
      ]
    : [];
  return {
    title: "十、其他重要事项的情况说明",
    paragraphs: [...operation, ...procurementParagraphs(ctx), ...assetParagraphs(ctx)],
  };
}
