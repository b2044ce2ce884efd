/**
 * `npm run fuzz -- [count] [seed]`: the differential fuzz of test/reader/differential.test.ts at any
 * size, printing the outcome counts and the first problems found.
 */
import { compareReaders, type Outcome } from "../test/reader/support/differential";
import { generateMutated, seeded } from "../test/reader/support/fuzz-gen";

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 20000);
  const seed = Number(process.argv[3] ?? Date.now() % 1e9);
  const random = seeded(seed);
  const counts: Record<Outcome, number> = { identical: 0, declined: 0, error: 0, "fast-only": 0, "exceljs-date": 0, mismatch: 0 };
  let bad = 0;
  let slowest = 0;
  for (let i = 0; i < count; i++) {
    const { bytes, mutation } = generateMutated(random);
    const r = await compareReaders(bytes);
    counts[r.outcome]++;
    slowest = Math.max(slowest, r.ms);
    const carried = r.outcome === "fast-only" && /structure is not one this tool can read/.test(r.detail ?? "");
    if (r.outcome === "mismatch" || (r.outcome === "fast-only" && mutation === "none" && !carried)) {
      bad++;
      if (bad <= 5) console.log(`#${i} (seed ${seed}) ${mutation} ${r.outcome}: ${(r.detail ?? "").slice(0, 300)}`);
    }
  }
  console.log(`seed ${seed}, ${count} workbooks: ${JSON.stringify(counts)}, slowest ${slowest} ms, problems ${bad}`);
  process.exitCode = bad > 0 ? 1 : 0;
}

void main();
