import type { Finding, RuleSettings, Severity } from "../rules/shared/types";
import type { TableKind, Unrecognized } from "../tables/types";

export interface TableSummary {
  kind: TableKind;
  sheet: string;
  range: string;
  title: string;
  /** the project (项目支出绩效自评表) or unit (整体表) the table is about, when it names one. */
  name?: string;
}

/** What one validation of one workbook produces (the CLI's JSON is this minus `unrecognized`/`notes`). */
export interface Report {
  tables: TableSummary[];
  findings: Finding[];
  summary: Record<Severity, number>;
  unrecognized: Unrecognized[];
  /** plain statements such as "未找到任何标准决算表 / no standard table found". */
  notes: string[];
}

export const DEFAULT_SETTINGS: RuleSettings = { disabled: [], administrativeUnit: true };
