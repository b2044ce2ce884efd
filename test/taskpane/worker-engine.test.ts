import { CancelledError } from "../../taskpane/controller";
import type { CoreEngine } from "../../taskpane/engine";
import { workerEngine, type WorkerLike } from "../../taskpane/worker-engine";
import type { WorkerReply, WorkerRequest } from "../../taskpane/worker-protocol";
import { DEFAULT_PANE_SETTINGS } from "../../taskpane/settings";
import type { Report } from "../../src/validation/report-model";

const report: Report = { tables: [], findings: [], summary: { error: 0, warning: 0, info: 0 }, unrecognized: [], notes: [] };
const snapshot = { sheets: [] };

/** A worker whose replies the test sends by hand. */
function fakeWorker() {
  const sent: WorkerRequest[] = [];
  let terminated = 0;
  const worker: WorkerLike = {
    postMessage: (m) => void sent.push(m),
    terminate: () => void terminated++,
    onmessage: null,
    onerror: null,
  };
  const reply = (r: WorkerReply) => worker.onmessage!({ data: r } as MessageEvent<WorkerReply>);
  return { worker, sent, reply, terminated: () => terminated };
}

const local = { validate: jest.fn(() => ({ ...report, notes: ["local"] })), explain: jest.fn(() => []), rules: () => [] } as unknown as CoreEngine;

test("validate runs in the worker, relays its progress and returns its report", async () => {
  const fake = fakeWorker();
  const engine = workerEngine(() => fake.worker, local);
  const steps: string[] = [];
  const result = engine.validate(snapshot, DEFAULT_PANE_SETTINGS, (step) => void steps.push(step));
  expect(fake.sent).toEqual([{ id: 1, kind: "validate", snapshot, settings: DEFAULT_PANE_SETTINGS }]);
  fake.reply({ id: 1, progress: { step: "checking", fraction: 0.6 } });
  fake.reply({ id: 1, report });
  await expect(result).resolves.toEqual(report);
  expect(steps).toEqual(["checking"]);
  // 生成说明 then goes to the same worker, on the snapshot it holds
  const sheets = engine.explain(snapshot, report, DEFAULT_PANE_SETTINGS, { formulaStyle: "builtin" });
  // the host's formula style travels with the request (no =FA.… where custom functions do not run)
  expect(fake.sent[1]).toEqual({ id: 2, kind: "explain", settings: DEFAULT_PANE_SETTINGS, options: { formulaStyle: "builtin" } });
  fake.reply({ id: 2, sheets: [{ name: "说明底稿", rows: [] }] });
  await expect(sheets).resolves.toEqual([{ name: "说明底稿", rows: [] }]);
});

test("cancel terminates the worker and rejects the run; the next run gets a fresh worker", async () => {
  const workers = [fakeWorker(), fakeWorker()];
  let made = 0;
  const engine = workerEngine(() => workers[made++].worker, local);
  const run = engine.validate(snapshot, DEFAULT_PANE_SETTINGS);
  engine.cancel!();
  await expect(run).rejects.toBeInstanceOf(CancelledError);
  expect(workers[0].terminated()).toBe(1);
  const next = engine.validate(snapshot, DEFAULT_PANE_SETTINGS);
  workers[1].reply({ id: 2, report });
  await expect(next).resolves.toEqual(report);
});

test("a worker that fails to load leaves the check to this thread", async () => {
  const fake = fakeWorker();
  const engine = workerEngine(() => fake.worker, local);
  const run = engine.validate(snapshot, DEFAULT_PANE_SETTINGS);
  fake.worker.onerror!({ message: "404", preventDefault: () => undefined } as ErrorEvent);
  await expect(run).resolves.toMatchObject({ notes: ["local"] });
  await expect(engine.validate(snapshot, DEFAULT_PANE_SETTINGS)).resolves.toMatchObject({ notes: ["local"] });
  expect(fake.sent).toHaveLength(1);
});

test("an error inside the worker is reported as the run's failure", async () => {
  const fake = fakeWorker();
  const engine = workerEngine(() => fake.worker, local);
  const run = engine.validate(snapshot, DEFAULT_PANE_SETTINGS);
  fake.reply({ id: 1, error: "工作簿已损坏" });
  await expect(run).rejects.toThrow("工作簿已损坏");
});
