import { Decimal, ONE, round, ZERO } from "../../numbers/decimal";
import { formatAmount, formatPercent } from "../../numbers/format";
import { checkSum, percentStatus, sameAtPrecision } from "../../numbers/tolerance";
import type { Finding, Severity } from "../../rules/shared/types";
import type { TableModel } from "../../tables/types";
import type { ExplainInputs } from "../inputs";
import { inputAmount } from "../inputs";
import { explainTables, ExplainTables, totalRow } from "../tables";
import { narrativeFinding } from "./rules";
import { namedSubject, resolveBudget, resolveCount, resolveLabel, Resolved } from "./resolve";
import { Sentence, splitSentences } from "./sentences";
import { Claim, claims, normalizeLabel } from "./tokens";

export interface NarrativeOptions {
  /** name of the text's source (file or sheet), used as the findings' sheet; default "说明". */
  source?: string;
}

/** "收入支出总体与上年相比" compares the 收入总计; "财政拨款收入支出总体" the 财政拨款支出总计. */
const COMPARED_WHOLE: Record<string, string> = { 收入支出总体: "收入总计", 财政拨款收入支出总体: "财政拨款支出总计" };

interface Subject {
  label: string;
  value: Decimal;
  resolved?: Resolved;
}
interface LineState {
  subject?: Subject;
  anchor?: Subject;
  change?: { sign: 1 | -1; value: Decimal; current?: Decimal; subject?: Subject; reported?: boolean };
  budget?: Decimal;
  final?: Decimal;
  budgetSubject?: Resolved;
  /** a 完成预算 percent stated before the budget is known ("完成年初预算100%，决算数大于预算数55.93万元"). */
  pending?: { s: Sentence; c: Extract<Claim, { kind: "completion" }> };
}

const wan = (v: Decimal) => `${formatAmount(v)}万元`;
const pct = (v: Decimal) => formatPercent(v);

/**
 * A stated percent against the exact ratio, at the precision it is written in ("39.4%" is the
 * ratio rounded to 1 decimal of percent; the seed writes 2): off by one unit of that place is a tail.
 */
function percentCheck(stated: Decimal, exact: Decimal, places = 2): "equal" | "tail" | "mismatch" {
  const shown = round(exact, Math.min(places, 2) + 2);
  return stated.eq(shown) ? "equal" : percentStatus(stated, shown, Math.min(places, 2));
}

class NarrativeChecker {
  readonly findings: Finding[] = [];
  private readonly stated = new Map<string, Decimal>();
  private state: LineState = {};

  constructor(
    private readonly t: ExplainTables,
    private readonly inputs: ExplainInputs | undefined,
    private readonly source: string,
  ) {}

  run(sentences: Sentence[]): Finding[] {
    for (const s of sentences) for (const c of claims(s.text)) if (c.kind === "amount" && !this.stated.has(c.label)) this.stated.set(c.label, c.value);
    let line = -1;
    for (const s of sentences) {
      if (s.line !== line) {
        line = s.line;
        this.state = {};
      }
      this.sentence(s);
    }
    return this.findings;
  }

  private report(s: Sentence, rule: string, severity: Severity, message: string, messageEn: string, expected: string, actual: string, r?: Resolved) {
    this.findings.push(narrativeFinding({ rule, severity, sentence: s, source: this.source, message, messageEn, expected, actual, related: r?.related, table: r?.table }));
  }

  /** The value a label has in the text (first statement), else in the tables. */
  private wholeOf(label: string, heading: string): Decimal | undefined {
    const key = normalizeLabel(label);
    return this.stated.get(key) ?? resolveLabel(this.t, key, heading)?.value;
  }

  private sentence(s: Sentence): void {
    const compared = /^(.*?)与上年相比/.exec(s.text);
    if (compared && COMPARED_WHOLE[normalizeLabel(compared[1])]) {
      const label = COMPARED_WHOLE[normalizeLabel(compared[1])];
      const resolved = resolveLabel(this.t, label, s.heading, s.text);
      const value = this.stated.get(label) ?? resolved?.value;
      if (value) this.state.subject = { label, value, resolved };
    }
    const qi = s.text.indexOf("其中");
    let anchored = false;
    const parts: Decimal[] = [];
    const found = claims(s.text);
    // the subject each amount claim set, by claim index: a listed share reads its own item's
    const subjects: (Subject | undefined)[] = [];
    // a change or a 预决算 difference needs its reason (持平 — a zero change — needs none)
    const unexplained = found.find((c) => (c.kind === "change" || c.kind === "budgetRate") && !c.value.isZero());
    if (unexplained && !s.reason) {
      this.report(s, "narrative-reason", "warning", `${unexplained.text}未说明原因`, `${unexplained.text} is given without a reason`, "主要原因是：…", "（无）");
    }
    let end = 0;
    for (const c of found) {
      if (c.kind === "change") this.nameSubject(s, s.text.slice(end, c.at));
      end = c.at + c.text.length;
      if (qi >= 0 && c.at > qi && !anchored) {
        anchored = true;
        this.state.anchor = this.state.subject;
      }
      if (c.kind === "share" && c.pair !== undefined) this.state.subject = subjects[c.pair];
      this.claim(s, c);
      subjects.push(c.kind === "amount" ? this.state.subject : undefined);
      if (anchored && c.kind === "amount") parts.push(c.value);
    }
    const anchor = this.state.anchor;
    if (anchored && anchor && parts.length >= 2) {
      const check = checkSum(anchor.value, parts);
      if (check.status !== "equal") {
        const tail = check.status === "tail";
        this.report(s, "narrative-sum", tail ? "info" : "error",
          `“其中”各项之和${wan(check.expected)}与${anchor.label}${wan(anchor.value)}相差${formatAmount(check.difference)}万元${tail ? "（尾差）" : ""}`,
          `parts after 其中 add to ${formatAmount(check.expected)}, ${anchor.label} states ${formatAmount(anchor.value)}${tail ? " (rounding tail)" : ""}`,
          formatAmount(check.expected), formatAmount(anchor.value), anchor.resolved);
      }
    }
  }

  /**
   * A change whose item is named in words since the last figure takes that item's table figure
   * ("…公务用车运行维护费支出决算比预算无增减变化，比去年增加1.05万元"), not the previous subject.
   * "…总体与上年相比" is the sentence's own subject (COMPARED_WHOLE).
   */
  private nameSubject(s: Sentence, gap: string): void {
    if (/总体/.test(gap)) return;
    const named = namedSubject(this.t, normalizeLabel(gap), s.heading);
    if (named && named.label !== this.state.subject?.label) this.state.subject = { label: named.label, value: named.resolved.value, resolved: named.resolved };
  }

  private claim(s: Sentence, c: Claim): void {
    switch (c.kind) {
      case "amount":
        return this.amount(s, c);
      case "change":
        return this.change(s, c);
      case "rate":
        return this.rate(s, c);
      case "share":
        return this.share(s, c);
      case "budget":
        return this.budget(s, c);
      case "final":
        return this.final(s, c);
      case "budgetRate":
      case "completion":
        return this.budgetRate(s, c);
      case "count":
        return this.count(s, c);
      case "gap":
        return this.gap(s, c);
    }
  }

  private amount(s: Sentence, c: Extract<Claim, { kind: "amount" }>): void {
    const resolved = resolveLabel(this.t, c.label, s.heading, s.text);
    if (resolved && !sameAtPrecision(c.value, resolved.value)) {
      this.report(s, "narrative-amount", "error",
        `说明中“${c.label}”${c.text}，报表${resolved.name}为${wan(resolved.value)}`,
        `text states ${c.label} ${formatAmount(c.value)}, the table shows ${formatAmount(resolved.value)}`,
        formatAmount(resolved.value), formatAmount(c.value), resolved);
    }
    this.state.subject = { label: c.label, value: c.value, resolved };
  }

  private change(s: Sentence, c: Extract<Claim, { kind: "change" }>): void {
    const subject = this.state.subject;
    this.state.change = { sign: c.sign, value: c.value, current: subject?.value, subject };
    const key = subject?.resolved?.key;
    const previous = key ? inputAmount(this.inputs?.items[key]?.previous) : undefined;
    if (!subject || previous === undefined) return;
    const expected = subject.value.minus(previous);
    const stated = c.value.times(c.sign);
    // one finding per wrong change: its rate is not re-reported
    const mark = () => (this.state.change!.reported = true);
    if (!expected.isZero() && !c.value.isZero() && expected.isNegative() !== stated.isNegative()) {
      this.report(s, "narrative-direction", "error",
        `${subject.label}本年${wan(subject.value)}、上年${wan(previous)}，应为${expected.isNegative() ? "减少" : "增加"}，说明写“${c.sign > 0 ? "增加" : "减少"}”`,
        `${subject.label}: current ${formatAmount(subject.value)}, previous ${formatAmount(previous)}; the text has the opposite direction`,
        expected.isNegative() ? "减少" : "增加", c.sign > 0 ? "增加" : "减少", subject.resolved);
      mark();
    } else if (!sameAtPrecision(expected.abs(), c.value)) {
      this.report(s, "narrative-amount", "error",
        `${subject.label}增减额应为${wan(expected.abs())}（本年${wan(subject.value)} − 上年${wan(previous)}），说明写${c.text}`,
        `${subject.label}: change should be ${formatAmount(expected.abs())}, the text states ${formatAmount(c.value)}`,
        formatAmount(expected.abs()), formatAmount(c.value), subject.resolved);
      mark();
    }
  }

  private rate(s: Sentence, c: Extract<Claim, { kind: "rate" }>): void {
    const change = this.state.change;
    this.state.change = undefined;
    if (!change) return;
    if (!change.value.isZero() && change.sign !== c.sign) {
      this.report(s, "narrative-direction", "error",
        `“${change.sign > 0 ? "增加" : "减少"}”后接“${c.sign > 0 ? "增长" : "下降"}”，方向相反`,
        `"${change.sign > 0 ? "增加" : "减少"}" followed by the opposite rate word`,
        change.sign > 0 ? "增长" : "下降", c.sign > 0 ? "增长" : "下降", change.subject?.resolved);
      return;
    }
    if (change.current === undefined || change.reported) return;
    const previous = change.current.minus(change.value.times(change.sign));
    const exact = previous.isZero() ? (change.current.isZero() ? ZERO : ONE) : change.value.div(previous.abs());
    const status = percentCheck(c.value, exact, c.places);
    if (status === "equal") return;
    this.report(s, "narrative-rate", status === "tail" ? "info" : "error",
      `增减率应为${pct(exact)}（增减额${wan(change.value)} ÷ 上年${wan(previous)}），说明写${c.text}`,
      `rate should be ${pct(exact)} (change ${formatAmount(change.value)} / previous ${formatAmount(previous)}), the text states ${c.text}`,
      pct(exact), c.text, change.subject?.resolved);
  }

  private share(s: Sentence, c: Extract<Claim, { kind: "share" }>): void {
    const part = this.state.subject;
    let whole: Decimal | undefined;
    let wholeLabel = c.whole;
    if (c.whole) whole = this.wholeOf(c.whole, s.heading);
    else if (this.state.anchor) [whole, wholeLabel] = [this.state.anchor.value, this.state.anchor.label];
    else if (/结构/.test(s.heading)) {
      wholeLabel = "一般公共预算财政拨款支出";
      whole = this.stated.get(wholeLabel) ?? totalRow(this.t.gpb)?.cells.total?.value;
    }
    if (!part || whole === undefined) return;
    const exact = whole.isZero() ? ZERO : part.value.div(whole);
    const status = percentCheck(c.value, exact, c.places);
    if (status === "equal") return;
    this.report(s, "narrative-share", status === "tail" ? "info" : "error",
      `${part.label}占比应为${pct(exact)}（${wan(part.value)} ÷ ${wholeLabel}${wan(whole)}），说明写${c.text}`,
      `share of ${part.label} should be ${pct(exact)} (${formatAmount(part.value)} / ${formatAmount(whole)}), the text states ${c.text}`,
      pct(exact), c.text, part.resolved);
  }

  private budget(s: Sentence, c: Extract<Claim, { kind: "budget" }>): void {
    const subject = c.subject ? resolveLabel(this.t, c.subject, s.heading, s.text) : this.state.subject?.resolved;
    this.state.budget = c.value;
    this.state.final = undefined;
    this.state.budgetSubject = subject;
    const table = resolveBudget(this.t, subject, s.heading);
    const typed = subject?.key ? inputAmount(this.inputs?.items[subject.key]?.budget) : undefined;
    const expected = table?.value ?? typed;
    if (expected === undefined || sameAtPrecision(c.value, expected)) return;
    // the 整体表 年初预算数 is another document's figure for the same budget: a warning, not a wrong sum
    const severity: Severity = table && table.table !== "perf-overall" ? "error" : "warning";
    const name = table?.name ?? "说明底稿年初预算数";
    this.report(s, "narrative-amount", severity,
      `说明中预算数${c.text}，${name}为${wan(expected)}`,
      `text states budget ${formatAmount(c.value)}, ${table ? "the table" : "the working sheet"} shows ${formatAmount(expected)}`,
      formatAmount(expected), formatAmount(c.value), table);
  }

  private final(s: Sentence, c: Extract<Claim, { kind: "final" }>): void {
    this.state.final = c.value;
    const subject = this.state.budgetSubject;
    if (subject && !sameAtPrecision(c.value, subject.value)) {
      this.report(s, "narrative-amount", "error",
        `说明中决算数${c.text}，报表${subject.name}为${wan(subject.value)}`,
        `text states final ${formatAmount(c.value)}, the table shows ${formatAmount(subject.value)}`,
        formatAmount(subject.value), formatAmount(c.value), subject);
    }
  }

  /**
   * "决算数大于预算数X万元", "比预算增加X万元", "差值为X万元": against the budget and final stated (or the
   * table's budget); with no budget known, it gives the budget a 完成预算 percent before it is checked against.
   */
  private gap(s: Sentence, c: Extract<Claim, { kind: "gap" }>): void {
    const final = this.state.final ?? this.state.subject?.value;
    if (final === undefined) return;
    const table = this.state.budget === undefined ? resolveBudget(this.t, this.state.subject?.resolved, s.heading) : undefined;
    const budget = this.state.budget ?? table?.value;
    if (budget === undefined) {
      if (c.sign === 0) return;
      this.state.budget = final.minus(c.value.times(c.sign));
      this.state.final = final;
      const pending = this.state.pending;
      this.state.pending = undefined;
      if (pending) this.budgetRate(pending.s, pending.c);
      return;
    }
    const expected = final.minus(budget);
    if (sameAtPrecision(c.sign === 0 ? expected.abs() : expected, c.value.times(c.sign === 0 ? 1 : c.sign))) return;
    this.report(s, "narrative-amount", "error",
      `决算数与预算数之差应为${wan(expected)}（决算数${wan(final)}、预算数${wan(budget)}），说明写${c.text}`,
      `final minus budget should be ${formatAmount(expected)} (final ${formatAmount(final)}, budget ${formatAmount(budget)}), the text states ${c.text}`,
      formatAmount(c.sign === 0 ? expected.abs() : expected.times(c.sign)), formatAmount(c.value), table ?? this.state.budgetSubject);
  }

  private budgetRate(s: Sentence, c: Extract<Claim, { kind: "budgetRate" | "completion" }>): void {
    const { budget, final } = this.state;
    if (c.kind === "completion" && (budget === undefined || final === undefined)) this.state.pending = { s, c };
    if (budget === undefined || final === undefined) return;
    let exact: Decimal | undefined;
    if (budget.isZero()) exact = final.isZero() ? ZERO : undefined;
    else exact = c.kind === "budgetRate" ? final.minus(budget).div(budget) : final.div(budget);
    if (exact === undefined) return;
    const status = percentCheck(c.value, exact, c.places);
    if (status === "equal") return;
    const what = c.kind === "budgetRate" ? "预决算差异率" : "完成预算比例";
    this.report(s, "narrative-rate", status === "tail" ? "info" : "error",
      `${what}应为${pct(exact)}（决算数${wan(final)}、预算数${wan(budget)}），说明写${c.text}`,
      `${c.kind === "budgetRate" ? "budget variance" : "completion"} should be ${pct(exact)} (final ${formatAmount(final)}, budget ${formatAmount(budget)}), the text states ${c.text}`,
      pct(exact), c.text, this.state.budgetSubject);
  }

  private count(s: Sentence, c: Extract<Claim, { kind: "count" }>): void {
    const resolved = resolveCount(this.t, c.label);
    if (!resolved || resolved.value.eq(c.value)) return;
    this.report(s, "narrative-count", "error",
      `说明中${c.label}${c.text}，识别到${resolved.value.toString()}个`,
      `text states ${c.text}, ${resolved.value.toString()} found`,
      `${resolved.value.toString()}个`, c.text, resolved);
  }
}

/**
 * Checks every figure of a written 说明 (text or Markdown; one line per paragraph) against the
 * tables: amounts, year-on-year changes and rates, shares, 预决算差异率, direction words, counts,
 * and "其中" sums. Findings are scope 文表; sheet = options.source, cell = "L<line>".
 * Inputs (上年决算数, 年初预算数), when given, also check the changes and budgets the tables cannot.
 */
export function checkNarrative(text: string, tables: TableModel[], inputs?: ExplainInputs, options: NarrativeOptions = {}): Finding[] {
  return new NarrativeChecker(explainTables(tables), inputs, options.source ?? "说明").run(splitSentences(text));
}
