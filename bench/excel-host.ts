/**
 * Syncs and time of the Excel host on the Office.js stand-in, per build profile: the sample
 * workbook, and the sample made 20× larger (every sheet stacked 20 times) with 3,000 merged areas on
 * one sheet. Run: npx tsx bench/excel-host.ts
 */
import { readXlsxFile } from "../src/hosts/file";
import { validate } from "../src/validation/validate";
import { excelModel } from "../test/hosts/excel/fixture-model";
import { fixtureOf, type FixtureWorkbook } from "../test/hosts/excel/sample-workbook";
import { BUILD_PROFILES } from "../test/hosts/excel/build-profiles";
import { hostOn } from "../test/hosts/excel/host-on";

function enlarge(fixture: FixtureWorkbook, times: number, merges: number): FixtureWorkbook {
  const sheets = fixture.sheets.map((s) => {
    const height = Math.max(0, ...s.cells.map((c) => c.row)) + 2;
    const cells = Array.from({ length: times }, (_, k) => s.cells.map((c) => ({ ...c, row: c.row + k * height }))).flat();
    const copies = Array.from({ length: times }, (_, k) => s.merges.map((m) => ({ ...m, top: m.top + k * height, bottom: m.bottom + k * height }))).flat();
    return { ...s, cells, merges: copies };
  });
  const biggest = sheets.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  const width = Math.max(...biggest.cells.map((c) => c.col)) + 1;
  const rows = Math.max(...biggest.cells.map((c) => c.row)) + 1;
  const taken = new Set(biggest.merges.map((m) => `${m.top},${m.left}`));
  for (let r = 0; r < rows && biggest.merges.length < merges; r++) {
    for (let c = 0; c + 1 < width && biggest.merges.length < merges; c += 2) {
      const clear = !biggest.merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c + 1 && c <= m.right);
      if (clear && !taken.has(`${r},${c}`)) biggest.merges.push({ top: r, left: c, bottom: r, right: c + 1 });
    }
  }
  return { ...fixture, sheets };
}

async function measure(label: string, fixture: FixtureWorkbook): Promise<void> {
  const cells = fixture.sheets.reduce((n, s) => n + s.cells.length, 0);
  const merges = Math.max(...fixture.sheets.map((s) => s.merges.length));
  console.log(`\n${label}: ${fixture.sheets.length} sheets, ${cells} non-empty cells, merged areas on the largest sheet: ${merges}`);
  console.log("profile      read syncs  mark syncs  read+validate+mark ms  largest response bytes");
  for (const profile of BUILD_PROFILES) {
    const model = excelModel(fixture);
    const host = hostOn(profile, model);
    const start = performance.now();
    const snapshot = await host.readWorkbook();
    const readSyncs = model.syncs;
    const report = validate(snapshot);
    await host.markFindings(report.findings);
    const ms = performance.now() - start;
    console.log(`${profile.id.padEnd(12)} ${String(readSyncs).padStart(10)}  ${String(model.syncs - readSyncs).padStart(10)}  ${ms.toFixed(0).padStart(21)}  ${String(Math.max(...model.responses)).padStart(22)}`);
  }
}

async function main(): Promise<void> {
  const sample = fixtureOf(await readXlsxFile("examples/changji-education-2024.xlsx"));
  await measure("sample (examples/changji-education-2024.xlsx)", sample);
  await measure("sample × 20 with 3,000 merges on one sheet", enlarge(sample, 20, 3000));
}

void main();
