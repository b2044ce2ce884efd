/**
 * fa-check <file.xlsx | folder> [--format text|json|md] [--lang zh|en] [--explain out.md] [--narrative text.md]
 * Exit 0 no error, 1 errors found, 2 unusable input (one bilingual line on stderr, never a stack trace).
 */
import { parseArgs, USAGE, UsageError, type CliOptions } from "./args";
import { describeFailure } from "./failure";
import { formatJsonFolder, formatJsonReport } from "./format-json";
import { formatMdFolder, formatMdReport } from "./format-md";
import { formatTextFolder, formatTextReport } from "./format-text";
import { resolveInput } from "./inputs";
import { exitCodeOf, withFindings, worstExitCode, type FileOutcome } from "./outcome";

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

const FORMATTERS = {
  text: { one: formatTextReport, folder: formatTextFolder },
  json: { one: formatJsonReport, folder: formatJsonFolder },
  md: { one: formatMdReport, folder: formatMdFolder },
} as const;

/**
 * --explain / --narrative on a checked workbook: narrative findings join the report (scope 文表);
 * notes about written files go to stderr so that stdout stays pure (JSON stays parseable).
 */
async function applyExplainOptions(options: CliOptions, outcome: FileOutcome, io: Output): Promise<FileOutcome> {
  if ((!options.explain && !options.narrative) || !outcome.report || !outcome.snapshot) return outcome;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bridge = require("./explain-bridge") as typeof import("./explain-bridge");
  const source = { file: outcome.file, snapshot: outcome.snapshot, tables: outcome.tables };
  let report = outcome.report;
  if (options.narrative) report = withFindings(report, await bridge.narrativeFindings(source, options.narrative));
  if (options.explain) report = withFindings(report, bridge.explainFindings(source));
  if (options.explain) io.err(await bridge.writeExplanation(source, options.explain, options.previous));
  return { ...outcome, report };
}

async function run(options: CliOptions, io: Output): Promise<number> {
  const input = await resolveInput(options.input);
  if (options.previous && !options.explain) {
    throw new UsageError("--previous 需与 --explain 同用 / --previous needs --explain");
  }
  if (input.folder && (options.explain || options.narrative)) {
    throw new UsageError("--explain / --narrative 只能用于单个工作簿 / --explain and --narrative need a single workbook");
  }
  const formatter = FORMATTERS[options.format];
  // loaded here, inside main's catch, so a broken reader or engine module still ends as one line
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkFile } = require("./check-file") as typeof import("./check-file");
  if (!input.folder) {
    if (options.explain) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require("./explain-bridge") as typeof import("./explain-bridge")).checkExplainTarget(options.explain, input.files[0]);
    }
    const checked = await checkFile(input.files[0]);
    if (checked.error !== undefined) {
      io.err(checked.error);
      return 2;
    }
    const outcome = await applyExplainOptions(options, checked, io);
    io.out(formatter.one(outcome, options.lang));
    return exitCodeOf(outcome);
  }
  const outcomes: FileOutcome[] = [];
  for (const file of input.files) {
    const outcome = await checkFile(file);
    if (outcome.error !== undefined) io.err(`${file}: ${outcome.error}`);
    outcomes.push(outcome);
  }
  io.out(formatter.folder(outcomes, options.lang));
  return worstExitCode(outcomes);
}

export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.out(USAGE);
      return 0;
    }
    return await run(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(USAGE);
      return 2;
    }
    io.err(describeFailure(error, error instanceof Error && error.name === "UnusableInputError" ? "read" : "internal"));
    return 2;
  }
}

/** Last line of defence: whatever escapes still ends as one line and exit 2. */
function guardProcess(): void {
  const fail = (error: unknown) => {
    process.stderr.write(`${describeFailure(error, "internal")}\n`);
    process.exit(2);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
}

export function runCli(): void {
  guardProcess();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runCli();
