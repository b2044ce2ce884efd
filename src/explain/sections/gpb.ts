import type { ExplainContext, ExplainSection } from "../context";
import { itemInput, previousOf } from "../context";
import { gpbItems } from "../items";
import { rowsAt, summaryFigure, totalRow, valueOf } from "../tables";
import { quoted } from "../quotes";
import { budgetSentence, reason, shareOf, shares, varianceOptions, wan, wanOf, yearOnYear, yearPrefix } from "../wording";
import { varianceSentence } from "../variance";
import { fiscalBudget, fiscalBudgetFigure } from "./fiscal";

/** 五、一般公共预算财政拨款支出决算情况说明: 总体, 结构 (each 类 with share), 具体 (each 项). */
export function gpbSection(ctx: ExplainContext): ExplainSection | undefined {
  const { t, s } = ctx;
  const total = totalRow(t.gpb);
  if (!t.gpb || !total) return undefined;
  const spent = valueOf(total.cells.total);
  const input = itemInput(ctx, "gpb");
  const ofAll = shareOf(spent, valueOf(summaryFigure(t, "expenseTotal")));
  const overall =
    `${yearPrefix(ctx.inputs.year)}一般公共预算财政拨款支出${wanOf(total.cells.total, s)}，占本年支出合计的${quoted(summaryFigure(t, "expenseTotal"))}${ofAll}。` +
    `${quoted(total.cells.total)}与上年相比，${yearOnYear(spent, previousOf(ctx, "gpb"), s)}，主要原因是：${reason(input.reason)}。` +
    quoted(total.cells.total, fiscalBudgetFigure(ctx, "gpb")) +
    budgetSentence(spent, fiscalBudget(ctx, "gpb"), input.budgetReason, s, { intro: "与年初预算相比," });

  const classes = rowsAt(t.gpb, "class");
  const classValues = classes.map((r) => valueOf(r.cells.total));
  const classShares = shares(classValues, spent, s.adjustShares);
  const structure = classes.map((r, i) => `${i + 1}.${r.name}(类)${wanOf(r.cells.total, s)},占${quoted(total.cells.total)}${classShares[i]}。`);

  const detail = gpbItems(t, ctx.inputs).map((item, i) => {
    const why = reason(itemInput(ctx, item.key).reason);
    const previous = previousOf(ctx, item.key);
    const cell = quoted(item.figure);
    if (previous !== undefined) return `${i + 1}.${cell}${varianceSentence(item.current, previous, item.subject, why, varianceOptions(s))}。`;
    // no 上年决算数 yet: the same sentence with the placeholder where the comparison goes
    return `${i + 1}.${cell}${item.subject}:支出决算数为${wan(item.current, s)}，${yearOnYear(item.current, undefined, s, "比上年决算")},主要原因是：${why}。`;
  });

  return {
    title: "五、一般公共预算财政拨款支出决算情况说明",
    paragraphs: [
      "（一）一般公共预算财政拨款支出决算总体情况",
      overall,
      "（二）一般公共预算财政拨款支出决算结构情况",
      ...structure,
      "（三）一般公共预算财政拨款支出决算具体情况",
      ...detail,
    ],
  };
}
