/** Checks one workbook file: read (ExcelJS host) → validate (core). Never throws; never writes the file. */
import { readWorkbookFile, readXlsxData } from "../hosts/file";
import { profileById } from "../profiles";
import { analyze } from "../validation/validate";
import { ruleSettings, type ReviewConfig } from "../review/config";
import { storedWaivers } from "./review-inputs";
import { describeFailure } from "./failure";
import { limitLine } from "./limit-flags";
import type { ReadLimits } from "../hosts/read-limits";
import type { FileOutcome } from "./outcome";
import type { RuleSettings } from "../rules/shared/types";

/**
 * The rule settings of a run: the --config file's (the pane's settings JSON), and the region profile of
 * --profile, else of the config, else none (then it is guessed from the workbook).
 */
export function runSettings(profileId: string | undefined, config?: ReviewConfig): Partial<RuleSettings> {
  const base = config ? ruleSettings(config) : {};
  const profile = profileId ? profileById(profileId) : undefined;
  return profile ? { ...base, profile } : base;
}

/** `limits`: the --max-… flags (read-limits.ts); unset figures keep their defaults. */
export async function checkFile(file: string, settings: Partial<RuleSettings> = {}, limits?: Partial<ReadLimits>): Promise<FileOutcome> {
  let bytes;
  let snapshot;
  try {
    // read once: the cells and the 出错说明 stored in the workbook come from the same bytes
    bytes = await readWorkbookFile(file);
    snapshot = await readXlsxData(bytes, file, { limits });
  } catch (error) {
    return { file, error: limitLine(error) ?? describeFailure(error, "read") };
  }
  try {
    const { recognition, report } = analyze(snapshot, settings);
    // the 出错说明 the pane saved in the workbook (its add-in settings part)
    return { file, snapshot, tables: recognition.tables, report, waivers: await storedWaivers(bytes) };
  } catch (error) {
    return { file, snapshot, error: describeFailure(error, "internal") };
  }
}
