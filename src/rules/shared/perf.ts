import { completionRate, executionRate, executionScore, parseActual, parseTarget, ruleScore, scoreIndicator } from "../../indicators";
import type { IndicatorFailure, IndicatorScore, IndicatorWarning, OverAchievement, ScoringOptions } from "../../indicators";
import type { CostDirection } from "../../profiles/types";
import type { Decimal } from "../../numbers/decimal";
import { round } from "../../numbers/decimal";
import type { Figure, FundRow, IndicatorRow, PerfOverallTable, PerfProjectTable, Place } from "../../tables/types";
import type { RuleContext, RuleSettings } from "./types";

export type PerfTable = PerfProjectTable | PerfOverallTable;

export function perfTables(context: RuleContext): PerfTable[] {
  return context.tables.filter((t): t is PerfTable => t.kind === "perf-project" || t.kind === "perf-overall");
}

/** "项目名称" or the unit name, for messages. */
export function perfName(table: PerfTable): string {
  return table.kind === "perf-project" ? table.projectName.text : (table.unitName?.text ?? "整体支出");
}

/** What the 执行率 line of a table states: budget and execution of the total, and the rate/score cells. */
export interface ExecutionLine {
  budget?: Figure;
  executed?: Figure;
  weight?: Figure;
  rate?: Figure;
  score?: Figure;
}

/** The project's 年度资金总额 row; the overall table's 合计 row, its rate and score often merged onto 上级资金. */
export function executionLine(table: PerfTable): ExecutionLine {
  if (table.kind === "perf-project") {
    const t = table.funds.total;
    return { budget: t?.annualBudget, executed: t?.executed, weight: t?.weight, rate: t?.rate, score: t?.score };
  }
  const f = table.funds;
  const rows = [f.total, f.superior, f.local, f.other].filter((r): r is FundRow => r !== undefined);
  const pick = (k: "weight" | "rate" | "score") => rows.find((r) => r[k] && !r[k]!.blank)?.[k];
  return { budget: f.total?.annualBudget, executed: f.total?.executed, weight: pick("weight"), rate: pick("rate"), score: pick("score") };
}

/** The 执行率 and 执行率得分 the line's displayed amounts give; undefined when they cannot be read. */
export function expectedExecution(line: ExecutionLine): { rate: Decimal; weight: Decimal.Value; score: Decimal } | undefined {
  if (!line.budget || !line.executed) return undefined;
  const rate = executionRate(round(line.executed.value, line.executed.decimals), round(line.budget.value, line.budget.decimals));
  if (isFailure(rate)) return undefined;
  const weight = line.weight && !line.weight.blank ? line.weight.value : 10;
  return { rate, weight, score: executionScore(rate, weight) };
}

/** The source rows (not the total) of a table's funding block. */
export function sourceRows(table: PerfTable): FundRow[] {
  const f = table.funds as Record<string, FundRow | undefined>;
  const keys = table.kind === "perf-project" ? ["fiscal", "other"] : ["superior", "local", "other"];
  return keys.map((k) => f[k]).filter((r): r is FundRow => r !== undefined);
}

export interface Evaluation {
  /** exact 完成率, null when a judgement decides. */
  rate: Decimal | null;
  /** expected 指标得分 (2 decimals), null when only 0 ≤ score ≤ weight can be checked. */
  score: Decimal | null;
  weight: Decimal;
  met: boolean;
}

/** The scoring conventions in force: the user's choice over the profile's, else DOMAIN §3's. */
export interface Scoring {
  costDirection: CostDirection;
  overAchievement: OverAchievement;
}

export const DEFAULT_SCORING: Scoring = { costDirection: "as-written", overAchievement: "reduce" };

export function scoringOf(settings: RuleSettings): Scoring {
  const profile = settings.profile?.scoring;
  return {
    costDirection: settings.scoring?.costDirection ?? profile?.costDirection ?? DEFAULT_SCORING.costDirection,
    overAchievement: settings.scoring?.overAchievement ?? profile?.overAchievement ?? DEFAULT_SCORING.overAchievement,
  };
}

/** A 成本指标 row (一级 or 二级 says 成本). */
export function isCostRow(row: IndicatorRow): boolean {
  return row.level1.includes("成本") || row.level2.includes("成本");
}

// one score per row and convention set: the four perf rules evaluate the same rows
const cache = new WeakMap<IndicatorRow, Map<string, IndicatorScore | IndicatorFailure>>();

function scored(row: IndicatorRow, scoring: Scoring): IndicatorScore | IndicatorFailure {
  const options: ScoringOptions = { overAchievement: scoring.overAchievement, upperBound: scoring.costDirection === "upper-bound" && isCostRow(row) };
  const key = `${options.overAchievement}|${options.upperBound}`;
  let byOptions = cache.get(row);
  if (!byOptions) cache.set(row, (byOptions = new Map()));
  let s = byOptions.get(key);
  if (!s) {
    s = scoreIndicator({ weight: row.weight?.value ?? 0, target: row.target.text, actual: row.actual.text, rule: row.rule?.text, options });
    byOptions.set(key, s);
  }
  return s;
}

/**
 * 完成率 and expected 得分 of an indicator row. Project rows follow their 赋分规则; the overall table has
 * none and the seed gives a met target its full weight, an unmet one weight × r.
 */
export function evaluate(row: IndicatorRow, kind: PerfTable["kind"], scoring: Scoring = DEFAULT_SCORING): Evaluation | undefined {
  const s = scored(row, scoring);
  if (!s.ok) return undefined;
  if (kind === "perf-project") return { rate: s.rate, score: s.score, weight: s.maxScore, met: s.met };
  const score = s.met ? round(s.maxScore) : ruleScore("satisfaction", s.maxScore, s.rate, s.met);
  return { rate: s.rate, score, weight: s.maxScore, met: s.met };
}

/** Questionable-but-usable input and unreadable input of a row, each with the cell it concerns. */
export interface RowIssue {
  at: Place;
  message: string;
  messageEn: string;
}

export function rowIssues(row: IndicatorRow): RowIssue[] {
  const issues: RowIssue[] = [];
  const add = (at: Place, w: Pick<IndicatorWarning, "message" | "messageEn">) => issues.push({ at, message: w.message, messageEn: w.messageEn });
  const target = parseTarget(row.target.text);
  const actual = parseActual(row.actual.text);
  if (!target.ok) add(row.target, { message: target.reason, messageEn: target.reasonEn });
  else for (const w of target.warnings) add(row.target, w);
  if (!actual.ok) add(row.actual, { message: actual.reason, messageEn: actual.reasonEn });
  else for (const w of actual.warnings) add(row.actual, w);
  if (target.ok && actual.ok) {
    const c = completionRate(target.value, actual.value);
    if (!c.ok) add(row.actual, { message: c.reason, messageEn: c.reasonEn });
    else for (const w of c.warnings) add(row.actual, w);
  }
  return issues;
}

/** Parsed target of a row, or undefined. */
export function targetOf(row: IndicatorRow) {
  const t = parseTarget(row.target.text);
  return t.ok ? t.value : undefined;
}

export function actualOf(row: IndicatorRow) {
  const a = parseActual(row.actual.text);
  return a.ok ? a.value : undefined;
}

export function isFailure(x: unknown): x is IndicatorFailure {
  return typeof x === "object" && x !== null && (x as { ok?: unknown }).ok === false;
}
