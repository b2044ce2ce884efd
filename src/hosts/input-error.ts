/** Why an input cannot be checked; the CLI maps every InputError to exit code 2. */
export type InputProblem = "missing" | "empty" | "not-xlsx" | "legacy-xls" | "encrypted" | "corrupt" | "limit";

/** An unusable input file: `message` is one line, Chinese then English. */
export class InputError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(
    readonly problem: InputProblem,
    zh: string,
    en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "InputError";
    this.messageZh = zh;
    this.messageEn = en;
  }
}
