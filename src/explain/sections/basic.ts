import type { CodedRow } from "../../tables/types";
import type { ExplainContext, ExplainSection } from "../context";
import { totalRow, valueOf } from "../tables";
import { quoted } from "../quotes";
import { wan, wanOf, yearPrefix } from "../wording";

/** The 款 (5-digit) lines of a panel that carry money, by name: "基本工资、津贴补贴、…". */
function spentLines(rows: CodedRow[]): string {
  return rows
    .filter((r) => r.code.length === 5 && !valueOf(r.cells.amount).isZero())
    .map((r) => r.name)
    .join("、");
}

/** 六、一般公共预算财政拨款基本支出决算情况说明: 人员经费 and 公用经费 with what they include. */
export function basicSection(ctx: ExplainContext): ExplainSection | undefined {
  const { t, s } = ctx;
  if (!t.basic) return undefined;
  const basic = totalRow(t.gpb)?.cells.basic;
  const personnel = valueOf(t.basic.personnelTotal);
  const publicFunds = valueOf(t.basic.publicTotal);
  const total = basic ? basic.value : personnel.plus(publicFunds);
  const include = (list: string) => (list ? `，包括：${list}` : "");
  return {
    title: "六、一般公共预算财政拨款基本支出决算情况说明",
    paragraphs: [
      `${yearPrefix(ctx.inputs.year)}一般公共预算财政拨款基本支出${basic ? wanOf(basic, s) : quoted(t.basic.personnelTotal, t.basic.publicTotal) + wan(total, s)}，其中：人员经费${wanOf(t.basic.personnelTotal, s)}${include(spentLines(t.basic.personnel))}。`,
      `公用经费${wanOf(t.basic.publicTotal, s)}${include(spentLines(t.basic.publicFunds))}。`,
    ],
  };
}
