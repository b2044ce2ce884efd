/** One factory per host kind; the pane asks here for the adapter of the host it detected. */
import { createExcelHost } from "../src/hosts/excel";
import { createWpsHost } from "../src/hosts/wps";
import type { PaneHost } from "./controller";
import type { HostKind } from "./host-detect";

export const hostFactories: Partial<Record<HostKind, () => Promise<PaneHost>>> = {
  excel: async () => createExcelHost(),
  wps: async () => createWpsHost(),
  // preview has no host until a file is picked (see preview-host.ts).
};
