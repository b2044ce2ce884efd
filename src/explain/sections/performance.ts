import type { Decimal } from "../../numbers/decimal";
import { sum } from "../../numbers/decimal";
import { completionRate, parseActual, parseTarget } from "../../indicators";
import type { IndicatorRow } from "../../tables/types";
import type { ExplainContext, ExplainSection } from "../context";
import { valueOf } from "../tables";
import { quoted } from "../quotes";
import { percent, wan, wanOf, yearPrefix } from "../wording";

/** 十一、预算绩效的情况说明: the figures of the 整体 and 项目 自评表, then the accountant's own text. */
export function performanceSection(ctx: ExplainContext): ExplainSection | undefined {
  const { t, s, inputs } = ctx;
  const overall = t.perfOverall?.funds.total;
  if (!overall && t.projects.length === 0) return undefined;
  const parts: string[] = [];
  if (overall) {
    parts.push(`形成整体支出绩效自评表1个，全年预算总额${wanOf(overall.annualBudget, s)}，实际执行总额${wanOf(overall.executed, s)}`);
  }
  if (t.projects.length > 0) {
    const budget = sum(t.projects.map((p) => valueOf(p.funds.total?.annualBudget)));
    const executed = sum(t.projects.map((p) => valueOf(p.funds.total?.executed)));
    const cells = (pick: "annualBudget" | "executed") => quoted(...t.projects.map((p) => p.funds.total?.[pick]));
    parts.push(`预算绩效评价项目${t.projects.length}个，全年预算数${cells("annualBudget")}${wan(budget, s)}，全年执行数${cells("executed")}${wan(executed, s)}`);
  }
  const lead = `根据预算绩效管理要求，本单位${yearPrefix(inputs.year)}预算绩效管理${parts.join("；")}。`;
  return { title: "十一、预算绩效的情况说明", paragraphs: [lead + (inputs.performanceSummary ?? "")] };
}

/** 完成率 as stated, else computed from 目标值/业绩值; undefined when neither exists. */
function indicatorRate(row: IndicatorRow): Decimal | undefined {
  if (row.rate && !row.rate.blank) return row.rate.value;
  return computedRate(row);
}

/** The cells the 完成率 of a deviation line comes from: the stated rate, else 目标值 and 业绩值. */
function rateCells(row: IndicatorRow): string {
  return row.rate && !row.rate.blank ? quoted(row.rate) : quoted(row.target, row.actual);
}

function computedRate(row: IndicatorRow): Decimal | undefined {
  const target = parseTarget(row.target.text);
  const actual = parseActual(row.actual.text);
  if (!target.ok || !actual.ok) return undefined;
  const c = completionRate(target.value, actual.value);
  return c.ok && c.rate ? c.rate : undefined;
}

/** 偏差原因分析: one line per indicator whose 完成率 is not 100%, its own text or the default. */
export function deviationSection(ctx: ExplainContext): ExplainSection | undefined {
  const lines: string[] = [];
  for (const project of ctx.t.projects) {
    for (const row of project.indicators) {
      const rate = indicatorRate(row);
      if (rate === undefined || rate.eq(1)) continue;
      const own = row.deviation?.text.trim();
      lines.push(`${project.projectName.text}：${row.name.text}完成率${rateCells(row)}${percent(rate)}，偏差原因分析：${own || ctx.s.defaultDeviation}`);
    }
  }
  return lines.length ? { title: "偏差原因分析", paragraphs: lines } : undefined;
}
