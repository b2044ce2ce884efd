/** The pane's own words in Chinese and English. Findings carry their own message/messageEn. */
import type { Severity } from "../src/rules/shared/types";
import type { TableKind } from "../src/tables/types";

export type Lang = "zh" | "en";

const zh = {
  appTitle: "决算校验助手",
  switchLanguage: "English",
  previewHint: "预览模式：未检测到 Excel，请选择一个 .xlsx 决算工作簿。",
  pickFile: "选择工作簿",
  validate: "校验工作簿",
  clearMarks: "清除标记",
  explain: "生成说明",
  summaryTitle: "校验概况",
  tablesRecognized: "识别的表",
  errors: "错误",
  warnings: "提示",
  infos: "尾差·惯例",
  elapsed: "用时",
  filter: "显示",
  settings: "设置",
  adminUnit: "行政/参公单位（机关运行经费 = 公用经费）",
  conventions: "说明的写法",
  convThousands: "金额使用千分位（2,970.86）",
  convFromZero: "上年为0时",
  convFromZeroHundred: "增长100.00%",
  convFromZeroIncomparable: "上年无此项，不可比",
  convEqual: "与上年相同时",
  convEqualZero: "增加0.00万元，增长0.00%",
  convEqualFlat: "与上年持平",
  convBudget: "预决算对比",
  convBudgetXinjiang: "预决算差异率X%",
  convBudgetShanghai: "完成年初预算的X%",
  checks: "启用的校验",
  saveSettings: "保存设置",
  settingsSaved: "设置已保存（随工作簿保存）。",
  settingsSavedPreview: "设置已保存在本浏览器中。",
  noRules: "校验规则列表暂不可用。",
  reading: "正在读取工作簿…",
  checking: "正在校验…",
  marking: "正在标记单元格…",
  writing: "正在生成说明…",
  clearing: "正在清除标记…",
  done: "校验完成。",
  cleared: "已清除本插件添加的标记。",
  noFindings: "未发现问题。",
  noFile: "请先选择一个 .xlsx 工作簿。",
  notXlsx: "无法读取该文件：请选择 Excel 2007 及以上版本的 .xlsx 工作簿。",
  explainWritten: "已生成工作表：{{sheets}}",
  explainNeedsValidate: "请先校验工作簿，再生成说明。",
  hostUnavailable: "当前环境不支持此操作。",
  failed: "操作失败：{{reason}}",
  expected: "应为",
  actual: "实际",
  cell: "单元格",
  otherTable: "其他",
  seconds: "{{n}} 秒",
  findingCount: "{{n}} 条",
  goToCell: "定位到 {{cell}}",
  severity_error: "错误",
  severity_warning: "提示",
  severity_info: "尾差·惯例",
  table_summary: "收入支出决算总表",
  table_income: "收入决算表",
  table_expenditure: "支出决算表",
  "table_fiscal-summary": "财政拨款收入支出决算总表",
  "table_gpb-expenditure": "一般公共预算财政拨款支出决算表",
  "table_gpb-basic": "一般公共预算财政拨款基本支出决算表",
  "table_gov-fund": "政府性基金预算财政拨款收入支出决算表",
  "table_soe-capital": "国有资本经营预算财政拨款支出决算表",
  "table_three-public": "财政拨款“三公”经费支出决算表",
  "table_perf-overall": "部门整体支出绩效自评表",
  "table_perf-project": "项目支出绩效自评表",
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: "Final Accounts Checker",
  switchLanguage: "中文",
  previewHint: "Preview mode: no Excel host found. Pick a final-accounts .xlsx workbook.",
  pickFile: "Choose workbook",
  validate: "Validate workbook",
  clearMarks: "Clear marks",
  explain: "Draft explanation",
  summaryTitle: "Summary",
  tablesRecognized: "Tables recognized",
  errors: "Errors",
  warnings: "Warnings",
  infos: "Rounding · conventions",
  elapsed: "Time",
  filter: "Show",
  settings: "Settings",
  adminUnit: "Administrative unit (running costs = public funds)",
  conventions: "Explanation wording",
  convThousands: "Thousands separators (2,970.86)",
  convFromZero: "Previous year 0",
  convFromZeroHundred: "grew 100.00% (增长100.00%)",
  convFromZeroIncomparable: "not comparable (不可比)",
  convEqual: "No change",
  convEqualZero: "+0.00, 0.00% (增加0.00万元)",
  convEqualFlat: "unchanged (与上年持平)",
  convBudget: "Budget vs final",
  convBudgetXinjiang: "variance rate X% (差异率)",
  convBudgetShanghai: "X% of the budget (完成年初预算)",
  checks: "Checks enabled",
  saveSettings: "Save settings",
  settingsSaved: "Settings saved (with the workbook).",
  settingsSavedPreview: "Settings saved in this browser.",
  noRules: "The list of checks is not available yet.",
  reading: "Reading the workbook…",
  checking: "Validating…",
  marking: "Marking cells…",
  writing: "Drafting the explanation…",
  clearing: "Clearing marks…",
  done: "Validation finished.",
  cleared: "Marks added by this add-in were removed.",
  noFindings: "No problems found.",
  noFile: "Choose an .xlsx workbook first.",
  notXlsx: "Cannot read this file: choose an .xlsx workbook (Excel 2007 or later).",
  explainWritten: "Sheets written: {{sheets}}",
  explainNeedsValidate: "Validate the workbook before drafting the explanation.",
  hostUnavailable: "Not supported here.",
  failed: "Failed: {{reason}}",
  expected: "Expected",
  actual: "Actual",
  cell: "Cell",
  otherTable: "Other",
  seconds: "{{n}} s",
  findingCount: "{{n}}",
  goToCell: "Go to {{cell}}",
  severity_error: "Error",
  severity_warning: "Warning",
  severity_info: "Rounding · convention",
  table_summary: "Income and expenditure summary",
  table_income: "Income",
  table_expenditure: "Expenditure",
  "table_fiscal-summary": "Fiscal appropriation summary",
  "table_gpb-expenditure": "General public budget expenditure",
  "table_gpb-basic": "General public budget basic expenditure",
  "table_gov-fund": "Government fund budget",
  "table_soe-capital": "State capital operation budget",
  "table_three-public": "“Three public” expenses",
  "table_perf-overall": "Department performance self-evaluation",
  "table_perf-project": "Project performance self-evaluation",
};

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** The text for `key`, with {{name}} placeholders filled (values are plain text, never HTML). */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}

export function severityLabel(lang: Lang, severity: Severity): string {
  return t(lang, `severity_${severity}` as MessageKey);
}

export function tableLabel(lang: Lang, kind: TableKind | undefined): string {
  const key = `table_${kind}`;
  return kind && isMessageKey(key) ? t(lang, key) : t(lang, "otherTable");
}

/** Every key both languages define (a test checks the two stay in step). */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]);
}
