/**
 * Renders the pane's state into taskpane.html. Workbook text (sheet names, messages, figures)
 * only ever reaches the page through textContent/value, so a cell holding markup shows as text.
 */
import type { Finding, Severity } from "../src/rules/shared/types";
import type { PaneState, PaneView, RuleInfo } from "./controller";
import { groupFindings } from "../src/validation/report-groups";
import { SEVERITIES } from "../src/rules/shared/types";
import { isMessageKey, severityLabel, t, tableLabel, type Lang } from "./i18n";
import type { Conventions, PaneSettings } from "./settings";

export interface ViewHandlers {
  onValidate(): void;
  onClear(): void;
  onExplain(): void;
  onFile(name: string, data: ArrayBuffer): void;
  onFinding(finding: Finding): void;
  onSeverityShown(severity: Severity, shown: boolean): void;
  onLanguage(lang: Lang): void;
  onSaveSettings(changes: Partial<PaneSettings>): void;
}

/** Creates an element with text (never HTML) and an optional class. */
function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function byId<T extends HTMLElement>(doc: Document, id: string): T {
  const node = doc.getElementById(id);
  if (!node) throw new Error(`taskpane.html lacks #${id}`);
  return node as T;
}

function formatSeconds(lang: Lang, ms: number): string {
  return t(lang, "seconds", { n: (ms / 1000).toFixed(ms < 10000 ? 2 : 1) });
}

export function findingMessage(lang: Lang, finding: Finding): string {
  return lang === "en" ? finding.messageEn || finding.message : finding.message || finding.messageEn;
}

/** "Sheet!A1" as shown to the user (the raw name; the view only ever puts it in textContent). */
export function cellLabel(finding: Pick<Finding, "sheet" | "cell">): string {
  return `${finding.sheet}!${finding.cell}`;
}

export function createView(doc: Document, handlers: ViewHandlers): PaneView {
  const $ = <T extends HTMLElement>(id: string) => byId<T>(doc, id);
  const buttons = [$<HTMLButtonElement>("btn-validate"), $<HTMLButtonElement>("btn-clear"), $<HTMLButtonElement>("btn-explain")];
  const fileInput = $<HTMLInputElement>("file-input");
  const filterBoxes = Array.from(doc.querySelectorAll<HTMLInputElement>('input[name="severity"]'));
  let current: Readonly<PaneState> | null = null;

  $("btn-validate").addEventListener("click", () => handlers.onValidate());
  $("btn-clear").addEventListener("click", () => handlers.onClear());
  $("btn-explain").addEventListener("click", () => handlers.onExplain());
  $("lang-toggle").addEventListener("click", () => handlers.onLanguage(current?.lang === "en" ? "zh" : "en"));
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void file.arrayBuffer().then((data) => handlers.onFile(file.name, data));
  });
  for (const box of filterBoxes) {
    box.addEventListener("change", () => handlers.onSeverityShown(box.value as Severity, box.checked));
  }
  $("btn-save-settings").addEventListener("click", () => {
    const ruleBoxes = Array.from($("rule-list").querySelectorAll<HTMLInputElement>("input[type=checkbox]"));
    handlers.onSaveSettings({
      administrativeUnit: $<HTMLInputElement>("set-admin-unit").checked,
      // the controller sanitizes: an unexpected option value falls back to the default
      conventions: {
        thousands: $<HTMLInputElement>("set-thousands").checked,
        fromZero: $<HTMLSelectElement>("set-from-zero").value as Conventions["fromZero"],
        equal: $<HTMLSelectElement>("set-equal").value as Conventions["equal"],
        budgetPhrasing: $<HTMLSelectElement>("set-budget-phrasing").value as Conventions["budgetPhrasing"],
      },
      disabled: ruleBoxes.filter((box) => !box.checked).map((box) => box.value),
    });
  });

  function renderStatic(lang: Lang): void {
    doc.documentElement.lang = lang === "en" ? "en" : "zh-CN";
    doc.title = t(lang, "appTitle");
    for (const node of Array.from(doc.querySelectorAll<HTMLElement>("[data-i18n]"))) {
      const key = node.dataset.i18n ?? "";
      if (isMessageKey(key)) node.textContent = t(lang, key);
    }
  }

  function renderSummary(state: Readonly<PaneState>): void {
    const report = state.report;
    $("summary").hidden = !report;
    $("findings-panel").hidden = !report;
    if (!report) return;
    $("sum-tables").textContent = String(report.tables.length);
    for (const severity of SEVERITIES) $(`sum-${severity}`).textContent = String(report.summary[severity] ?? 0);
    $("sum-time").textContent = state.elapsedMs === null ? "—" : formatSeconds(state.lang, state.elapsedMs);
    const notes = $("notes");
    notes.replaceChildren(...report.notes.map((note) => el(doc, "li", note)));
    for (const item of report.unrecognized) {
      notes.append(el(doc, "li", `${item.title}（${cellLabel(item)}）：${item.reason}`));
    }
  }

  function findingItem(state: Readonly<PaneState>, finding: Finding): HTMLLIElement {
    const item = el(doc, "li");
    const button = el(doc, "button", undefined, `finding sev-${finding.severity}`);
    button.type = "button";
    const where = cellLabel(finding);
    button.title = t(state.lang, "goToCell", { cell: where });
    if (state.selected === where) button.classList.add("selected");
    button.append(el(doc, "span", findingMessage(state.lang, finding), "finding-message"));
    if (finding.expected || finding.actual) {
      const figures = el(doc, "span", undefined, "finding-figures");
      figures.append(
        el(doc, "span", `${t(state.lang, "expected")} `, "label"),
        el(doc, "span", finding.expected, "expected"),
        el(doc, "span", ` · ${t(state.lang, "actual")} `, "label"),
        el(doc, "span", finding.actual, "actual"),
      );
      button.append(figures);
    }
    button.append(el(doc, "span", where, "finding-cell"));
    button.addEventListener("click", () => handlers.onFinding(finding));
    item.append(button);
    return item;
  }

  /** A finding with the findings its wrong figure causes nested under it (issue 13: one finding per fact). */
  function withCaused(state: Readonly<PaneState>, finding: Finding, caused: Finding[] | undefined): HTMLLIElement {
    const item = findingItem(state, finding);
    if (caused?.length) {
      const sub = el(doc, "ul", undefined, "finding-list caused");
      sub.append(...caused.map((c) => findingItem(state, c)));
      item.append(sub);
    }
    return item;
  }

  function renderFindings(state: Readonly<PaneState>): void {
    const container = $("findings");
    for (const box of filterBoxes) box.checked = state.shown.has(box.value as Severity);
    if (!state.report) return void container.replaceChildren();
    const groups = groupFindings(state.report, state.shown);
    if (groups.length === 0) {
      // with no table recognized the notes say so; "no problems" would be a false all-clear
      const empty = state.report.tables.length > 0 ? [el(doc, "p", t(state.lang, "noFindings"), "empty")] : [];
      return void container.replaceChildren(...empty);
    }
    container.replaceChildren(
      ...groups.map((group) => {
        const section = el(doc, "section", undefined, "table-group");
        // each of the 16 stacked 项目表 is its own group, headed by its project name
        const heading = el(doc, "h3", group.table ? tableLabel(state.lang, group.table.kind) : group.sheet);
        const count = group.bySeverity.reduce((n, g) => n + g.findings.length, 0);
        heading.append(el(doc, "span", t(state.lang, "findingCount", { n: count }), "count"));
        section.append(heading);
        if (group.table?.name) section.append(el(doc, "p", group.table.name, "table-name"));
        for (const { severity, findings } of group.bySeverity) {
          section.append(el(doc, "h4", `${severityLabel(state.lang, severity)} (${findings.length})`, `sev-${severity}`));
          const list = el(doc, "ul", undefined, "finding-list");
          list.append(...findings.map((finding) => withCaused(state, finding, group.caused.get(finding))));
          section.append(list);
        }
        return section;
      }),
    );
  }

  function ruleRow(lang: Lang, rule: RuleInfo, enabled: boolean): HTMLLabelElement {
    const label = el(doc, "label", undefined, "rule");
    const box = el(doc, "input");
    box.type = "checkbox";
    box.value = rule.id;
    box.checked = enabled;
    label.append(box, el(doc, "span", ` ${lang === "en" ? rule.titleEn || rule.title : rule.title}`));
    label.title = rule.id;
    return label;
  }

  function renderSettings(state: Readonly<PaneState>): void {
    $<HTMLInputElement>("set-admin-unit").checked = state.settings.administrativeUnit;
    const conventions = state.settings.conventions;
    $<HTMLInputElement>("set-thousands").checked = conventions.thousands;
    $<HTMLSelectElement>("set-from-zero").value = conventions.fromZero;
    $<HTMLSelectElement>("set-equal").value = conventions.equal;
    $<HTMLSelectElement>("set-budget-phrasing").value = conventions.budgetPhrasing;
    const list = $("rule-list");
    if (state.rules.length === 0) return void list.replaceChildren(el(doc, "p", t(state.lang, "noRules"), "hint"));
    const disabled = new Set(state.settings.disabled);
    list.replaceChildren(...state.rules.map((rule) => ruleRow(state.lang, rule, !disabled.has(rule.id))));
  }

  // Parts rebuilt only when what they show changed, so a half-edited settings form or a focused
  // finding survives progress updates.
  let lastStatic: Lang | null = null;
  let lastSettings: unknown[] = [];
  let lastFindings: unknown[] = [];
  const changed = (previous: unknown[], next: unknown[]) => next.length !== previous.length || next.some((v, i) => v !== previous[i]);

  return {
    render(state) {
      current = state;
      if (state.lang !== lastStatic) {
        renderStatic(state.lang);
        lastStatic = state.lang;
      }
      $("preview-panel").hidden = !state.preview;
      $("file-name").textContent = state.fileName ?? "";
      for (const button of buttons) button.disabled = state.busy;
      fileInput.disabled = state.busy;

      const progress = $("progress");
      progress.hidden = !state.progress;
      if (state.progress) {
        $<HTMLProgressElement>("progress-bar").value = Math.round(state.progress.fraction * 100);
        $("progress-label").textContent = t(state.lang, state.progress.step);
      }
      const status = $("status");
      status.textContent = state.status?.text ?? "";
      status.className = `status ${state.status?.kind ?? ""}`.trim();

      renderSummary(state);
      const findingsKey = [state.lang, state.report, state.selected, ...SEVERITIES.map((s) => state.shown.has(s))];
      if (changed(lastFindings, findingsKey)) renderFindings(state);
      lastFindings = findingsKey;
      const settingsKey = [state.lang, state.rules, state.settings];
      if (changed(lastSettings, settingsKey)) renderSettings(state);
      lastSettings = settingsKey;
    },
  };
}
