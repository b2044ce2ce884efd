/**
 * tsconfig.core.json is the compile-time half of the boundary: under its options a core source that names a DOM,
 * Node, Office.js or WPS global does not compile, while plain ES2022 does.
 */
import nodePath from "path";
import ts from "typescript";

const ROOT = nodePath.resolve(__dirname, "../..");

function coreOptions(): ts.CompilerOptions {
  const file = nodePath.join(ROOT, "tsconfig.core.json");
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file).options;
}

const PROBES: Record<string, string> = {
  "the DOM's document": "export const t = (): string => document.title;",
  "the DOM's window": "export const t = (): string => window.location.href;",
  "Office.js's Excel": "export const t = (r: Excel.Range): unknown => r;",
  "Node's Buffer": "export const t = (): unknown => Buffer.from('a');",
  "Node's process": "export const t = (): unknown => process.env;",
  "WPS's Application": "export const t = (): unknown => Application.ActiveWorkbook;",
  "plain ES2022": "export const t = (xs: number[]): boolean => xs.at(-1) === 1 || Object.hasOwn({}, 'a');",
};

/** Each probe compiled as if it were a file in src/tables, in one program under the core options: its diagnostics. */
function compileProbes(): Map<string, string[]> {
  const options = { ...coreOptions(), noEmit: true };
  const files = new Map(Object.entries(PROBES).map(([name, code], i) => [nodePath.join(ROOT, `src/tables/probe-${i}.ts`), { name, code }]));
  const host = ts.createCompilerHost(options);
  const { fileExists, getSourceFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists(file);
  host.getSourceFile = (file, lang, ...rest) => {
    const probe = files.get(file);
    return probe ? ts.createSourceFile(file, probe.code, lang) : getSourceFile(file, lang, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const result = new Map<string, string[]>();
  for (const [file, { name }] of files) {
    const messages = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
    result.set(name, messages.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")));
  }
  return result;
}

let compiled: Map<string, string[]>;
beforeAll(() => {
  compiled = compileProbes();
});

test("the core options have no DOM, Node or host types", () => {
  const options = coreOptions();
  expect(options.lib).toEqual(["lib.es2022.d.ts"]);
  expect(options.types).toEqual([]);
});

test.each(Object.keys(PROBES).filter((name) => name !== "plain ES2022"))("%s does not compile in the core", (name) => {
  expect(compiled.get(name)?.join("\n")).toMatch(/Cannot find name|Cannot find namespace/);
});

test("plain ES2022 compiles in the core", () => {
  expect(compiled.get("plain ES2022")).toEqual([]);
});
