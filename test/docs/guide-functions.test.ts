/**
 * The user guide's function examples are computed, not copied: each table row's `=FA.NAME(...)` is run
 * through the same wrapper Excel and WPS call (cells the row names, "B5 为 94.2", are filled in) and must give
 * the result the row shows.
 */
import fs from "fs";
import nodePath from "path";
import { WRAPPERS } from "../../functions/functions";
import type { FunctionId } from "../../functions/definitions";

const GUIDE = fs.readFileSync(nodePath.resolve(__dirname, "../../docs/user-guide.md"), "utf8");

interface Example {
  row: string;
  name: FunctionId;
  args: unknown[];
  shown: string;
}

/** Splits `a, "b,c", B3:B4` at top-level commas. */
function splitArgs(text: string): string[] {
  return text.match(/"[^"]*"|[^,]+/g)!.map((s) => s.trim()).filter(Boolean);
}

/** The values the row gives for the cells it names: "B5 为 94.2、C5 为 95", "B3:B4 为 1,196.98 与 340.22". */
function cellsOf(row: string): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const m of row.matchAll(/([A-Z]+\d+:[A-Z]+\d+) 为 ([\d.,]+) 与 ([\d.,]+)/g)) {
    cells.set(m[1], [[Number(m[2].replace(/,/g, ""))], [Number(m[3].replace(/,/g, ""))]]);
  }
  for (const m of row.matchAll(/([A-Z]+\d+) 为 ([\d.,]+)/g)) cells.set(m[1], Number(m[2].replace(/,/g, "")));
  return cells;
}

function examples(): Example[] {
  return GUIDE.split("\n")
    .filter((line) => line.startsWith("| `FA."))
    .map((row) => {
      const call = /`=FA\.([A-Z]+)\((.*?)\)`/.exec(row)!;
      const cells = cellsOf(row);
      const args = splitArgs(call[2]).map((arg) => {
        if (arg.startsWith('"')) return arg.slice(1, -1);
        if (cells.has(arg)) return cells.get(arg);
        if (/^-?\d+(\.\d+)?$/.test(arg)) return Number(arg);
        throw new Error(`the row does not say what ${arg} holds: ${row}`);
      });
      return { row, name: call[1] as FunctionId, args, shown: /→ (.*?) \|$/.exec(row)![1] };
    });
}

test("the guide shows an example for every FA function", () => {
  expect(examples().map((e) => e.name).sort()).toEqual(Object.keys(WRAPPERS).sort());
});

test.each(examples().map((e) => [e.name, e]))("FA.%s gives what the guide shows", (_name, example) => {
  const result = (WRAPPERS[example.name] as (...args: unknown[]) => unknown)(...example.args);
  const { shown } = example;
  if (shown === "TRUE") expect(result).toBe(true);
  else if (shown.endsWith("%")) expect((Number(result) * 100).toFixed(2)).toBe(shown.slice(0, -1));
  else if (/^\d+(\.\d+)?$/.test(shown)) expect(Number(result).toFixed(2)).toBe(Number(shown).toFixed(2));
  else expect(String(result)).toContain(shown.replace(/^“…?|”$/g, ""));
});
