/**
 * A folder run for a 财政局's whole batch: files checked in parallel by worker threads, each outcome
 * written as soon as every earlier file's is (stable input order), then released; the main thread keeps
 * only the closing table's short rows. A bad file never stops the run: its block and row say why.
 */
import { existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import type { CliOptions } from "./args";
import type { ReviewConfig } from "../review/config";
import { FOLDER_FORMATS, type FolderResult, type FolderTask } from "./folder-task";
import { Progress, type ProgressSink } from "./progress";
import { WorkerPool } from "./worker-pool";

export interface FolderOutput {
  /** raw text to stdout (pieces carry their own newlines). */
  write(text: string): void;
  /** one line to stderr. */
  err(line: string): void;
  /** the terminal's stderr for the progress line, when there is one. */
  progress?: ProgressSink;
}

/** Seconds a single workbook may take (a real department workbook takes well under one). */
export const DEFAULT_TIMEOUT_SECONDS = 120;

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

type Runner = { run(task: FolderTask): Promise<FolderResult>; close(): Promise<void> };

/** Worker threads when the compiled worker is there; under ts-jest/tsx, one file after another in-process. */
function makeRunner(jobs: number, timeoutSeconds: number): { runner: Runner; jobs: number } {
  const workerFile = path.join(__dirname, "folder-worker.js");
  if (existsSync(workerFile)) return { runner: new WorkerPool(workerFile, jobs, timeoutSeconds), jobs };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runFolderTask } = require("./folder-worker") as typeof import("./folder-worker");
  return { runner: { run: runFolderTask, close: async () => undefined }, jobs: 1 };
}

export async function runFolder(files: string[], options: CliOptions, io: FolderOutput, config?: ReviewConfig): Promise<0 | 1 | 2> {
  const format = FOLDER_FORMATS[options.format];
  const { runner, jobs } = makeRunner(Math.min(options.jobs ?? defaultJobs(), files.length), options.timeout ?? DEFAULT_TIMEOUT_SECONDS);
  const progress = new Progress(options.format === "json" ? undefined : io.progress, files.length, options.lang);
  // results that finished before an earlier file: bounded by the dispatch window below
  const waiting = new Map<number, FolderResult>();
  const window = jobs * 4;
  const rows: string[][] = [];
  let written = 0;
  let started = 0;
  let running = 0;
  let unusable = 0;
  let worst: 0 | 1 | 2 = 0;

  const writeReady = () => {
    for (let result = waiting.get(written); result; result = waiting.get(written)) {
      waiting.delete(written);
      progress.clear();
      if (result.error !== undefined) io.err(`${result.file}: ${result.error}`);
      io.write(result.piece);
      rows.push(result.row);
      if (result.code === 2) unusable++;
      worst = Math.max(worst, result.code) as 0 | 1 | 2;
      written++;
    }
    progress.update(written, unusable, written === files.length);
  };

  io.write(format.head);
  try {
    await new Promise<void>((resolve) => {
      const launch = () => {
        while (running < jobs && started < files.length && started < written + window) {
          const task: FolderTask = { index: started, file: files[started], format: options.format, lang: options.lang, profile: options.profile, config, limits: options.limits };
          started++;
          running++;
          void runner.run(task).then((result) => {
            running--;
            waiting.set(result.index, result);
            writeReady();
            launch();
          });
        }
        if (written === files.length) resolve();
      };
      launch();
    });
  } finally {
    await runner.close();
  }
  progress.clear();
  io.write(format.tail(rows, options.lang));
  io.write("\n");
  return worst;
}
