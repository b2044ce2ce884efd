import { parseArgs, UsageError } from "../../src/cli/args";

describe("fa-check argument parsing", () => {
  it("defaults to Chinese text output", () => {
    expect(parseArgs(["book.xlsx"])).toEqual({ input: "book.xlsx", format: "text", lang: "zh", explain: undefined, narrative: undefined, help: false });
  });

  it("reads every flag, spaced or with =", () => {
    const options = parseArgs(["--format=json", "dir", "--lang", "en", "--explain", "out.md", "--narrative=text.md"]);
    expect(options).toMatchObject({ input: "dir", format: "json", lang: "en", explain: "out.md", narrative: "text.md" });
  });

  it.each([
    [[], /缺少要检查的文件.* \/ missing the file/],
    [["a.xlsx", "b.xlsx"], /一个文件.* \/ one file or folder only/],
    [["a.xlsx", "--format", "xml"], /--format 只能是 text\|json\|md.* \/ --format must be/],
    [["a.xlsx", "--lang", "fr"], /--lang 只能是 zh\|en/],
    [["a.xlsx", "--format"], /缺少取值 \/ --format needs a value/],
    [["a.xlsx", "--explain", "--format", "json"], /--explain 缺少取值/],
    [["a.xlsx", "--verbose"], /未知选项 --verbose \/ unknown option --verbose/],
  ])("rejects %j with a bilingual one-line reason", (argv, pattern) => {
    let caught: unknown;
    try {
      parseArgs(argv as string[]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as Error).message).toMatch(pattern);
    expect((caught as Error).message).not.toContain("\n");
  });

  it("accepts --help without an input", () => {
    expect(parseArgs(["--help"]).help).toBe(true);
  });
});
