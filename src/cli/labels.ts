/** Words the text and Markdown outputs share, in Chinese and English. */
import type { Severity } from "../rules/shared/types";
import type { TableKind } from "../tables/types";
import type { Language } from "./args";
import type { FileOutcome } from "./outcome";

const SEVERITY_NAMES: Record<Language, Record<Severity, string>> = {
  zh: { error: "错误", warning: "提示", info: "尾差/惯例" },
  en: { error: "error", warning: "warning", info: "tail difference/convention" },
};

const TABLE_NAMES: Record<Language, Record<TableKind, string>> = {
  zh: {
    summary: "收入支出决算总表",
    income: "收入决算表",
    expenditure: "支出决算表",
    "fiscal-summary": "财政拨款收入支出决算总表",
    "gpb-expenditure": "一般公共预算财政拨款支出决算表",
    "gpb-basic": "一般公共预算财政拨款基本支出决算表",
    "gov-fund": "政府性基金预算财政拨款收入支出决算表",
    "soe-capital": "国有资本经营预算财政拨款收入支出决算表",
    "three-public": "财政拨款“三公”经费支出决算表",
    "perf-overall": "部门整体支出绩效自评表",
    "perf-project": "项目支出绩效自评表",
  },
  en: {
    summary: "income and expenditure summary (T1)",
    income: "income (T2)",
    expenditure: "expenditure (T3)",
    "fiscal-summary": "fiscal appropriation summary (T4)",
    "gpb-expenditure": "general public budget expenditure (T5)",
    "gpb-basic": "general public budget basic expenditure (T6)",
    "gov-fund": "government fund (T7)",
    "soe-capital": "state capital operation (T8)",
    "three-public": "three public expenses (T9)",
    "perf-overall": "overall performance self-assessment",
    "perf-project": "project performance self-assessment",
  },
};

export function severityName(severity: Severity, lang: Language): string {
  return SEVERITY_NAMES[lang][severity];
}

export function tableName(kind: TableKind, lang: Language): string {
  return TABLE_NAMES[lang][kind] ?? kind;
}

/** 共 N 张表；错误 a，提示 b，尾差/惯例 c */
export function summaryLine(tables: number, summary: Record<Severity, number>, lang: Language): string {
  return lang === "zh"
    ? `共 ${tables} 张表；错误 ${summary.error}，提示 ${summary.warning}，尾差/惯例 ${summary.info}`
    : `${tables} tables; errors ${summary.error}, warnings ${summary.warning}, tail differences/conventions ${summary.info}`;
}

export const WORDS = {
  zh: {
    expected: "应为",
    actual: "实为",
    related: "现场数据",
    colon: "：",
    noFindings: "未发现问题。",
    unrecognized: "无法读取的表",
    notes: "说明",
    folderHeader: ["文件", "表", "错误", "提示", "尾差/惯例", "状态"],
    statusOk: "通过",
    statusErrors: "有错误",
    statusWarnings: "有提示",
    statusUnusable: "无法读取",
  },
  en: {
    expected: "expected",
    actual: "actual",
    related: "operands",
    colon: ": ",
    noFindings: "No problems found.",
    unrecognized: "Tables that could not be read",
    notes: "Notes",
    folderHeader: ["file", "tables", "errors", "warnings", "info", "status"],
    statusOk: "passed",
    statusErrors: "errors",
    statusWarnings: "warnings",
    statusUnusable: "unusable",
  },
} as const;

/** One row of the closing table of a folder run: file, tables, errors, warnings, info, status. */
export function folderRow(outcome: FileOutcome, lang: Language): string[] {
  const words = WORDS[lang];
  const report = outcome.report;
  if (!report) return [outcome.file, "-", "-", "-", "-", `${words.statusUnusable}: ${outcome.error ?? ""}`];
  const { error, warning, info } = report.summary;
  const status = error > 0 ? words.statusErrors : warning > 0 ? words.statusWarnings : words.statusOk;
  return [outcome.file, String(report.tables.length), String(error), String(warning), String(info), status];
}
