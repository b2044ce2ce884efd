/**
 * Renders the pane's state into taskpane.html. Workbook text (sheet names, messages, figures)
 * only ever reaches the page through textContent/value, so a cell holding markup shows as text.
 */
import type { Finding, Operand, Severity } from "../src/rules/shared/types";
import type { FilterState, PaneState, PaneView, RuleInfo } from "./controller";
import { sectionsBySeverity, tableKey, tableOwners } from "../src/validation/report-groups";
import { SEVERITIES } from "../src/rules/shared/types";
import { review, waiverKey, type ReviewedFinding } from "../src/review/waivers";
import { isMessageKey, severityLabel, t, tableLabel, type Lang } from "./i18n";
import type { Conventions, PaneSettings, ScoringChoice } from "./settings";
import { PROFILES } from "../src/profiles";

export interface ViewHandlers {
  onValidate(): void;
  onClear(): void;
  onExplain(): void;
  onFile(name: string, data: ArrayBuffer): void;
  /** 导入上年工作簿: last year's .xlsx picked. */
  onPreviousFile(name: string, data: ArrayBuffer): void;
  onReport(): void;
  onInsertTemplate(): void;
  onWord(): void;
  onCloseCopy(): void;
  onCancel(): void;
  onFinding(finding: Finding): void;
  /** the second action: select one of the finding's operands. */
  onOperand(operand: Operand): void;
  onSeverityShown(severity: Severity, shown: boolean): void;
  onFilter(changes: Partial<FilterState>): void;
  onInfoOpen(open: boolean): void;
  onEditReason(key: string | null): void;
  onSaveReason(finding: Finding, reason: string): void;
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
  const buttons = ["btn-validate", "btn-clear", "btn-explain", "btn-report", "btn-word", "btn-template"].map((id) => $<HTMLButtonElement>(id));
  const fileInput = $<HTMLInputElement>("file-input");
  const filterBoxes = Array.from(doc.querySelectorAll<HTMLInputElement>('input[name="severity"]'));
  let current: Readonly<PaneState> | null = null;

  $("btn-validate").addEventListener("click", () => handlers.onValidate());
  $("btn-clear").addEventListener("click", () => handlers.onClear());
  $("btn-explain").addEventListener("click", () => handlers.onExplain());
  $("btn-report").addEventListener("click", () => handlers.onReport());
  $("btn-template").addEventListener("click", () => handlers.onInsertTemplate());
  $("btn-cancel").addEventListener("click", () => handlers.onCancel());
  $("btn-word").addEventListener("click", () => handlers.onWord());
  $("btn-close-copy").addEventListener("click", () => handlers.onCloseCopy());
  $("btn-copy").addEventListener("click", () => {
    const area = $<HTMLTextAreaElement>("copy-text");
    area.select();
    const lang = current?.lang ?? "zh";
    const say = (key: "copied" | "copyFailed") => ($("status").textContent = t(lang, key));
    // the Clipboard API may be refused inside a host's web view: the text stays selected for Ctrl+C
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard) clipboard.writeText(area.value).then(() => say("copied"), () => say("copyFailed"));
    else say("copyFailed");
  });
  for (const [id, field] of [["filter-table", "table"], ["filter-rule", "rule"], ["filter-sheet", "sheet"]] as const) {
    $<HTMLSelectElement>(id).addEventListener("change", (event) => handlers.onFilter({ [field]: (event.target as HTMLSelectElement).value }));
  }
  $<HTMLInputElement>("filter-search").addEventListener("input", (event) => handlers.onFilter({ search: (event.target as HTMLInputElement).value }));
  $("lang-toggle").addEventListener("click", () => handlers.onLanguage(current?.lang === "en" ? "zh" : "en"));
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void file.arrayBuffer().then((data) => handlers.onFile(file.name, data));
  });
  const previousInput = $<HTMLInputElement>("previous-input");
  previousInput.addEventListener("change", () => {
    const file = previousInput.files?.[0];
    if (file) void file.arrayBuffer().then((data) => handlers.onPreviousFile(file.name, data));
  });
  for (const box of filterBoxes) {
    box.addEventListener("change", () => handlers.onSeverityShown(box.value as Severity, box.checked));
  }
  $("btn-save-settings").addEventListener("click", () => {
    const ruleBoxes = Array.from($("rule-list").querySelectorAll<HTMLInputElement>("input[type=checkbox]"));
    const disabled = ruleBoxes.filter((box) => !box.checked).map((box) => box.value);
    const reason = $<HTMLInputElement>("set-disabled-reason").value.trim();
    handlers.onSaveSettings({
      profile: $<HTMLSelectElement>("set-profile").value,
      // one reason for the checks switched off in this save; earlier ones are kept
      disabledReasons: Object.fromEntries(
        disabled.map((id) => [id, current?.settings.disabledReasons[id] && !reason ? current.settings.disabledReasons[id] : reason]),
      ),
      administrativeUnit: $<HTMLInputElement>("set-admin-unit").checked,
      // the controller sanitizes: an unexpected option value falls back to the default
      conventions: {
        thousands: $<HTMLInputElement>("set-thousands").checked,
        fromZero: $<HTMLSelectElement>("set-from-zero").value as Conventions["fromZero"],
        equal: $<HTMLSelectElement>("set-equal").value as Conventions["equal"],
        budgetPhrasing: $<HTMLSelectElement>("set-budget-phrasing").value as Conventions["budgetPhrasing"],
      },
      scoring: {
        costDirection: $<HTMLSelectElement>("set-cost-direction").value as ScoringChoice["costDirection"],
        overAchievement: $<HTMLSelectElement>("set-over-achievement").value as ScoringChoice["overAchievement"],
      },
      disabled,
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
    const noTables = !!report && report.tables.length === 0;
    $("no-tables").hidden = !noTables;
    $("no-tables-sheets").textContent = noTables ? t(state.lang, "sheetsFound", { sheets: (report.sheets ?? []).join("、") || "—" }) : "";
    $("summary").hidden = !report;
    $("findings-panel").hidden = !report;
    if (!report) return;
    $("sum-tables").textContent = String(report.tables.length);
    const used = report.profile;
    $("sum-profile").textContent = used
      ? `${state.lang === "en" ? used.nameEn : used.name}（${t(state.lang, used.guessed ? "profileGuessed" : "profileChosen")}）`
      : "—";
    for (const severity of SEVERITIES) $(`sum-${severity}`).textContent = String(report.summary[severity] ?? 0);
    $("sum-verified").textContent = String(review(report.findings, state.waivers).filter((r) => r.status !== "open").length);
    $("sum-time").textContent = state.elapsedMs === null ? "—" : formatSeconds(state.lang, state.elapsedMs);
    const notes = $("notes");
    notes.replaceChildren(...report.notes.map((note) => el(doc, "li", note)));
    for (const item of report.unrecognized) {
      notes.append(el(doc, "li", `${item.title}（${cellLabel(item)}）：${item.reason}`));
    }
  }

  function ruleOf(state: Readonly<PaneState>, id: string): RuleInfo | undefined {
    return state.rules.find((rule) => rule.id === id);
  }

  function ruleTitle(state: Readonly<PaneState>, rule: RuleInfo | undefined, id: string): string {
    return rule ? (state.lang === "en" ? rule.titleEn || rule.title : rule.title) : id;
  }

  function ruleFormula(state: Readonly<PaneState>, rule: RuleInfo | undefined): string {
    return (state.lang === "en" ? rule?.formulaEn || rule?.formula : rule?.formula) ?? "";
  }

  function operandList(state: Readonly<PaneState>, finding: Finding): HTMLUListElement {
    const list = el(doc, "ul", undefined, "operands");
    list.setAttribute("aria-label", t(state.lang, "operands"));
    for (const operand of finding.operands ?? []) {
      const where = cellLabel(operand);
      const button = el(doc, "button", undefined, "operand");
      button.type = "button";
      button.title = t(state.lang, "selectCell", { cell: where });
      if (state.selected === where) button.classList.add("selected");
      button.append(el(doc, "span", operand.label, "operand-label"), el(doc, "span", where, "operand-cell"), el(doc, "span", operand.value, "operand-value"));
      button.addEventListener("click", () => handlers.onOperand(operand));
      const item = el(doc, "li");
      item.append(button);
      list.append(item);
    }
    return list;
  }

  function reasonForm(state: Readonly<PaneState>, entry: ReviewedFinding): HTMLElement {
    const form = el(doc, "div", undefined, "reason-form");
    const area = el(doc, "textarea");
    area.className = "reason-input";
    area.maxLength = 500;
    area.value = entry.reason ?? "";
    area.placeholder = t(state.lang, "reasonPlaceholder");
    area.setAttribute("aria-label", t(state.lang, "reasonLabel"));
    const buttons = el(doc, "div", undefined, "buttons");
    const save = el(doc, "button", t(state.lang, "saveReason"), "small save-reason primary");
    save.type = "button";
    save.addEventListener("click", () => handlers.onSaveReason(entry.finding, area.value));
    const cancel = el(doc, "button", t(state.lang, "cancelEdit"), "small");
    cancel.type = "button";
    cancel.addEventListener("click", () => handlers.onEditReason(null));
    buttons.append(save, cancel);
    if (entry.reason) {
      const remove = el(doc, "button", t(state.lang, "removeReason"), "small remove-reason");
      remove.type = "button";
      remove.addEventListener("click", () => handlers.onSaveReason(entry.finding, ""));
      buttons.append(remove);
    }
    form.append(area, buttons);
    queueMicrotask(() => area.focus());
    return form;
  }

  function findingItem(state: Readonly<PaneState>, entry: ReviewedFinding): HTMLLIElement {
    const { finding } = entry;
    const item = el(doc, "li", undefined, "entry");
    const button = el(doc, "button", undefined, `finding sev-${finding.severity}`);
    button.type = "button";
    const where = cellLabel(finding);
    button.title = t(state.lang, "goToCell", { cell: where });
    if (state.selected === where) button.classList.add("selected");
    if (entry.status !== "open") button.classList.add(entry.status);
    const rule = ruleOf(state, finding.rule);
    button.append(el(doc, "span", ruleTitle(state, rule, finding.rule), "finding-rule"));
    const formula = ruleFormula(state, rule);
    if (formula) button.append(el(doc, "span", formula, "finding-formula"));
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
    if (entry.status !== "open") {
      button.append(el(doc, "span", `${t(state.lang, `status_${entry.status}`)}：${entry.reason ?? ""}`, "finding-status"));
    }
    button.addEventListener("click", () => handlers.onFinding(finding));
    item.append(button);
    if (finding.operands?.length) item.append(operandList(state, finding));
    const key = waiverKey(finding);
    if (state.editing === key) item.append(reasonForm(state, entry));
    else {
      const actions = el(doc, "div", undefined, "entry-actions");
      const edit = el(doc, "button", t(state.lang, finding.severity === "error" ? "explainError" : "markVerified"), "small edit-reason");
      edit.type = "button";
      edit.addEventListener("click", () => handlers.onEditReason(key));
      actions.append(edit);
      item.append(actions);
    }
    return item;
  }

  /** A finding with the findings its wrong figure causes nested under it (one finding per fact). */
  function withCaused(state: Readonly<PaneState>, entry: ReviewedFinding, caused: ReviewedFinding[] | undefined): HTMLLIElement {
    const item = findingItem(state, entry);
    if (caused?.length) {
      const sub = el(doc, "ul", undefined, "finding-list caused");
      sub.append(...caused.map((c) => findingItem(state, c)));
      item.append(sub);
    }
    return item;
  }

  function option(value: string, text: string): HTMLOptionElement {
    const node = el(doc, "option", text);
    node.value = value;
    return node;
  }

  /** The filter lists offer what the report has; their choice is the state's. */
  function renderFilters(state: Readonly<PaneState>): void {
    const report = state.report;
    if (!report) return;
    const all = t(state.lang, "filterAll");
    const owning = new Set(tableOwners(report).values());
    const tables = report.tables.filter((table) => owning.has(table));
    $("filter-table").replaceChildren(
      option("", all),
      ...tables.map((table) => option(tableKey(table), `${tableLabel(state.lang, table.kind)}${table.name ? `（${table.name}）` : ""}`)),
    );
    const ruleIds = [...new Set(report.findings.map((f) => f.rule))];
    $("filter-rule").replaceChildren(option("", all), ...ruleIds.map((id) => option(id, ruleTitle(state, ruleOf(state, id), id))));
    const sheets = [...new Set(report.findings.map((f) => f.sheet))];
    $("filter-sheet").replaceChildren(option("", all), ...sheets.map((sheet) => option(sheet, sheet)));
    $<HTMLSelectElement>("filter-table").value = state.filter.table;
    $<HTMLSelectElement>("filter-rule").value = state.filter.rule;
    $<HTMLSelectElement>("filter-sheet").value = state.filter.sheet;
    const search = $<HTMLInputElement>("filter-search");
    if (search.value !== state.filter.search) search.value = state.filter.search;
    search.placeholder = t(state.lang, "searchPlaceholder");
  }

  function renderFindings(state: Readonly<PaneState>): void {
    const container = $("findings");
    for (const box of filterBoxes) box.checked = state.shown.has(box.value as Severity);
    if (!state.report) return void container.replaceChildren();
    renderFilters(state);
    const reviewed = new Map(review(state.report.findings, state.waivers).map((r) => [r.finding, r]));
    // the rule's title and formula are searchable too
    const ruleText = (f: Finding) => {
      const rule = ruleOf(state, f.rule);
      return rule ? `${rule.title} ${rule.titleEn} ${rule.formula ?? ""} ${rule.formulaEn ?? ""}` : f.rule;
    };
    const sections = sectionsBySeverity(state.report, { ...state.filter, severities: state.shown }, ruleText);
    // counted like the summary: a finding nested under its cause is not counted again
    const shown = sections.reduce((n, s) => n + s.count, 0);
    $("filter-count").textContent = t(state.lang, "shownCount", { shown, total: state.report.findings.length });
    if (sections.length === 0) {
      // with no table recognized the notes say so; "no problems" would be a false all-clear
      const empty = state.report.tables.length > 0 && state.report.findings.length === 0 ? [el(doc, "p", t(state.lang, "noFindings"), "empty")] : [];
      return void container.replaceChildren(...empty);
    }
    container.replaceChildren(
      ...sections.map((section) => {
        const heading = `${severityLabel(state.lang, section.severity)} (${section.count})`;
        // info is collapsed by default: counted, opened on request
        const box = section.severity === "info" ? el(doc, "details") : el(doc, "section");
        box.className = `sev-section sev-${section.severity}`;
        box.dataset.severity = section.severity;
        if (box instanceof HTMLDetailsElement) {
          box.open = state.infoOpen;
          box.append(el(doc, "summary", heading));
          box.addEventListener("toggle", () => handlers.onInfoOpen(box.open));
        } else box.append(el(doc, "h3", heading));
        for (const group of section.groups) {
          const part = el(doc, "section", undefined, "table-group");
          // each of the 16 stacked 项目表 is its own group, headed by its project name
          const title = el(doc, "h4", group.table ? tableLabel(state.lang, group.table.kind) : group.sheet);
          title.append(el(doc, "span", t(state.lang, "findingCount", { n: group.findings.length }), "count"));
          part.append(title);
          if (group.table?.name) part.append(el(doc, "p", group.table.name, "table-name"));
          const list = el(doc, "ul", undefined, "finding-list");
          const entry = (finding: Finding) => reviewed.get(finding)!;
          list.append(...group.findings.map((finding) => withCaused(state, entry(finding), group.caused.get(finding)?.map(entry))));
          part.append(list);
          box.append(part);
        }
        return box;
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
    const profile = $<HTMLSelectElement>("set-profile");
    profile.replaceChildren(
      option("", t(state.lang, "profileGuess")),
      ...PROFILES.map((p) => option(p.id, state.lang === "en" ? p.name.en : p.name.zh)),
    );
    profile.value = state.settings.profile;
    $<HTMLInputElement>("set-disabled-reason").value = [...new Set(Object.values(state.settings.disabledReasons))].join("；");
    $<HTMLInputElement>("set-disabled-reason").placeholder = t(state.lang, "disabledReasonPlaceholder");
    $<HTMLInputElement>("set-admin-unit").checked = state.settings.administrativeUnit;
    const conventions = state.settings.conventions;
    $<HTMLInputElement>("set-thousands").checked = conventions.thousands;
    $<HTMLSelectElement>("set-from-zero").value = conventions.fromZero;
    $<HTMLSelectElement>("set-equal").value = conventions.equal;
    $<HTMLSelectElement>("set-budget-phrasing").value = conventions.budgetPhrasing;
    $<HTMLSelectElement>("set-cost-direction").value = state.settings.scoring.costDirection;
    $<HTMLSelectElement>("set-over-achievement").value = state.settings.scoring.overAchievement;
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
      $("previous-name").textContent = state.previousName ?? "";
      for (const button of buttons) button.disabled = state.busy;
      $<HTMLButtonElement>("btn-cancel").hidden = !state.progress?.cancellable;
      fileInput.disabled = state.busy;
      previousInput.disabled = state.busy;
      $("version").textContent = state.version ? t(state.lang, "version", { version: state.version }) : "";
      $("copy-panel").hidden = state.copyText === null;
      const copy = $<HTMLTextAreaElement>("copy-text");
      if (copy.value !== (state.copyText ?? "")) copy.value = state.copyText ?? "";

      const progress = $("progress");
      progress.hidden = !state.progress;
      if (state.progress) {
        $<HTMLProgressElement>("progress-bar").value = Math.round(state.progress.fraction * 100);
        $("progress-label").textContent = t(state.lang, state.progress.step);
      }
      const status = $("status");
      status.textContent = state.status?.text ?? "";
      status.className = `status ${state.status?.kind ?? ""}`.trim();
      const limit = state.limit;
      $("limit-notice").hidden = !limit;
      $("limit-what").textContent = limit ? (state.lang === "en" ? limit.messageEn : limit.messageZh) : "";
      $("limit-advice").textContent = limit ? t(state.lang, "limitAdvice", { flag: limit.flag }) : "";

      renderSummary(state);
      const f = state.filter;
      const findingsKey = [state.lang, state.report, state.selected, state.waivers, state.editing, state.infoOpen, state.rules, f.table, f.rule, f.sheet, f.search, ...SEVERITIES.map((s) => state.shown.has(s))];
      if (changed(lastFindings, findingsKey)) renderFindings(state);
      lastFindings = findingsKey;
      const settingsKey = [state.lang, state.rules, state.settings];
      if (changed(lastSettings, settingsKey)) renderSettings(state);
      lastSettings = settingsKey;
    },
  };
}
