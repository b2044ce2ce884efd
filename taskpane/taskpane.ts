/**
 * Composition root of the task pane: detects the host, builds the adapter, the engine, the
 * settings store and the view, and hands them to the controller.
 */
import { PaneController, type ControllerDeps, type PaneHost } from "./controller";
import { createEngine } from "./engine";
import { workerEngine, type WorkerLike } from "./worker-engine";
import { memoryReviewStore, officeReviewStore, storageReviewStore, type ReviewStore } from "./review-store";
import packageInfo from "../package.json";
import { decideHost, officeHost, officeHostLikely, readHints, type HostKind } from "./host-detect";
import { capabilityNotice, hostFactories } from "./hosts";
import { openPreviewHost, readXlsxBytes } from "./preview-host";
import { officeSettingsStore, storageSettingsStore, type PaneSettings, type SettingsStore } from "./settings";
import { createView } from "./view";
import { functionsNotice } from "../wps/functions-status";

/** A store that forgets on reload, for pages where localStorage is blocked. */
function memoryStore(): SettingsStore {
  const items = new Map<string, string>();
  return storageSettingsStore({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) });
}

function settingsStoreFor(kind: HostKind): (workbookName?: string) => SettingsStore {
  if (kind === "excel") return () => officeSettingsStore(Office.context.document.settings);
  return (name) => {
    try {
      return storageSettingsStore(window.localStorage, name);
    } catch {
      return memoryStore();
    }
  };
}

function reviewStoreFor(kind: HostKind): (workbookName?: string) => ReviewStore {
  if (kind === "excel") return () => officeReviewStore(Office.context.document.settings);
  return (name) => {
    try {
      return storageReviewStore(window.localStorage, name ?? "");
    } catch {
      return memoryReviewStore();
    }
  };
}

/** The core in a Web Worker next to the page (dist/engine-worker.js); in this thread where workers are unavailable. */
function engineFor(): ControllerDeps["engine"] {
  const local = createEngine();
  if (typeof Worker === "undefined") return local;
  return workerEngine(() => new Worker("engine-worker.js") as unknown as WorkerLike, local);
}

/** Preview: the generated 说明 as a download (a blob URL of the page's own origin, no request leaves it). */
function saveText(fileName: string, text: string): void {
  saveBlob(fileName, new Blob([text], { type: "text/plain;charset=utf-8" }));
}

function saveBlob(fileName: string, blob: Blob): boolean {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return true;
}

/**
 * Where a download can be started: preview (a browser) and Excel on the web. Desktop Excel and WPS
 * show the pane in a web view that drops <a download>, so there the 说明 text is offered to copy.
 */
function downloaderFor(kind: HostKind, host: PaneHost | null): ControllerDeps["download"] {
  if (kind === "preview" || (kind === "excel" && host?.capabilities?.().web)) return saveBlob;
  return undefined;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function main(): Promise<void> {
  const hints = readHints(window);
  const kind = decideHost(hints, officeHostLikely(hints) ? await officeHost() : null);
  const factory = hostFactories[kind];
  const host = factory ? await factory() : null;
  const view = createView(document, {
    onValidate: () => void controller.validate(),
    onClear: () => void controller.clearMarks(),
    onExplain: () => void controller.explain(),
    onReport: () => void controller.writeReport(),
    onInsertTemplate: () => void controller.insertTemplate(),
    onWord: () => void controller.downloadWord(),
    onCloseCopy: () => controller.closeCopy(),
    onCancel: () => controller.cancel(),
    onOperand: (operand) => void controller.goTo(operand),
    onFilter: (changes) => controller.setFilter(changes),
    onInfoOpen: (open) => controller.setInfoOpen(open),
    onEditReason: (key) => controller.editReason(key),
    onSaveReason: (finding, reason) => void controller.saveReason(finding, reason),
    onFile: (name, data) => void controller.openFile(name, data),
    onPreviousFile: (name, data) => void controller.openPrevious(name, data),
    onFinding: (finding) => void controller.goTo(finding),
    onSeverityShown: (severity, shown) => controller.setSeverityShown(severity, shown),
    onLanguage: (lang) => void controller.setLanguage(lang),
    onSaveSettings: (changes: Partial<PaneSettings>) => void controller.saveSettings(changes),
  });
  const deps: ControllerDeps = {
    host,
    preview: kind === "preview",
    engine: engineFor(),
    view,
    settingsStore: settingsStoreFor(kind),
    reviewStore: reviewStoreFor(kind),
    version: packageInfo.version,
    openFile: kind === "preview" ? (name, data) => openPreviewHost(name, data, undefined, saveText) : undefined,
    readFile: readXlsxBytes,
    download: downloaderFor(kind, host),
    now: () => performance.now(),
    yieldToUi: nextFrame,
    notice: kind === "wps" ? functionsNotice((window as unknown as { wps?: { PluginStorage?: Parameters<typeof functionsNotice>[0] } }).wps?.PluginStorage) : capabilityNotice(host),
  };
  const controller = new PaneController(deps);
  await controller.init();
  document.body.dataset.host = kind; // lets the e2e test and the stylesheet know the mode
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void main());
else void main();
