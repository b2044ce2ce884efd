/**
 * The Engine with validate and explain in a Web Worker, the rest (rule list, report sheet) here.
 * Cancel terminates the worker (a check cannot be interrupted from outside otherwise) and starts a
 * fresh one for the next run. Where no worker can be made, the core runs in this thread.
 */
import { CancelledError, type Engine, type ProgressStep } from "./controller";
import type { CoreEngine } from "./engine";
import type { WorkerReply, WorkerRequest, WorkerTask } from "./worker-protocol";

/** What the engine needs of a Worker (the browser's, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending {
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
  onProgress?: (step: ProgressStep, fraction: number) => void;
}

/** The worker itself failed (could not load, crashed): the run is repeated in this thread. */
class WorkerFailure extends Error {}

export function workerEngine(makeWorker: () => WorkerLike, local: CoreEngine): Engine {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let explainable = false;
  /** a worker that failed once is not tried again: the core runs here from then on. */
  let broken = false;
  const pending = new Map<number, Pending>();

  function failAll(error: Error): void {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  }

  function ensure(): WorkerLike {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if ("progress" in reply) return p.onProgress?.(reply.progress.step, reply.progress.fraction);
      pending.delete(reply.id);
      if ("error" in reply) p.reject(new Error(reply.error));
      else p.resolve(reply);
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      broken = true;
      failAll(new WorkerFailure(event.message || "后台计算失败 / the background check failed"));
      w.terminate();
      worker = null;
    };
    worker = w;
    return w;
  }

  function ask(request: WorkerTask, onProgress?: Pending["onProgress"]): Promise<WorkerReply> {
    const w = ensure();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onProgress });
      w.postMessage({ ...request, id });
    });
  }

  return {
    async validate(snapshot, settings, onProgress) {
      explainable = false;
      if (broken) return local.validate(snapshot, settings, onProgress);
      let reply: WorkerReply;
      try {
        reply = await ask({ kind: "validate", snapshot, settings }, onProgress);
      } catch (error) {
        if (error instanceof WorkerFailure) return local.validate(snapshot, settings, onProgress);
        throw error;
      }
      if (!("report" in reply)) throw new Error("unexpected reply");
      explainable = true;
      return reply.report;
    },
    cancel() {
      if (!worker) return;
      worker.terminate();
      worker = null;
      explainable = false;
      failAll(new CancelledError());
    },
    async explain(snapshot, report, settings, options) {
      if (!explainable) return local.explain(snapshot, report, settings, options);
      const reply = await ask({ kind: "explain", settings, options });
      if (!("sheets" in reply)) throw new Error("unexpected reply");
      return reply.sheets;
    },
    // the .docx is built here: the docx package makes its Blob in the page
    word: local.word,
    reportSheet: local.reportSheet,
    template: local.template,
    previousSummary: local.previousSummary,
    facts: local.facts,
    rules: local.rules,
  };
}
