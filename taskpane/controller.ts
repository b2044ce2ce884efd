/**
 * What the pane does, independent of the DOM: it holds the state, talks to the host through the
 * HostAdapter contract and to the core through an Engine, and hands every new state to the view.
 */
import type { HostAdapter } from "../src/hosts/types";
import type { Report } from "../src/validation/report-model";
import type { Finding, Operand, Severity } from "../src/rules/shared/types";
import type { GeneratedSheet } from "../src/workbook/generated";
import { insertTemplate } from "../src/hosts/insert-template";
import type { TemplateSheet } from "../src/template/template";
import type { FormulaStyle } from "../src/explain/builtin-formulas";
import type { WorkbookSnapshot } from "../src/workbook/types";
import type { ReviewMeta } from "../src/review/report-rows";
import { lapsed, withReason, type Waiver } from "../src/review/waivers";
import type { WorkbookFacts } from "../src/review/workbook-facts";
import { t, type Lang, type MessageKey } from "./i18n";
import { DEFAULT_PANE_SETTINGS, sanitizeSettings, settingsLines, type PaneSettings, type SettingsStore } from "./settings";
import { memoryReviewStore, type ReviewStore } from "./review-store";
import { SEVERITIES } from "../src/rules/shared/types";
import { limitOf } from "../src/hosts/read-limits";
import { flagOfLimit } from "../src/cli/limit-flags";

/** The host subset the pane uses (a HostAdapter fits). */
export type PaneHost = Pick<HostAdapter, "name" | "readWorkbook" | "markFindings" | "clearMarks" | "select" | "writeSheets" | "writePlaced" | "capabilities">;

/** How the generated sheets are written: =FA.… formulas only where the host runs the custom functions. */
export interface ExplainOptions {
  formulaStyle: FormulaStyle;
  /** last year's workbook (导入上年工作簿): fills 上年决算数 by 科目编码, else item name. */
  previous?: WorkbookSnapshot;
}

/** What 导入上年工作簿 did: subjects filled, typed ones kept, last year's items added, this year's unmatched. */
export interface PreviousSummary {
  filled: string[];
  kept: string[];
  added: string[];
  unmatched: string[];
}

/** 下载 Word: the .docx and the same 说明 as plain text (offered to copy where no download is possible). */
export interface WordExport {
  fileName: string;
  blob: Blob;
  text: string;
}

export interface RuleInfo {
  id: string;
  title: string;
  titleEn: string;
  severity: Severity;
  formula?: string;
  formulaEn?: string;
}

/** Steps a long validation reports, in order. */
export type ProgressStep = "reading" | "recognizing" | "checking" | "marking";

/** The core as the pane sees it; the composition root binds it to src/ (directly or through a Web Worker). */
export interface Engine {
  /** may run elsewhere (a worker): `onProgress` reports its steps; a cancelled run rejects. */
  validate(snapshot: WorkbookSnapshot, settings: PaneSettings, onProgress?: (step: ProgressStep, fraction: number) => void): Report | Promise<Report>;
  /** stops a running validate (its promise rejects); a no-op when nothing runs. */
  cancel?(): void;
  /** the 说明底稿 / 决算说明 sheets. */
  explain(snapshot: WorkbookSnapshot, report: Report, settings: PaneSettings, options?: ExplainOptions): GeneratedSheet[] | Promise<GeneratedSheet[]>;
  /** what importing last year's workbook into this one fills and leaves unmatched. */
  previousSummary?(snapshot: WorkbookSnapshot, previous: WorkbookSnapshot): PreviousSummary;
  /** the whole 说明 as a Word document. */
  word?(snapshot: WorkbookSnapshot, settings: PaneSettings): Promise<WordExport>;
  /** the 审核结果 sheet. */
  reportSheet?(report: Report, waivers: Waiver[], meta: ReviewMeta): GeneratedSheet;
  /** 插入标准表样: the profile's empty standard tables and 说明 input sheets. */
  template?(profileId: string): TemplateSheet[];
  /** unit and year of the workbook, for the report. */
  facts?(snapshot: WorkbookSnapshot): WorkbookFacts;
  /** the rule catalogue for the settings' check list and the entries' formulas. */
  rules(): RuleInfo[];
}

export interface FilterState {
  /** tableKey() or "" for all. */
  table: string;
  rule: string;
  sheet: string;
  search: string;
}

export const NO_FILTER: FilterState = { table: "", rule: "", sheet: "", search: "" };

export interface PaneState {
  lang: Lang;
  /** preview: no Office host, the user picks a file. */
  preview: boolean;
  fileName: string | null;
  /** last year's workbook picked for 上年决算数, until another is picked. */
  previousName: string | null;
  busy: boolean;
  progress: { step: MessageKey; fraction: number; cancellable: boolean } | null;
  status: { kind: "info" | "error"; text: string } | null;
  /** the workbook passed a read limit (the preview's file read, a host's read): shown as its own notice. */
  limit: LimitNotice | null;
  report: Report | null;
  elapsedMs: number | null;
  shown: Set<Severity>;
  filter: FilterState;
  /** the info section is collapsed by default. */
  infoOpen: boolean;
  settings: PaneSettings;
  rules: RuleInfo[];
  /** "Sheet!A1" of the finding or operand last clicked, so the view can highlight it. */
  selected: string | null;
  /** 出错说明 stored with the workbook. */
  waivers: Waiver[];
  /** waiverKey of the finding whose reason is being written. */
  editing: string | null;
  /** when the report in state was made. */
  checkedAt: Date | null;
  facts: WorkbookFacts;
  /** the add-in's version (package.json), shown in the footer. */
  version: string;
  /** the 说明 text offered to copy where the Word file could not be downloaded; null otherwise. */
  copyText: string | null;
}

export interface PaneView {
  render(state: Readonly<PaneState>): void;
}

export interface ControllerDeps {
  /** null in preview until a file is loaded. */
  host: PaneHost | null;
  /** no Office/WPS host: the pane offers a file picker (default: when host is null). */
  preview?: boolean;
  engine: Engine;
  view: PaneView;
  /** settings storage, per workbook (the name matters only where storage is shared, i.e. preview). */
  settingsStore: (workbookName?: string) => SettingsStore;
  /** 出错说明 storage, per workbook; default: kept in memory only. */
  reviewStore?: (workbookName?: string) => ReviewStore;
  /** preview only: turns a picked file into a host. */
  openFile?: (name: string, data: ArrayBuffer) => Promise<PaneHost>;
  /** reads a picked .xlsx (last year's workbook) without making it the workbook checked. */
  readFile?: (data: ArrayBuffer) => Promise<WorkbookSnapshot>;
  now?: () => number;
  /** the wall clock for the report's time of check. */
  clock?: () => Date;
  /** the add-in's version, for the report. */
  version?: string;
  /** saves a file for the user (preview, browsers); false or absent where the host allows no download. */
  download?: (fileName: string, blob: Blob) => boolean;
  /** lets the browser paint between steps; a no-op in tests. */
  yieldToUi?: () => Promise<void>;
  /** a host's start-up notice (WPS too old for the FA functions), shown until the first action. */
  notice?: string | null;
}

/** A failure as a user reads it: the message only (Chinese where the core wrote one), never a stack. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "未知错误 / unknown error";
}

/** Which read limit a workbook passed and by how much (the reader's own line) and the flag that raises it. */
export interface LimitNotice {
  messageZh: string;
  messageEn: string;
  flag: string;
}

/** The notice for a read-limit error, else null: a limit is not a failure of the pane, it needs its own advice. */
export function limitNotice(error: unknown): LimitNotice | null {
  const limit = limitOf(error);
  return limit ? { messageZh: limit.messageZh, messageEn: limit.messageEn, flag: flagOfLimit(limit.limit) } : null;
}

/** Thrown by an engine whose run was cancelled. */
export class CancelledError extends Error {
  constructor() {
    super("已取消 / cancelled");
    this.name = "CancelledError";
  }
}

export class PaneController {
  readonly state: PaneState;
  private snapshot: WorkbookSnapshot | null = null;
  /** last year's workbook, read when picked, used by the next 生成说明. */
  private previous: WorkbookSnapshot | null = null;
  private host: PaneHost | null;
  private store: SettingsStore;
  private reviews: ReviewStore;
  private cancelled = false;
  private readonly now: () => number;
  private readonly yieldToUi: () => Promise<void>;

  constructor(private readonly deps: ControllerDeps) {
    this.host = deps.host;
    this.store = deps.settingsStore();
    this.reviews = (deps.reviewStore ?? memoryReviewStore)();
    this.now = deps.now ?? (() => Date.now());
    this.yieldToUi = deps.yieldToUi ?? (() => Promise.resolve());
    this.state = {
      lang: DEFAULT_PANE_SETTINGS.lang,
      preview: deps.preview ?? deps.host === null,
      fileName: null,
      previousName: null,
      busy: false,
      progress: null,
      status: null,
      limit: null,
      report: null,
      elapsedMs: null,
      shown: new Set(SEVERITIES),
      filter: { ...NO_FILTER },
      infoOpen: false,
      settings: { ...DEFAULT_PANE_SETTINGS },
      rules: [],
      selected: null,
      waivers: [],
      editing: null,
      checkedAt: null,
      facts: {},
      version: deps.version ?? "",
      copyText: null,
    };
  }

  async init(): Promise<void> {
    try {
      this.state.rules = this.deps.engine.rules();
    } catch {
      this.state.rules = []; // the view says the list is unavailable
    }
    await this.loadSettings();
    await this.loadWaivers();
    if (this.deps.notice) this.state.status = { kind: "info", text: this.deps.notice };
    this.render();
  }

  /** Preview: a file was picked. */
  async openFile(name: string, data: ArrayBuffer): Promise<void> {
    if (!this.deps.openFile) return this.fail(t(this.state.lang, "hostUnavailable"));
    await this.run(async () => {
      await this.progress("reading", 0.05);
      this.host = null;
      this.host = await this.picked(() => this.deps.openFile!(name, data));
      this.state.fileName = name;
      this.snapshot = null;
      this.state.report = null;
      this.state.elapsedMs = null;
      this.state.filter = { ...NO_FILTER };
      this.store = this.deps.settingsStore(name);
      this.reviews = (this.deps.reviewStore ?? memoryReviewStore)(name);
      await this.loadSettings();
      await this.loadWaivers();
    });
  }

  async validate(): Promise<void> {
    const host = this.requireHost();
    if (!host) return;
    await this.run(async () => {
      this.cancelled = false;
      const started = this.now();
      await this.progress("reading", 0.05, true);
      const snapshot = await host.readWorkbook();
      this.throwIfCancelled();
      await this.progress("recognizing", 0.3, true);
      const report = await this.deps.engine.validate(snapshot, this.state.settings, (step, fraction) => {
        if (this.state.progress?.step !== step) void this.progress(step, fraction, true);
      });
      this.throwIfCancelled();
      await this.progress("marking", 0.85);
      await host.markFindings(report.findings);
      this.snapshot = snapshot;
      this.state.report = report;
      this.state.checkedAt = this.deps.clock?.() ?? new Date();
      this.state.facts = this.deps.engine.facts?.(snapshot) ?? {};
      this.state.selected = null;
      this.state.editing = null;
      this.state.filter = keepValid(this.state.filter, report);
      this.state.elapsedMs = this.now() - started;
      this.state.copyText = null;
      // no standard table: say so, with what was found; never the all-clear
      if (report.tables.length === 0) {
        const sheets = (report.sheets ?? snapshot.sheets.map((s) => s.name)).join("、") || "—";
        this.state.status = { kind: "error", text: t(this.state.lang, "noTables", { sheets }) };
        return;
      }
      const gone = lapsed(report.findings, this.state.waivers).length;
      const done = t(this.state.lang, report.findings.length === 0 ? "noFindings" : "done");
      this.state.status = { kind: "info", text: gone > 0 ? `${done} ${t(this.state.lang, "lapsedReasons", { n: gone })}` : done };
    });
  }

  /** Stops a running validation; the pane is usable at once, the previous results stay. */
  cancel(): void {
    if (!this.state.busy || !this.state.progress?.cancellable) return;
    this.cancelled = true;
    this.deps.engine.cancel?.();
  }

  async clearMarks(): Promise<void> {
    const host = this.requireHost();
    if (!host) return;
    await this.run(async () => {
      await this.progress("clearing", 0.5);
      await host.clearMarks();
      this.info("cleared");
    });
  }

  async explain(): Promise<void> {
    const host = this.requireHost();
    if (!host) return;
    if (!this.snapshot || !this.state.report) return this.fail(t(this.state.lang, "explainNeedsValidate"));
    const snapshot = this.snapshot;
    const report = this.state.report;
    await this.run(async () => {
      await this.progress("writing", 0.5);
      // without the custom functions (volume-licensed Office 2021, WPS without them) =FA.… would show #NAME?
      const formulaStyle = host.capabilities?.().customFunctions === false ? "builtin" : "fa";
      const previous = this.previous ?? undefined;
      const sheets = await this.deps.engine.explain(snapshot, report, this.state.settings, { formulaStyle, previous });
      const names = await host.writeSheets(sheets);
      const written = t(this.state.lang, "explainWritten", { sheets: names.join("、") });
      const imported = previous && this.deps.engine.previousSummary?.(snapshot, previous);
      this.state.status = { kind: "info", text: imported ? `${written}\n${this.previousText(imported)}` : written };
    });
  }

  /**
   * 导入上年工作簿: last year's workbook is read (never made the workbook checked) and kept for 生成说明,
   * which fills 上年决算数 by 科目编码, else item name; a typed 上年决算数 is never overwritten.
   */
  async openPrevious(name: string, data: ArrayBuffer): Promise<void> {
    if (!this.deps.readFile) return this.fail(t(this.state.lang, "hostUnavailable"));
    await this.run(async () => {
      await this.progress("reading", 0.3);
      const previous = await this.picked(() => this.deps.readFile!(data));
      this.previous = previous;
      this.state.previousName = name;
      const lang = this.state.lang;
      const summary = this.snapshot ? this.deps.engine.previousSummary?.(this.snapshot, previous) : undefined;
      const loaded = t(lang, "previousLoaded", { file: name });
      this.state.status = { kind: "info", text: summary ? `${loaded}\n${this.previousText(summary)}` : loaded };
    });
  }

  /** A picked file read: a read limit passes as itself (its own notice), anything else is "not an .xlsx". */
  private async picked<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (limitNotice(error)) throw error;
      throw new Error(t(this.state.lang, "notXlsx"));
    }
  }

  /** The import in words: counts, then the subjects of this year with no match last year. */
  private previousText(s: PreviousSummary): string {
    const lang = this.state.lang;
    const counts = t(lang, "previousCounts", { filled: String(s.filled.length), kept: String(s.kept.length), added: String(s.added.length) });
    return s.unmatched.length ? `${counts}\n${t(lang, "previousUnmatched", { items: s.unmatched.join("、") })}` : counts;
  }

  /** 下载 Word: the 说明 as .docx; where the host allows no download, its text to copy instead. */
  async downloadWord(): Promise<void> {
    const snapshot = this.snapshot;
    if (!snapshot || !this.state.report) return this.fail(t(this.state.lang, "explainNeedsValidate"));
    if (!this.deps.engine.word) return this.fail(t(this.state.lang, "hostUnavailable"));
    await this.run(async () => {
      await this.progress("writing", 0.5);
      const word = await this.deps.engine.word!(snapshot, this.state.settings);
      let saved = false;
      try {
        saved = this.deps.download?.(word.fileName, word.blob) ?? false;
      } catch {
        saved = false; // a blocked download is offered as text below
      }
      this.state.copyText = saved ? null : word.text;
      this.state.status = { kind: "info", text: t(this.state.lang, saved ? "wordDownloaded" : "wordNoDownload", { file: word.fileName }) };
    });
  }

  /** Closes the 说明 text offered to copy. */
  closeCopy(): void {
    this.state.copyText = null;
    this.render();
  }

  /**
   * 插入标准表样: the chosen profile's empty tables (else the guessed one, else 财政部), written in
   * place of earlier template sheets; refused, with nothing written, when a sheet of the same name holds data.
   */
  async insertTemplate(): Promise<void> {
    const host = this.requireHost();
    if (!host) return;
    const template = this.deps.engine.template?.bind(this.deps.engine);
    if (!host.writePlaced || !template) return this.fail(t(this.state.lang, "templateNeedsHost"));
    await this.run(async () => {
      await this.progress("writing", 0.3);
      const profile = this.state.settings.profile || this.state.report?.profile?.id || "mof";
      const done = await insertTemplate(host, template(profile));
      if (!done.ok) {
        this.state.status = { kind: "error", text: done.refusal ?? "" };
        return;
      }
      // the workbook changed: an earlier report no longer describes it
      this.snapshot = null;
      this.state.status = { kind: "info", text: t(this.state.lang, "templateInserted", { sheets: done.written.join("、") }) };
    });
  }

  /** 审核报告: the 审核结果 sheet, regenerated in place by the host. */
  async writeReport(): Promise<void> {
    const host = this.requireHost();
    if (!host) return;
    const report = this.state.report;
    if (!report || !this.deps.engine.reportSheet) return this.fail(t(this.state.lang, "reportNeedsValidate"));
    await this.run(async () => {
      await this.progress("writing", 0.5);
      const sheet = this.deps.engine.reportSheet!(report, this.state.waivers, this.reviewMeta());
      const names = await host.writeSheets([sheet]);
      this.state.status = { kind: "info", text: t(this.state.lang, "reportWritten", { sheets: names.join("、") }) };
    });
  }

  reviewMeta(): ReviewMeta {
    return {
      workbook: this.snapshot?.name ?? this.state.fileName ?? undefined,
      unit: this.state.facts.unit,
      year: this.state.facts.year,
      profile: this.state.report?.profile?.name ?? (this.state.settings.profile || t("zh", "profileGuess")),
      checkedAt: this.state.checkedAt ?? new Date(),
      version: this.deps.version ?? "",
      settings: settingsLines(this.state.settings, this.state.report?.profile?.id),
    };
  }

  async goTo(place: Pick<Finding | Operand, "sheet" | "cell">): Promise<void> {
    this.state.selected = `${place.sheet}!${place.cell}`;
    this.render();
    if (!this.host) return;
    try {
      await this.host.select(place.sheet, place.cell);
    } catch (error) {
      this.fail(t(this.state.lang, "failed", { reason: reasonOf(error) }));
    }
  }

  setSeverityShown(severity: Severity, shown: boolean): void {
    if (shown) this.state.shown.add(severity);
    else this.state.shown.delete(severity);
    this.render();
  }

  setFilter(changes: Partial<FilterState>): void {
    this.state.filter = { ...this.state.filter, ...changes };
    this.render();
  }

  setInfoOpen(open: boolean): void {
    if (this.state.infoOpen === open) return;
    this.state.infoOpen = open;
    this.render();
  }

  /** Opens (a key) or closes (null) the reason form of one finding. */
  editReason(key: string | null): void {
    this.state.editing = key;
    this.render();
  }

  /** Saves (or, with an empty text, withdraws) the 出错说明 of a finding, with the workbook. */
  async saveReason(finding: Finding, reason: string): Promise<void> {
    const next = withReason(this.state.waivers, finding, reason, this.deps.clock?.() ?? new Date());
    try {
      await this.reviews.save(next);
      this.state.waivers = next;
      this.state.editing = null;
      this.info(this.reviews.perWorkbook ? "reasonSaved" : "reasonSavedPreview");
    } catch (error) {
      this.state.status = { kind: "error", text: t(this.state.lang, "failed", { reason: reasonOf(error) }) };
    }
    this.render();
  }

  async setLanguage(lang: Lang): Promise<void> {
    this.state.lang = lang;
    this.state.status = null;
    this.render();
    await this.persist({ ...this.state.settings, lang }, false);
  }

  async saveSettings(changes: Partial<PaneSettings>): Promise<void> {
    await this.persist({ ...this.state.settings, ...changes }, true);
  }

  private async persist(next: PaneSettings, announce: boolean): Promise<void> {
    this.state.settings = sanitizeSettings(next);
    try {
      await this.store.save(this.state.settings);
      if (announce) this.info(this.store.perWorkbook ? "settingsSaved" : "settingsSavedPreview");
    } catch (error) {
      this.fail(t(this.state.lang, "failed", { reason: reasonOf(error) }));
    }
    this.render();
  }

  private async loadSettings(): Promise<void> {
    try {
      this.state.settings = await this.store.load();
    } catch {
      this.state.settings = { ...DEFAULT_PANE_SETTINGS };
    }
    this.state.lang = this.state.settings.lang;
  }

  private async loadWaivers(): Promise<void> {
    try {
      this.state.waivers = await this.reviews.load();
    } catch {
      this.state.waivers = []; // unreadable: shown as open, nothing is lost from storage
    }
  }

  private requireHost(): PaneHost | null {
    if (!this.host) this.fail(t(this.state.lang, this.state.preview ? "noFile" : "hostUnavailable"));
    return this.host;
  }

  private throwIfCancelled(): void {
    if (this.cancelled) throw new CancelledError();
  }

  /** One user action: busy while it runs, progress cleared after, a failure shown as a message. */
  private async run(action: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.state.busy = true;
    this.state.status = null;
    this.state.limit = null;
    this.render();
    try {
      await action();
    } catch (error) {
      this.state.limit = limitNotice(error);
      this.state.status = this.state.limit
        ? null
        : error instanceof CancelledError || this.cancelled
          ? { kind: "info", text: t(this.state.lang, "cancelled") }
          : { kind: "error", text: t(this.state.lang, "failed", { reason: reasonOf(error) }) };
    } finally {
      this.cancelled = false;
      this.state.busy = false;
      this.state.progress = null;
      this.render();
    }
  }

  private progress(step: MessageKey, fraction: number, cancellable = false): Promise<void> {
    this.state.progress = { step, fraction, cancellable };
    this.render();
    return this.yieldToUi();
  }

  private info(key: MessageKey): void {
    this.state.status = { kind: "info", text: t(this.state.lang, key) };
  }

  private fail(text: string): void {
    this.state.status = { kind: "error", text };
    this.render();
  }

  private render(): void {
    this.deps.view.render(this.state);
  }
}

/** A filter naming a table, rule or sheet the new report lacks would hide everything: drop that part. */
function keepValid(filter: FilterState, report: Report): FilterState {
  const tables = new Set(report.tables.map((t) => `${t.sheet}!${t.range}`));
  return {
    ...filter,
    table: tables.has(filter.table) ? filter.table : "",
    rule: report.findings.some((f) => f.rule === filter.rule) ? filter.rule : "",
    sheet: report.findings.some((f) => f.sheet === filter.sheet) ? filter.sheet : "",
  };
}
