/**
 * JSON output, the shape other tools read (keep it exactly):
 * {"tables":[{"kind","sheet","range"[,"transposed"]}],"findings":[{"rule","severity","sheet","cell","related","message","expected","actual"[,"cause"]}],
 *  "summary":{"error","warning","info"}}.
 * A folder gives {"files":[{"file", ...that shape}]} (one file per line); an unusable file in a folder gives {"file","error"}.
 */
import type { Report } from "../validation/report-model";
import type { Operand } from "../rules/shared/types";
import { review, type Waiver } from "../review/waivers";
import type { Language } from "./args";
import type { FileOutcome } from "./outcome";
import { renderFolder, type FolderFormat } from "./folder-format";

export interface JsonReport {
  /** `transposed: true` for a table read with rows and columns swapped. */
  tables: { kind: string; sheet: string; range: string; transposed?: true }[];
  findings: {
    rule: string;
    severity: string;
    sheet: string;
    cell: string;
    related: string[];
    message: string;
    expected: string;
    actual: string;
    /** the finding whose wrong figure this one follows from (not counted in summary). */
    cause?: { rule: string; sheet: string; cell: string };
    operands?: Operand[];
    status?: "verified" | "explained";
    reason?: string;
  }[];
  summary: { error: number; warning: number; info: number };
}

/** Picks the published keys only, so internal fields (messageEn, table, notes) never leak. */
export function toJsonReport(report: Report, lang: Language, waivers: Waiver[] = []): JsonReport {
  const reviewed = review(report.findings, waivers);
  return {
    tables: report.tables.map(({ kind, sheet, range, transposed }) => ({ kind, sheet, range, ...(transposed ? { transposed } : {}) })),
    findings: report.findings.map((f, i) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      related: [...f.related],
      message: lang === "en" && f.messageEn ? f.messageEn : f.message,
      expected: f.expected,
      actual: f.actual,
      ...(f.cause ? { cause: { ...f.cause } } : {}),
      ...(f.operands ? { operands: f.operands.map((o) => ({ ...o })) } : {}),
      ...(reviewed[i].status !== "open" ? { status: reviewed[i].status as "verified" | "explained", reason: reviewed[i].reason } : {}),
    })),
    summary: { error: report.summary.error, warning: report.summary.warning, info: report.summary.info },
  };
}

export function formatJsonReport(outcome: FileOutcome, lang: Language): string {
  if (!outcome.report) return JSON.stringify({ file: outcome.file, error: outcome.error ?? "" }, null, 2);
  return JSON.stringify(toJsonReport(outcome.report, lang, outcome.waivers), null, 2);
}

/** One object per file, one file per line, so a batch streams and a line-oriented tool can read it too. */
export const jsonFolder: FolderFormat = {
  head: '{"files":[\n',
  piece(outcome, lang, index) {
    const entry = outcome.report
      ? { file: outcome.file, ...toJsonReport(outcome.report, lang, outcome.waivers) }
      : { file: outcome.file, error: outcome.error ?? "" };
    return `${index > 0 ? ",\n" : ""}${JSON.stringify(entry)}`;
  },
  tail: () => "\n]}",
};

export function formatJsonFolder(outcomes: FileOutcome[], lang: Language): string {
  return renderFolder(jsonFolder, outcomes, lang);
}
