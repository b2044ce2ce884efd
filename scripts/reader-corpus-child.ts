/**
 * Worker of scripts/reader-corpus.ts: reads each file named on stdin (one per line) with the CLI's
 * reader and prints one JSON line per file: read (sheet count), refused (the input error's reason)
 * or crashed (any other error: a bug).
 */
import { createInterface } from "readline";
import { readXlsxFile } from "../src/hosts/file";
import { InputError } from "../src/hosts/input-error";

async function main(): Promise<void> {
  for await (const file of createInterface({ input: process.stdin })) {
    if (!file) continue;
    let line: object;
    try {
      const snap = await readXlsxFile(file);
      line = { file, outcome: "read", sheets: snap.sheets.length };
    } catch (e) {
      line = e instanceof InputError ? { file, outcome: "refused", reason: e.message } : { file, outcome: "crashed", reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}

void main();
