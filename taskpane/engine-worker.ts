/**
 * The pane's Web Worker: runs the core (recognize, check, explain) off the UI thread and reports its
 * steps. Messages: {id, kind: "validate", snapshot, settings} → progress…, then {id, report};
 * {id, kind: "explain", settings} (on the last validated snapshot) → {id, sheets}; failures → {id, error}.
 */
import { createEngine } from "./engine";
import type { WorkerReply, WorkerRequest } from "./worker-protocol";
import type { WorkbookSnapshot } from "../src/workbook/types";
import type { Report } from "../src/validation/report-model";

const engine = createEngine();
let last: WorkbookSnapshot | null = null;
// its findings mark (【待核…】) the generated sentences quoting a figure the check found wrong
let lastReport: Report | null = null;
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(reply: WorkerReply): void };

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.kind === "validate") {
      last = request.snapshot;
      const report = engine.validate(request.snapshot, request.settings, (step, fraction) => scope.postMessage({ id: request.id, progress: { step, fraction } }));
      lastReport = report;
      scope.postMessage({ id: request.id, report });
    } else {
      if (!last) throw new Error("请先校验工作簿 / validate the workbook first");
      scope.postMessage({ id: request.id, sheets: engine.explain(last, lastReport, request.settings, request.options) });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
