import type { TableKind, TableModel } from "../../tables/types";
import type { WorkbookFacts } from "../../tables/workbook-facts";
import type { RegionProfile, ScoringConventions } from "../../profiles/types";

/** error = 强制 (a wrong figure), warning = 提示 (likely wrong, needs a look), info = 尾差·惯例. */
export type Severity = "error" | "warning" | "info";
/** Severities, worst first: the order of every list a user reads. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** 表内: within one table; 表间: between tables; 文表: between the 说明 text and the tables. */
export type Scope = "表内" | "表间" | "文表";

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell holding the wrong stated figure. */
  cell: string;
  /** operand cells, each "Sheet!A1" (quoted when needed, see workbook/address.qualified). */
  related: string[];
  /** Chinese message, placeholders filled. */
  message: string;
  /** English message, placeholders filled. */
  messageEn: string;
  /** what the figure should be, as display text ("9.92"). */
  expected: string;
  /** what the cell states, as display text ("9.79"). */
  actual: string;
  /** the table the finding belongs to (for grouping). */
  table?: TableKind;
  /**
   * set when this finding only follows from another finding's wrong figure: that finding's rule and
   * cell. `cell` stays this finding's own figure and `related` its operands.
   */
  cause?: { rule: string; sheet: string; cell: string };
  /**
   * 现场数据: the cells the check read, the stated figure first, each with its displayed value
   * and a label (row caption · column header, filled from the sheet by validation/operand-labels).
   */
  operands?: Operand[];
}

/** One cell a check read, as the 审核结果 window shows it. */
export interface Operand {
  label: string;
  sheet: string;
  cell: string;
  /** the cell's text as the accountant sees it. */
  value: string;
}

export interface RuleMeta {
  /** kebab-case, stable: "perf-exec-score". */
  id: string;
  /** Chinese title for the catalogue and the pane. */
  title: string;
  titleEn: string;
  /** the check in words, e.g. "本年收入合计 = Σ 各项收入" (shown with each finding). */
  formula?: string;
  formulaEn?: string;
  severity: Severity;
  scope: Scope;
  /** the tables the rule reads. */
  tables: TableKind[];
  /** Chinese message template with {{placeholders}}. */
  message: string;
  messageEn: string;
  /** one paragraph: what is checked and why (catalogue text). */
  description: string;
}

/** What a rule sees: every recognized table, plus settings. */
export interface RuleContext {
  tables: TableModel[];
  settings: RuleSettings;
  /** unit, year, notes and sheets read outside the tables (absent when tables are built by hand). */
  facts?: WorkbookFacts;
}

export interface RuleSettings {
  /** rule ids switched off by the user. */
  disabled: string[];
  /** 行政/参公 unit: 机关运行经费 = 公用经费 applies. */
  administrativeUnit?: boolean;
  /** the region's publishing habits; guessed from the workbook when unset (see profiles/guess). */
  profile?: RegionProfile;
  /** scoring conventions chosen by the user, over the profile's (a field left out keeps the profile's). */
  scoring?: Partial<Pick<ScoringConventions, "costDirection" | "overAchievement">>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Finding[];
}
