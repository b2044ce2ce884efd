/**
 * Differential fuzz of the two .xlsx readers (issue 11 item 4): 2,000 seeded workbooks, a third of
 * them damaged. Each must read identically through both paths, or the fast reader declines, or the
 * damage is reported as an input error with a reason. More: `npm run fuzz -- <count> <seed>`.
 */
import { generateMutated, seeded } from "./support/fuzz-gen";
import { compareReaders, type Outcome } from "./support/differential";

const COUNT = 2000;

test(`${COUNT} generated workbooks: identical, declined or an input error`, async () => {
  const random = seeded(20261202);
  const counts: Record<Outcome, number> = { identical: 0, declined: 0, error: 0, "fast-only": 0, "exceljs-date": 0, mismatch: 0 };
  const problems: string[] = [];
  let slowest = 0;
  for (let i = 0; i < COUNT; i++) {
    const { bytes, mutation } = generateMutated(random);
    const r = await compareReaders(bytes);
    counts[r.outcome]++;
    slowest = Math.max(slowest, r.ms);
    // the fast reader reads what ExcelJS refuses only for damage ExcelJS is stricter about, or where
    // an intact file ExcelJS cannot read is one the fast reader must carry; ExcelJS's failure then is internal
    const carried = r.outcome === "fast-only" && /structure is not one this tool can read/.test(r.detail ?? "");
    if (r.outcome === "mismatch" || (r.outcome === "fast-only" && mutation === "none" && !carried)) problems.push(`#${i} ${mutation} ${r.outcome}: ${r.detail}`);
    if (r.outcome === "error" && !/ \/ /.test(r.detail ?? "")) problems.push(`#${i} error without a bilingual reason: ${r.detail}`);
  }
  console.log(`differential fuzz: ${JSON.stringify(counts)}, slowest ${slowest} ms`);
  expect(problems.slice(0, 5)).toEqual([]);
  // most intact workbooks must be read by the fast path itself (it does not decline its way out);
  // "exceljs-date": identical but for date-formatted cells holding no date, which ExcelJS garbles
  expect(counts.identical + counts["exceljs-date"]).toBeGreaterThan(COUNT / 2);
  // a bound that only a hang or a blow-up can pass
  expect(slowest).toBeLessThan(20_000);
}, 600_000);
