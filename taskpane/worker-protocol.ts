/** The messages between the pane and its engine worker (plain data: structured clones). */
import type { Report } from "../src/validation/report-model";
import type { GeneratedSheet } from "../src/workbook/generated";
import type { WorkbookSnapshot } from "../src/workbook/types";
import type { ExplainOptions, ProgressStep } from "./controller";
import type { PaneSettings } from "./settings";

export type WorkerTask = { kind: "validate"; snapshot: WorkbookSnapshot; settings: PaneSettings } | { kind: "explain"; settings: PaneSettings; options?: ExplainOptions };

export type WorkerRequest = WorkerTask & { id: number };

export type WorkerReply =
  | { id: number; progress: { step: ProgressStep; fraction: number } }
  | { id: number; report: Report }
  | { id: number; sheets: GeneratedSheet[] }
  | { id: number; error: string };
