/** Checks one workbook file: read (ExcelJS host) → validate (core). Never throws; never writes the file. */
import { readXlsxFile } from "../hosts/file";
import { profileById } from "../profiles";
import { analyze } from "../validation/validate";
import { describeFailure } from "./failure";
import type { FileOutcome } from "./outcome";
import type { RuleSettings } from "../rules/shared/types";

/** The rule settings a --profile id asks for (none: the profile is guessed from the workbook). */
export function profileSettings(profileId: string | undefined): Partial<RuleSettings> {
  const profile = profileId ? profileById(profileId) : undefined;
  return profile ? { profile } : {};
}

export async function checkFile(file: string, settings: Partial<RuleSettings> = {}): Promise<FileOutcome> {
  let snapshot;
  try {
    snapshot = await readXlsxFile(file);
  } catch (error) {
    return { file, error: describeFailure(error, "read") };
  }
  try {
    const { recognition, report } = analyze(snapshot, settings);
    return { file, snapshot, tables: recognition.tables, report };
  } catch (error) {
    return { file, snapshot, error: describeFailure(error, "internal") };
  }
}
