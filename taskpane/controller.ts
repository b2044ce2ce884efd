/**
 * What the pane does, independent of the DOM: it holds the state, talks to the host through the
 * HostAdapter contract and to the core through an Engine, and hands every new state to the view.
 */
import type { HostAdapter } from "../src/hosts/types";
import type { Report } from "../src/validation/report-model";
import type { Finding, Severity } from "../src/rules/shared/types";
import type { GeneratedSheet } from "../src/workbook/generated";
import type { WorkbookSnapshot } from "../src/workbook/types";
import { t, type Lang, type MessageKey } from "./i18n";
import { DEFAULT_PANE_SETTINGS, sanitizeSettings, type PaneSettings, type SettingsStore } from "./settings";
import { SEVERITIES } from "../src/rules/shared/types";

/** The host subset the pane uses (a HostAdapter fits). */
export type PaneHost = Pick<HostAdapter, "name" | "readWorkbook" | "markFindings" | "clearMarks" | "select" | "writeSheets">;

export interface RuleInfo {
  id: string;
  title: string;
  titleEn: string;
  severity: Severity;
}

/** The core as the pane sees it; the composition root binds it to src/. */
export interface Engine {
  validate(snapshot: WorkbookSnapshot, settings: PaneSettings): Report;
  /** the 说明底稿 / 决算说明 sheets. */
  explain(snapshot: WorkbookSnapshot, report: Report, settings: PaneSettings): GeneratedSheet[];
  /** the rule catalogue for the settings' check list. */
  rules(): RuleInfo[];
}

export interface PaneState {
  lang: Lang;
  /** preview: no Office host, the user picks a file. */
  preview: boolean;
  fileName: string | null;
  busy: boolean;
  progress: { step: MessageKey; fraction: number } | null;
  status: { kind: "info" | "error"; text: string } | null;
  report: Report | null;
  elapsedMs: number | null;
  shown: Set<Severity>;
  settings: PaneSettings;
  rules: RuleInfo[];
  /** "Sheet!A1" of the finding last clicked, so the view can highlight it. */
  selected: string | null;
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
  /** preview only: turns a picked file into a host. */
  openFile?: (name: string, data: ArrayBuffer) => Promise<PaneHost>;
  now?: () => number;
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

export class PaneController {
  readonly state: PaneState;
  private snapshot: WorkbookSnapshot | null = null;
  private host: PaneHost | null;
  private store: SettingsStore;
  private readonly now: () => number;
  private readonly yieldToUi: () => Promise<void>;

  constructor(private readonly deps: ControllerDeps) {
    this.host = deps.host;
    this.store = deps.settingsStore();
    this.now = deps.now ?? (() => Date.now());
    this.yieldToUi = deps.yieldToUi ?? (() => Promise.resolve());
    this.state = {
      lang: DEFAULT_PANE_SETTINGS.lang,
      preview: deps.preview ?? deps.host === null,
      fileName: null,
      busy: false,
      progress: null,
      status: null,
      report: null,
      elapsedMs: null,
      shown: new Set(SEVERITIES),
      settings: { ...DEFAULT_PANE_SETTINGS },
      rules: [],
      selected: null,
    };
  }

  async init(): Promise<void> {
    try {
      this.state.rules = this.deps.engine.rules();
    } catch {
      this.state.rules = []; // the view says the list is unavailable
    }
    await this.loadSettings();
    if (this.deps.notice) this.state.status = { kind: "info", text: this.deps.notice };
    this.render();
  }

  /** Preview: a file was picked. */
  async openFile(name: string, data: ArrayBuffer): Promise<void> {
    if (!this.deps.openFile) return this.fail(t(this.state.lang, "hostUnavailable"));
    await this.run(async () => {
      await this.progress("reading", 0.05);
      try {
        this.host = await this.deps.openFile!(name, data);
      } catch {
        this.host = null;
        throw new Error(t(this.state.lang, "notXlsx"));
      }
      this.state.fileName = name;
      this.snapshot = null;
      this.state.report = null;
      this.state.elapsedMs = null;
      this.store = this.deps.settingsStore(name);
      await this.loadSettings();
    });
  }

  async validate(): Promise<void> {
    const host = this.requireHost();
    if (!host) return;
    await this.run(async () => {
      const started = this.now();
      await this.progress("reading", 0.1);
      const snapshot = await host.readWorkbook();
      await this.progress("checking", 0.4);
      const report = this.deps.engine.validate(snapshot, this.state.settings);
      await this.progress("marking", 0.75);
      await host.markFindings(report.findings);
      this.snapshot = snapshot;
      this.state.report = report;
      this.state.selected = null;
      this.state.elapsedMs = this.now() - started;
      this.info(report.findings.length === 0 ? "noFindings" : "done");
    });
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
      const sheets = this.deps.engine.explain(snapshot, report, this.state.settings);
      const names = await host.writeSheets(sheets);
      this.state.status = { kind: "info", text: t(this.state.lang, "explainWritten", { sheets: names.join("、") }) };
    });
  }

  async goTo(finding: Pick<Finding, "sheet" | "cell">): Promise<void> {
    this.state.selected = `${finding.sheet}!${finding.cell}`;
    this.render();
    if (!this.host) return;
    try {
      await this.host.select(finding.sheet, finding.cell);
    } catch (error) {
      this.fail(t(this.state.lang, "failed", { reason: reasonOf(error) }));
    }
  }

  setSeverityShown(severity: Severity, shown: boolean): void {
    if (shown) this.state.shown.add(severity);
    else this.state.shown.delete(severity);
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

  private requireHost(): PaneHost | null {
    if (!this.host) this.fail(t(this.state.lang, this.state.preview ? "noFile" : "hostUnavailable"));
    return this.host;
  }

  /** One user action: busy while it runs, progress cleared after, a failure shown as a message. */
  private async run(action: () => Promise<void>): Promise<void> {
    if (this.state.busy) return;
    this.state.busy = true;
    this.state.status = null;
    this.render();
    try {
      await action();
    } catch (error) {
      this.state.status = { kind: "error", text: t(this.state.lang, "failed", { reason: reasonOf(error) }) };
    } finally {
      this.state.busy = false;
      this.state.progress = null;
      this.render();
    }
  }

  private progress(step: MessageKey, fraction: number): Promise<void> {
    this.state.progress = { step, fraction };
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
