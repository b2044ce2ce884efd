/** Binds the pane's Engine to the core in src/ (the only pane file that knows the core's entry points). */
import { explainWorkbook, importPrevious, readInputs } from "../src/explain";
import { RULES } from "../src/rules/shared/registry";
import type { RuleMeta } from "../src/rules/shared/types";
import { reportSheet } from "../src/review/report-sheet";
import type { ReviewMeta } from "../src/review/report-rows";
import { review, type Waiver } from "../src/review/waivers";
import { workbookFacts, type WorkbookFacts } from "../src/review/workbook-facts";
import { recognize } from "../src/tables";
import type { TableModel } from "../src/tables/types";
import type { Report } from "../src/validation/report-model";
import { analyze } from "../src/validation/validate";
import type { GeneratedSheet } from "../src/workbook/generated";
import type { WorkbookSnapshot } from "../src/workbook/types";
import { profileById } from "../src/profiles";
import { mof } from "../src/profiles/mof";
import { templateSheets, type TemplateSheet } from "../src/template";
import type { Engine, ExplainOptions, PreviousSummary, ProgressStep, WordExport } from "./controller";
import { ruleSettings, type PaneSettings } from "./settings";

/** The engine running the core in this thread: synchronous results (the worker wraps it). */
export interface CoreEngine extends Engine {
  validate(snapshot: WorkbookSnapshot, settings: PaneSettings, onProgress?: (step: ProgressStep, fraction: number) => void): Report;
  explain(snapshot: WorkbookSnapshot, report: Report | null, settings: PaneSettings, options?: ExplainOptions): GeneratedSheet[];
  previousSummary(snapshot: WorkbookSnapshot, previous: WorkbookSnapshot): PreviousSummary;
  word(snapshot: WorkbookSnapshot, settings: PaneSettings): Promise<WordExport>;
  reportSheet(report: Report, waivers: Waiver[], meta: ReviewMeta): GeneratedSheet;
  facts(snapshot: WorkbookSnapshot): WorkbookFacts;
  template(profileId: string): TemplateSheet[];
}

const RULE_META: ReadonlyMap<string, RuleMeta> = new Map(RULES.map(({ meta }) => [meta.id, meta]));

export function createEngine(): CoreEngine {
  // 生成说明 follows 校验工作簿 on the same snapshot: keep its tables rather than recognize twice.
  const recognized = new WeakMap<WorkbookSnapshot, TableModel[]>();
  // 导入上年工作簿: last year's workbook is recognized once, for its summary and every 生成说明 after it
  const tablesOf = (snapshot: WorkbookSnapshot) => {
    let tables = recognized.get(snapshot);
    if (!tables) recognized.set(snapshot, (tables = recognize(snapshot).tables));
    return tables;
  };
  return {
    validate: (snapshot, settings, onProgress) => {
      const { recognition, report } = analyze(snapshot, ruleSettings(settings), (step) => onProgress?.(step, step === "recognizing" ? 0.35 : 0.6));
      recognized.set(snapshot, recognition.tables);
      return report;
    },
    rules: () =>
      RULES.map(({ meta }) => ({ id: meta.id, title: meta.title, titleEn: meta.titleEn, severity: meta.severity, formula: meta.formula, formulaEn: meta.formulaEn })),
    // the same sheets as the CLI's --explain, in the wording chosen in the settings
    // a sentence quoting a figure the last check flagged wrong carries 【待核…】
    // 导入上年工作簿: last year's tables fill 上年决算数 (typed values kept)
    explain: (snapshot, report, settings, options) =>
      explainWorkbook(tablesOf(snapshot), snapshot, settings.conventions, {
        formulaStyle: options?.formulaStyle,
        previous: options?.previous && tablesOf(options.previous),
        findings: report?.findings,
      }).sheets,
    previousSummary: (snapshot, previous) => {
      const { filled, kept, added, unmatched } = importPrevious(tablesOf(snapshot), tablesOf(previous), readInputs(snapshot));
      return { filled, kept, added, unmatched };
    },
    // the same 说明 as 生成说明 writes, with the workbook's tables as 第四部分's 附表
    word: async (snapshot, settings) => {
      // checked here: the document marks (【待核…】) the sentences quoting a figure a rule flags wrong
      const { recognition, report } = analyze(snapshot, ruleSettings(settings));
      const tables = recognition.tables;
      const { explanation } = explainWorkbook(tables, snapshot, settings.conventions, { findings: report.findings });
      // the docx package is loaded on the first 下载 Word only: it is most of its weight
      const { docxBlob } = await import(/* webpackChunkName: "docx" */ "../src/export/docx");
      const blob = await docxBlob(explanation, { snapshot, tables, thousands: settings.conventions.thousands });
      return { fileName: `${explanation.title || "决算说明"}.docx`, blob, text: explanation.text };
    },
    reportSheet: (report, waivers, meta) => reportSheet(report, review(report.findings, waivers), meta, RULE_META),
    facts: workbookFacts,
    // 插入标准表样: the chosen profile's (the 财政部 template when none is chosen or guessed)
    template: (profileId) => templateSheets(profileById(profileId) ?? mof),
  };
}
