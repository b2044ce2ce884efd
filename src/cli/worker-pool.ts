/**
 * Worker threads for a folder run. A file that exceeds the time limit, or whose worker dies (out of
 * memory, a crash in a library), gets a one-line reason; its worker is replaced and the run goes on.
 */
import { Worker } from "worker_threads";
import { describeFailure } from "./failure";
import { failedResult, type FolderResult, type FolderTask } from "./folder-task";

interface Slot {
  worker?: Worker;
  busy: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[];

  /** `timeoutSeconds` 0 means no limit. */
  constructor(
    private readonly workerFile: string,
    jobs: number,
    private readonly timeoutSeconds: number,
  ) {
    this.slots = Array.from({ length: jobs }, () => ({ busy: false }));
  }

  /** Never rejects: every task ends as a result. The caller keeps at most `jobs` tasks running. */
  run(task: FolderTask): Promise<FolderResult> {
    const slot = this.slots.find((candidate) => !candidate.busy);
    if (!slot) return Promise.resolve(failedResult(task, "fa-check 内部错误：没有空闲线程 / fa-check internal error: no idle worker"));
    slot.busy = true;
    const worker = (slot.worker ??= new Worker(this.workerFile));
    return new Promise<FolderResult>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const settle = (result: FolderResult, discard: boolean) => {
        if (timer) clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (discard) {
          slot.worker = undefined;
          void worker.terminate();
        }
        slot.busy = false;
        resolve(result);
      };
      const onMessage = (result: FolderResult) => settle(result, false);
      const onError = (error: unknown) => settle(failedResult(task, describeFailure(error, "internal")), true);
      const onExit = (code: number) =>
        settle(failedResult(task, `fa-check 内部错误：检查线程退出（${code}） / fa-check internal error: worker exited (${code})`), true);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      if (this.timeoutSeconds > 0) {
        const seconds = this.timeoutSeconds;
        timer = setTimeout(
          () => settle(failedResult(task, `检查超过 ${seconds} 秒，已跳过 / checking took longer than ${seconds} s, skipped`), true),
          seconds * 1000,
        );
      }
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }
}
