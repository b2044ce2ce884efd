import type { ExplainContext, ExplainSection } from "../context";
import { itemInput, previousOf } from "../context";
import { summaryFigure, valueOf } from "../tables";
import { quoted } from "../quotes";
import { reason, wanOf, yearOnYear, yearPrefix } from "../wording";

/** 一、收入支出决算总体情况说明: 总计 = 本年 + 结余 + 结转 on both sides, then year on year. */
export function overallSection(ctx: ExplainContext): ExplainSection | undefined {
  const { t, s } = ctx;
  if (!t.summary) return undefined;
  const v = (key: string) => wanOf(summaryFigure(t, key), s);
  const year = yearPrefix(ctx.inputs.year);
  const grand = valueOf(summaryFigure(t, "incomeGrandTotal"));
  return {
    title: "一、收入支出决算总体情况说明",
    paragraphs: [
      `${year}收入总计${v("incomeGrandTotal")}，其中：本年收入合计${v("incomeTotal")}，使用非财政拨款结余（含专用结余）${v("useNonFiscalBalance")}，年初结转和结余${v("openingBalance")}。`,
      `${year}支出总计${v("expenseGrandTotal")}，其中：本年支出合计${v("expenseTotal")}，结余分配${v("balanceDistribution")}，年末结转和结余${v("closingBalance")}。`,
      `${quoted(summaryFigure(t, "incomeGrandTotal"))}收入支出总体与上年相比，${yearOnYear(grand, previousOf(ctx, "overall"), s)}，主要原因是：${reason(itemInput(ctx, "overall").reason)}。`,
    ],
  };
}
