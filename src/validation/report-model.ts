import type { Finding, RuleSettings, Severity } from "../rules/shared/types";
import type { TableKind, Unrecognized } from "../tables/types";

export interface TableSummary {
  kind: TableKind;
  sheet: string;
  range: string;
  title: string;
  /** the project (项目支出绩效自评表) or unit (整体表) the table is about, when it names one. */
  name?: string;
  /** read with rows and columns swapped (src/tables/transpose.ts). */
  transposed?: true;
}

/** The region profile the rules used, and whether the workbook decided it. */
export interface ProfileNote {
  id: string;
  name: string;
  nameEn: string;
  guessed: boolean;
  reason: string;
  reasonEn: string;
}

/** What one validation of one workbook produces (the CLI's JSON is this minus `unrecognized`/`notes`). */
export interface Report {
  tables: TableSummary[];
  findings: Finding[];
  /**
   * counts per severity of the findings WITHOUT a `cause`: a finding that only follows from another
   * finding's wrong figure is listed under it and not counted again (see `caused`).
   */
  summary: Record<Severity, number>;
  /** how many findings carry a `cause` (listed, not counted in `summary`). */
  caused?: number;
  /** the region profile used (absent for reports built by hand). */
  profile?: ProfileNote;
  /** every sheet name of the workbook (what was found when no standard table was). */
  sheets?: string[];
  unrecognized: Unrecognized[];
  /** plain statements such as "未找到任何标准决算表 / no standard table found". */
  notes: string[];
}

export const DEFAULT_SETTINGS: RuleSettings = { disabled: [], administrativeUnit: true };
