/** Turns the command's path argument into the workbooks to check, or a bilingual reason it cannot. */
import { promises as fs } from "fs";
import * as path from "path";

/** Input the command cannot use (missing, not .xlsx, empty folder): exit 2, one line, no stack. */
export class UnusableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnusableInputError";
  }
}

export interface ResolvedInput {
  /** true when the argument was a folder (the output then ends with the table of all files). */
  folder: boolean;
  files: string[];
}

/** Excel's lock files (~$name.xlsx) sit beside an open workbook and are not workbooks. */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

export async function resolveInput(input: string): Promise<ResolvedInput> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch {
    throw new UnusableInputError(`找不到文件或文件夹：${input} / file or folder not found: ${input}`);
  }
  if (stat.isDirectory()) {
    const names = (await fs.readdir(input)).filter(isWorkbookName).sort((a, b) => a.localeCompare(b));
    if (names.length === 0) {
      throw new UnusableInputError(`文件夹中没有 .xlsx 工作簿：${input} / no .xlsx workbook in folder: ${input}`);
    }
    return { folder: true, files: names.map((name) => path.join(input, name)) };
  }
  if (!stat.isFile()) throw new UnusableInputError(`不是文件：${input} / not a file: ${input}`);
  if (!/\.xlsx$/i.test(input)) {
    const ext = path.extname(input) || "(无扩展名 / none)";
    throw new UnusableInputError(
      `只能检查 .xlsx 工作簿，收到 ${ext} 文件：${input} / only .xlsx workbooks can be checked, got ${ext}: ${input}`,
    );
  }
  return { folder: false, files: [input] };
}
