/**
 * Worker thread of a folder run: checks the workbooks the pool sends, one at a time, and formats each
 * at once, so only text and a row of counts leave the worker and the snapshot is garbage as soon as the
 * piece is made. Loaded in the main thread too (no parentPort) when there is no compiled worker.
 */
import { parentPort } from "worker_threads";
import { checkFile, runSettings } from "./check-file";
import { describeFailure } from "./failure";
import { failedResult, resultOf, type FolderResult, type FolderTask } from "./folder-task";

export async function runFolderTask(task: FolderTask): Promise<FolderResult> {
  try {
    return resultOf(task, await checkFile(task.file, runSettings(task.profile, task.config), task.limits));
  } catch (error) {
    return failedResult(task, describeFailure(error, "internal"));
  }
}

const port = parentPort;
if (port) port.on("message", (task: FolderTask) => void runFolderTask(task).then((result) => port.postMessage(result)));
