/** Checks one workbook file: read (ExcelJS host) → validate (core). Never throws; never writes the file. */
import { readXlsxFile } from "../hosts/file";
import { validate } from "../validate";
import { describeFailure } from "./failure";
import type { FileOutcome } from "./outcome";

export async function checkFile(file: string): Promise<FileOutcome> {
  let snapshot;
  try {
    snapshot = await readXlsxFile(file);
  } catch (error) {
    return { file, error: describeFailure(error, "read") };
  }
  try {
    return { file, snapshot, report: validate(snapshot) };
  } catch (error) {
    return { file, snapshot, error: describeFailure(error, "internal") };
  }
}
