import type { ExplainContext, ExplainSection } from "../context";
import { infoText } from "../context";

/** The accountant's text, verbatim, one paragraph per non-empty line. */
function verbatim(ctx: ExplainContext, id: string): string[] {
  return infoText(ctx, id)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** 第一部分 单位概况: 主要职能, then 机构设置及人员情况, as the accountant wrote them. */
export function unitSections(ctx: ExplainContext): ExplainSection[] {
  return [
    { part: 1, title: "一、主要职能", paragraphs: verbatim(ctx, "functions") },
    { part: 1, title: "二、机构设置及人员情况", paragraphs: [...verbatim(ctx, "staffing"), ...verbatim(ctx, "organization")] },
  ];
}
