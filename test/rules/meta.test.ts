import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { renderRulesDoc, RULES_DOC_PATH } from "../../scripts/gen-rules-doc";
import { placeholders } from "../../src/rules/shared/emit";
import { RULES } from "../../src/rules/shared/registry";
import { TABLE_ORDER } from "../../src/rules/shared/engine";

/** Params every rule gets from the shared reporters (report.emit, compare.*, labels.tablePair). */
const SHARED = ["expected", "actual", "difference", "limit", "excess", "stated", "statedEn", "reference", "referenceEn"];
const base = (name: string) => name.replace(/En$/, "");

describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
  const m = rule.meta;

  test("has a test file of its own", () => {
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
  });

  test("has complete metadata", () => {
    expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
    expect(m.title).toMatch(/[\u4e00-\u9fff]/);
    expect(m.titleEn).toMatch(/[A-Za-z]/);
    expect(["error", "warning", "info"]).toContain(m.severity);
    expect(["表内", "表间", "文表"]).toContain(m.scope);
    expect(m.tables.length).toBeGreaterThan(0);
    for (const k of m.tables) expect(TABLE_ORDER).toContain(k);
    if (m.scope === "表间") expect(new Set(m.tables).size).toBeGreaterThan(1);
    expect(m.message).toMatch(/[\u4e00-\u9fff]/);
    expect(m.messageEn).toMatch(/[A-Za-z]/);
    expect(m.description.length).toBeGreaterThan(20);
  });

  test("states its formula in words, in Chinese and English", () => {
    expect(m.formula).toMatch(/[\u4e00-\u9fff]/);
    expect(m.formula).toMatch(/[=≠≤≥⇒⊆]/);
    expect(m.formulaEn).toMatch(/[A-Za-z]/);
    expect(m.formulaEn).toMatch(/[=≠≤≥⇒⊆]/);
    expect(m.formula).not.toBe(m.title);
  });

  test("uses the same placeholders in Chinese and English, each supplied by the rule", () => {
    const zh = new Set(placeholders(m.message).map(base));
    const en = new Set(placeholders(m.messageEn).map(base));
    expect([...en].sort()).toEqual([...zh].sort());
    const source = readFileSync(join(__dirname, "../../src/rules", `${id}.ts`), "utf8");
    for (const p of [...placeholders(m.message), ...placeholders(m.messageEn)]) {
      if (SHARED.includes(p)) continue;
      expect({ placeholder: p, supplied: new RegExp(`\\b${p}\\b\\s*[:,}]`).test(source) }).toEqual({ placeholder: p, supplied: true });
    }
  });
});

test("rule ids are unique", () => {
  const ids = RULES.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test("docs/rules.md is up to date (run: npx tsx scripts/gen-rules-doc.ts)", () => {
  expect(readFileSync(RULES_DOC_PATH, "utf8")).toBe(renderRulesDoc());
});
