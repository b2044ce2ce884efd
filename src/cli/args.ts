/** fa-check command-line parsing: plain data out, a bilingual UsageError (exit 2) on anything wrong. */

export type OutputFormat = "text" | "json" | "md";
export type Language = "zh" | "en";

export interface CliOptions {
  /** an .xlsx file or a folder of them. */
  input: string;
  format: OutputFormat;
  lang: Language;
  /** --explain target (.md, .txt or .xlsx copy). */
  explain?: string;
  /** --narrative: a written 说明 (.md/.txt) to check against the tables. */
  narrative?: string;
  /** --previous: last year's workbook, fills 上年决算数 of the --explain output. */
  previous?: string;
  help: boolean;
}

export const USAGE = [
  "用法 / usage: fa-check <文件.xlsx | 文件夹> [--format text|json|md] [--lang zh|en] [--explain 输出.md] [--narrative 说明.md] [--previous 上年.xlsx]",
  "  --format   输出格式，默认 text / output format, default text",
  "  --lang     文字语言，默认 zh / language of the text, default zh",
  "  --explain  生成决算说明写入该文件 / write the generated explanation to this file",
  "  --narrative 核对已写好的说明文字 / check an already written explanation",
  "  --previous 上年工作簿，按科目编码和项目名称填入上年决算数（不覆盖已填写的）/ last year's workbook: fills 上年决算数 (typed values kept)",
  "文件夹：检查其中每个 .xlsx（跳过 ~$ 锁定文件），最后列出汇总表；JSON 为 {\"files\":[{\"file\", …报告}]}，退出码取最严重者",
  "  folder: every .xlsx in it (~$ lock files skipped), then a table of all files; JSON is {\"files\":[{\"file\", ...report}]}; exit code of the worst file",
  "退出码 / exit code: 0 无错误 no error, 1 有错误 errors found, 2 无法读取输入 unusable input",
].join("\n");

/** A command line the tool cannot act on; the message is one line, Chinese then English. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

const FORMATS: readonly OutputFormat[] = ["text", "json", "md"];
const LANGUAGES: readonly Language[] = ["zh", "en"];

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} 只能是 ${allowed.join("|")}，收到 "${value}" / ${flag} must be ${allowed.join("|")}, got "${value}"`);
}

/** Accepts `--flag value` and `--flag=value`. */
export function parseArgs(argv: string[]): CliOptions {
  const options: Partial<CliOptions> & { help: boolean } = { help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") {
      options.help = true;
      continue;
    }
    if (!arg.startsWith("--") || arg === "--") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : undefined;
    if (!["--format", "--lang", "--explain", "--narrative", "--previous"].includes(flag)) {
      throw new UsageError(`未知选项 ${flag} / unknown option ${flag}`);
    }
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) {
        throw new UsageError(`${flag} 缺少取值 / ${flag} needs a value`);
      }
      i++;
    }
    if (value === "") throw new UsageError(`${flag} 缺少取值 / ${flag} needs a value`);
    if (flag === "--format") options.format = oneOf(flag, value, FORMATS);
    else if (flag === "--lang") options.lang = oneOf(flag, value, LANGUAGES);
    else if (flag === "--explain") options.explain = value;
    else if (flag === "--previous") options.previous = value;
    else options.narrative = value;
  }
  if (options.help) return { input: "", format: "text", lang: "zh", ...options, help: true };
  if (positional.length === 0) throw new UsageError("缺少要检查的文件或文件夹 / missing the file or folder to check");
  if (positional.length > 1) {
    throw new UsageError(`只能检查一个文件或文件夹，收到 ${positional.length} 个 / one file or folder only, got ${positional.length}`);
  }
  return {
    input: positional[0],
    format: options.format ?? "text",
    lang: options.lang ?? "zh",
    explain: options.explain,
    narrative: options.narrative,
    previous: options.previous,
    help: false,
  };
}
