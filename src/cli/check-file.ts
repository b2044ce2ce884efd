/** Checks one workbook file: read (ExcelJS host) → validate (core). Never throws; never writes the file. */
import { readXlsxFile } from "../hosts/file";
import { analyze } from "../validation/validate";
import type { RuleSettings } from "../rules/shared/types";
import { storedWaivers } from "./review-inputs";
import { describeFailure } from "./failure";
import type { FileOutcome } from "./outcome";

export async function checkFile(file: string, settings: Partial<RuleSettings> = {}): Promise<FileOutcome> {
  let snapshot;
  try {
    snapshot = await readXlsxFile(file);
  } catch (error) {
    return { file, error: describeFailure(error, "read") };
  }
  try {
    const { recognition, report } = analyze(snapshot, settings);
    // the 出错说明 the pane saved in the workbook (its add-in settings part)
    return { file, snapshot, tables: recognition.tables, report, waivers: await storedWaivers(file) };
  } catch (error) {
    return { file, snapshot, error: describeFailure(error, "internal") };
  }
}
