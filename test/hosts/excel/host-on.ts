/** An Excel host on a stand-in workbook, as it runs on one build. */
import { createExcelHost, type ExcelHostOptions } from "../../../src/hosts/excel";
import { standinRunner, type WorkbookModel } from "./office-standin";
import { environmentOf, onBuild, type BuildProfile } from "./build-profiles";

export function hostOn(profile: BuildProfile, model: WorkbookModel, options: ExcelHostOptions = {}) {
  onBuild(model, profile);
  return createExcelHost(standinRunner(model), { environment: environmentOf(profile), ...options });
}

/** syncs spent by one step. */
export async function syncs<T>(model: WorkbookModel, step: () => Promise<T>): Promise<number> {
  const before = model.syncs;
  await step();
  return model.syncs - before;
}
