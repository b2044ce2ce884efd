/** One factory per host kind; the pane asks here for the adapter of the host it detected. */
import { createExcelHost } from "../src/hosts/excel";
import { createWpsHost } from "../src/hosts/wps";
import type { HostAdapter } from "../src/hosts/types";
import type { PaneHost } from "./controller";
import type { HostKind } from "./host-detect";

export const hostFactories: Partial<Record<HostKind, () => Promise<PaneHost & Pick<HostAdapter, "capabilities">>>> = {
  excel: async () => createExcelHost(),
  wps: async () => createWpsHost(),
  // preview has no host until a file is picked (see preview-host.ts).
};

/** The pane's notice of what this Excel cannot do (custom functions, merged cells), or null. */
export function capabilityNotice(host: Pick<HostAdapter, "capabilities"> | null): string | null {
  const missing = host?.capabilities?.().unavailable ?? [];
  return missing.length > 0 ? missing.map((m) => `${m.zh} / ${m.en}`).join("\n") : null;
}
