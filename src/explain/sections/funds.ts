import type { CodedTable } from "../../tables/types";
import type { ExplainContext, ExplainSection } from "../context";
import { isEmptyTable, totalRow } from "../tables";
import { wanOf } from "../wording";

/** 七/八: the empty-table sentence, or the fund's 年初/收入/支出/年末 when it has money. */
function fundParagraph(ctx: ExplainContext, table: CodedTable | undefined, fund: string): string {
  const tableName = `${fund}预算财政拨款收入支出决算表`;
  if (isEmptyTable(table)) return `本单位本年度无${fund}预算财政拨款收入、支出及结转和结余，${tableName}为空表。`;
  const total = totalRow(table) ?? table!.rows[0];
  const v = (key: string) => wanOf(total.cells[key], ctx.s);
  return (
    `本年度${fund}预算财政拨款年初结转和结余${v("opening")}，本年收入${v("income")}，本年支出${v("expenseTotal")}` +
    `（基本支出${v("expenseBasic")}，项目支出${v("expenseProject")}），年末结转和结余${v("closing")}。`
  );
}

export function govFundSection(ctx: ExplainContext): ExplainSection {
  return { title: "七、政府性基金预算财政拨款收入支出决算情况说明", paragraphs: [fundParagraph(ctx, ctx.t.govFund, "政府性基金")] };
}

export function soeSection(ctx: ExplainContext): ExplainSection {
  return { title: "八、国有资本经营预算财政拨款收入支出决算情况说明", paragraphs: [fundParagraph(ctx, ctx.t.soe, "国有资本经营")] };
}
