/**
 * The 审核报告's content, once for every output (the 审核结果 sheet, Markdown): a summary block and
 * one row per finding, errors first, grouped by table, with its status and 出错说明.
 */
import type { Finding, RuleMeta, Severity } from "../rules/shared/types";
import { TABLE_NAMES } from "../rules/shared/labels";
import type { Report } from "../validation/report-model";
import { sectionsBySeverity } from "../validation/report-groups";
import { countFindings } from "../validation/validate";
import type { ReviewedFinding, ReviewStatus } from "./waivers";

export const SEVERITY_WORDS: Record<Severity, string> = { error: "错误", warning: "提示", info: "尾差·惯例" };
export const STATUS_WORDS: Record<ReviewStatus, string> = { open: "待处理", verified: "已核实", explained: "已说明（仍为错误）" };

export interface ReviewMeta {
  workbook?: string;
  unit?: string;
  year?: string;
  /** the region profile's name, or the default. */
  profile: string;
  checkedAt: Date;
  /** the add-in's version (package.json). */
  version: string;
  /** the settings in force, one line each ("停用：perf-target-format（原因）"). */
  settings: string[];
}

export interface ReportLine {
  index: number;
  severity: Severity;
  status: ReviewStatus;
  table: string;
  sheet: string;
  cell: string;
  rule: string;
  title: string;
  formula: string;
  message: string;
  expected: string;
  actual: string;
  /** 现场数据, "label sheet!cell = value" each. */
  operands: string[];
  reason: string;
}

/** "2026-12-02 10:05" in the checker's local time: what a reviewer reads on paper. */
export function localTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

export function summaryPairs(meta: ReviewMeta, reviewed: readonly ReviewedFinding[]): [string, string][] {
  const count = (pick: (r: ReviewedFinding) => boolean) => String(reviewed.filter(pick).length);
  // as the report's summary: a finding caused by another's wrong figure is not counted again
  const own = countFindings(reviewed.map((r) => r.finding));
  return [
    ["工作簿", meta.workbook ?? ""],
    ["单位", meta.unit ?? "（未识别）"],
    ["年度", meta.year ?? "（未识别）"],
    ["地区口径", meta.profile],
    ["错误", String(own.error)],
    ["提示", String(own.warning)],
    ["尾差·惯例", String(own.info)],
    ["由上述错误引起", count((r) => r.finding.cause !== undefined)],
    ["已核实", count((r) => r.status === "verified")],
    ["已说明的错误", count((r) => r.status === "explained")],
    ["检查时间", localTime(meta.checkedAt)],
    ["加载项版本", meta.version],
    ...meta.settings.map((line, i): [string, string] => [i === 0 ? "设置" : "", line]),
  ];
}

export function reportLines(report: Report, reviewed: readonly ReviewedFinding[], rules: ReadonlyMap<string, RuleMeta>): ReportLine[] {
  const byFinding = new Map<Finding, ReviewedFinding>(reviewed.map((r) => [r.finding, r]));
  const lines: ReportLine[] = [];
  for (const section of sectionsBySeverity(report)) {
    for (const group of section.groups) {
      const tableName = group.table ? `${TABLE_NAMES[group.table.kind]?.[0] ?? group.table.kind}${group.table.name ? `（${group.table.name}）` : ""}` : group.sheet;
      // a finding that follows from another's wrong figure is listed right after its cause
      for (const finding of group.findings.flatMap((f) => [f, ...(group.caused.get(f) ?? [])])) {
        const meta = rules.get(finding.rule);
        const r = byFinding.get(finding);
        lines.push({
          index: lines.length + 1,
          severity: finding.severity,
          status: r?.status ?? "open",
          table: tableName,
          sheet: finding.sheet,
          cell: finding.cell,
          rule: finding.rule,
          title: meta?.title ?? finding.rule,
          formula: meta?.formula ?? "",
          message: finding.cause ? `（由 ${finding.cause.sheet}!${finding.cause.cell} 引起）${finding.message}` : finding.message,
          expected: finding.expected,
          actual: finding.actual,
          operands: (finding.operands ?? []).map((o) => `${o.label} ${o.sheet}!${o.cell} = ${o.value}`),
          reason: r?.reason ?? "",
        });
      }
    }
  }
  return lines;
}
