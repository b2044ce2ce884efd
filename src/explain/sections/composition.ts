import type { Decimal } from "../../numbers/decimal";
import type { ExplainContext, ExplainSection } from "../context";
import { totalRow, valueOf } from "../tables";
import type { CodedTable } from "../../tables/types";
import { quoted } from "../quotes";
import { shares, wanOf } from "../wording";

/** "名称X万元，占Y%" for each column of a 合计 row, zeros included, joined by "；". */
function composition(ctx: ExplainContext, table: CodedTable | undefined, columns: [string, string][], lead: string): string | undefined {
  const total = totalRow(table);
  if (!total) return undefined;
  const whole: Decimal = valueOf(total.cells.total);
  const parts = columns.map(([key]) => valueOf(total.cells[key]));
  const pct = shares(parts, whole, ctx.s.adjustShares);
  const list = columns.map(([key, label], i) => `${label}${wanOf(total.cells[key], ctx.s)}，占${quoted(total.cells[key], total.cells.total)}${pct[i]}`).join("；");
  return `${lead}${wanOf(total.cells.total, ctx.s)}，其中：${list}。`;
}

const INCOME_COLUMNS: [string, string][] = [
  ["fiscal", "财政拨款收入"],
  ["superior", "上级补助收入"],
  ["business", "事业收入"],
  ["operating", "经营收入"],
  ["affiliated", "附属单位上缴收入"],
  ["other", "其他收入"],
];
const EXPENDITURE_COLUMNS: [string, string][] = [
  ["basic", "基本支出"],
  ["project", "项目支出"],
  ["remitSuperior", "上缴上级支出"],
  ["operating", "经营支出"],
  ["subsidiary", "对附属单位补助支出"],
];

/** 二、收入决算情况说明: every income source with its share, zeros included. */
export function incomeSection(ctx: ExplainContext): ExplainSection | undefined {
  const p = composition(ctx, ctx.t.income, INCOME_COLUMNS, "本年收入");
  return p ? { title: "二、收入决算情况说明", paragraphs: [p] } : undefined;
}

/** 三、支出决算情况说明: 基本/项目/上缴上级/经营/对附属单位补助 with shares. */
export function expenditureSection(ctx: ExplainContext): ExplainSection | undefined {
  const p = composition(ctx, ctx.t.expenditure, EXPENDITURE_COLUMNS, "本年支出");
  return p ? { title: "三、支出决算情况说明", paragraphs: [p] } : undefined;
}
