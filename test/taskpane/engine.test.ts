import path from "path";
import { readXlsxFile } from "../../src/hosts/file";
import { createEngine } from "../../taskpane/engine";
import { DEFAULT_PANE_SETTINGS } from "../../taskpane/settings";

// The sample workbook is built from the seed; the pane must see what the CLI sees.
const sample = path.resolve(__dirname, "../../examples/changji-education-2024.xlsx");

describe("the pane's engine over the real core", () => {
  test("validates the sample, finds the 9.79 → 9.92 execution score, honours switched-off rules, drafts both sheets", async () => {
    const engine = createEngine();
    const snapshot = await readXlsxFile(sample);
    const report = engine.validate(snapshot, DEFAULT_PANE_SETTINGS);
    expect(report.tables.length).toBeGreaterThan(10);
    expect(report.findings.some((f) => f.expected === "9.92" && f.actual === "9.79")).toBe(true);

    const ids = engine.rules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const firstRule = report.findings[0].rule;
    expect(ids).toContain(firstRule);
    const without = engine.validate(snapshot, { ...DEFAULT_PANE_SETTINGS, disabled: [firstRule] });
    expect(without.findings.some((f) => f.rule === firstRule)).toBe(false);
    expect(without.findings.length).toBeLessThan(report.findings.length);

    const sheets = engine.explain?.(snapshot, report, DEFAULT_PANE_SETTINGS) ?? [];
    expect(sheets.map((s) => s.name)).toEqual(["说明底稿", "决算说明"]);
    const text = (conventions: typeof DEFAULT_PANE_SETTINGS.conventions) =>
      JSON.stringify(engine.explain?.(snapshot, report, { ...DEFAULT_PANE_SETTINGS, conventions })[1].rows);
    // the thousands-separator convention reaches the generated text
    expect(text({ ...DEFAULT_PANE_SETTINGS.conventions, thousands: true })).toMatch(/\d,\d{3}\.\d{2}/);
    expect(text({ ...DEFAULT_PANE_SETTINGS.conventions, thousands: false })).not.toMatch(/\d,\d{3}\.\d{2}/);
  });
});
