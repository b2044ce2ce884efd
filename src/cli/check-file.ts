/** Checks one workbook file: read (ExcelJS host) → validate (core). Never throws; never writes the file. */
import { readXlsxFile } from "../hosts/file";
import { analyze } from "../validation/validate";
import { describeFailure } from "./failure";
import type { FileOutcome } from "./outcome";
import type { RuleSettings } from "../rules/shared/types";

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
