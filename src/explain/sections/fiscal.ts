import type { Decimal } from "../../numbers/decimal";
import type { Figure } from "../../tables/types";
import { quoted } from "../quotes";
import type { ExplainContext, ExplainSection } from "../context";
import { budgetOf, itemInput, previousOf } from "../context";
import { fiscalFigure, valueOf } from "../tables";
import { budgetSentence, reason, wanOf, yearOnYear, yearPrefix } from "../wording";

/**
 * 年初预算数 of the fiscal appropriation: the accountant's input, else the 整体支出绩效自评表
 * 本级资金 年初预算数 (the one table that holds it).
 */
export function fiscalBudget(ctx: ExplainContext, key: "fiscal" | "gpb"): Decimal | undefined {
  return budgetOf(ctx, key) ?? ctx.t.perfOverall?.funds.local?.initialBudget?.value;
}

/** The table cell fiscalBudget quotes, when the budget is not typed. */
export function fiscalBudgetFigure(ctx: ExplainContext, key: "fiscal" | "gpb"): Figure | undefined {
  return budgetOf(ctx, key) === undefined ? ctx.t.perfOverall?.funds.local?.initialBudget : undefined;
}

/** 四、财政拨款收入支出决算总体情况说明. */
export function fiscalSection(ctx: ExplainContext): ExplainSection | undefined {
  const { t, s } = ctx;
  if (!t.fiscal) return undefined;
  const v = (key: string) => wanOf(fiscalFigure(t, key), s);
  const spent = valueOf(fiscalFigure(t, "expenseTotal"));
  const input = itemInput(ctx, "fiscal");
  return {
    title: "四、财政拨款收入支出决算总体情况说明",
    paragraphs: [
      `${yearPrefix(ctx.inputs.year)}财政拨款收入总计${v("incomeGrandTotal")}，其中：年初财政拨款结转和结余${v("openingBalance")}，本年财政拨款收入${v("incomeTotal")}。` +
        `财政拨款支出总计${v("expenseGrandTotal")}，其中：年末财政拨款结转和结余${v("closingBalance")}，本年财政拨款支出${v("expenseTotal")}。`,
      `${quoted(fiscalFigure(t, "expenseTotal"))}财政拨款收入支出总体与上年相比，${yearOnYear(spent, previousOf(ctx, "fiscal"), s)}，主要原因是：${reason(input.reason)}。` +
        quoted(fiscalFigure(t, "expenseTotal"), fiscalBudgetFigure(ctx, "fiscal")) +
        budgetSentence(spent, fiscalBudget(ctx, "fiscal"), input.budgetReason, s, { intro: "与年初预算相比，" }),
    ],
  };
}
