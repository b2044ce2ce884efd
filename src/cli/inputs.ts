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
  /** a folder's spreadsheets in another format (.xls, .et, .csv …): named in a note, not checked. */
  skipped: string[];
}

/** Excel's lock files (~$name.xlsx) sit beside an open workbook and are not workbooks. */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

/** What to do with a spreadsheet that is not .xlsx, by extension: [Chinese, English]. */
const OTHER_FORMATS: [RegExp, string, string][] = [
  [/\.xls$/i, "这是旧版 .xls 工作簿，请在 Excel 或 WPS 中“另存为” .xlsx 后再检查", "this is a legacy .xls workbook; in Excel or WPS use Save As .xlsx, then check that file"],
  [/\.(et|ett)$/i, "这是 WPS 表格 .et 文件，请在 WPS 中“另存为” .xlsx 后再检查", "this is a WPS Spreadsheets .et file; in WPS use Save As .xlsx, then check that file"],
  [
    /\.(csv|tsv)$/i,
    "这是 .csv 文本表格，没有报表的格式与公式，请检查原 .xlsx 工作簿（或在 Excel/WPS 中另存为 .xlsx）",
    "this is a .csv text table without the report's layout and formulas; check the original .xlsx workbook (or save it as .xlsx in Excel/WPS)",
  ],
  [/\.(xlsm|xlsb|ods|numbers)$/i, "只能检查 .xlsx 工作簿，请在 Excel 或 WPS 中“另存为” .xlsx 后再检查", "only .xlsx workbooks can be checked; save it as .xlsx in Excel or WPS first"],
];

/** The reason a path with a spreadsheet extension other than .xlsx cannot be checked, if it has one. */
export function otherFormatReason(file: string): string | undefined {
  const match = OTHER_FORMATS.find(([pattern]) => pattern.test(file));
  return match && `${match[1]}：${file} / ${match[2]}: ${file}`;
}

async function resolveFolder(input: string): Promise<ResolvedInput> {
  const names = (await fs.readdir(input)).filter((name) => !name.startsWith("~$")).sort((a, b) => a.localeCompare(b));
  const files = names.filter(isWorkbookName).map((name) => path.join(input, name));
  const skipped = names.filter((name) => !isWorkbookName(name) && otherFormatReason(name) !== undefined);
  if (files.length === 0) {
    const others = skipped.length
      ? [`（有 ${skipped.length} 个其他格式的表格，如 ${skipped[0]}，请另存为 .xlsx）`, ` (${skipped.length} spreadsheets in other formats, e.g. ${skipped[0]}: save them as .xlsx)`]
      : ["", ""];
    throw new UnusableInputError(`文件夹中没有 .xlsx 工作簿${others[0]}：${input} / no .xlsx workbook in folder${others[1]}: ${input}`);
  }
  return { folder: true, files, skipped };
}

export async function resolveInput(input: string): Promise<ResolvedInput> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch {
    throw new UnusableInputError(`找不到文件或文件夹：${input} / file or folder not found: ${input}`);
  }
  if (stat.isDirectory()) return resolveFolder(input);
  if (!stat.isFile()) throw new UnusableInputError(`不是文件：${input} / not a file: ${input}`);
  if (!/\.xlsx$/i.test(input)) {
    const other = otherFormatReason(input);
    if (other) throw new UnusableInputError(other);
    const ext = path.extname(input) || "(无扩展名 / none)";
    throw new UnusableInputError(
      `只能检查 .xlsx 工作簿，收到 ${ext} 文件：${input} / only .xlsx workbooks can be checked, got ${ext}: ${input}`,
    );
  }
  return { folder: false, files: [input], skipped: [] };
}
