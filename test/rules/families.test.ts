import fc from "fast-check";
import { families, type Family } from "../../src/rules/shared/hierarchy";
import type { CodedRow } from "../../src/tables/types";
import { codeLevel } from "../../src/tables/codes";

/** The grouping as first written (one map of every code): the reference the fast layouts must match. */
function reference(rows: CodedRow[], total?: CodedRow): Family[] {
  const parentCode = (code: string) => (code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : code.length === 3 ? "" : undefined);
  const byCode = new Map<string, Family>();
  if (total) byCode.set("", { parent: total, children: [] });
  for (const r of rows) if (r.code && r.level !== "total" && !byCode.has(r.code)) byCode.set(r.code, { parent: r, children: [] });
  for (const r of rows) {
    if (!r.code || r.level === "total" || byCode.get(r.code)?.parent !== r) continue;
    const p = parentCode(r.code);
    if (p === undefined) continue;
    byCode.get(p)?.children.push(r);
  }
  return [...byCode.values()].filter((f) => f.children.length > 0);
}

function row(code: string, index: number): CodedRow {
  return { code, level: codeLevel(code), name: `r${index}`, row: index, cells: {} };
}

/** Codes from a small alphabet so that parents, children, gaps and duplicates all occur. */
const codeArb = fc.oneof(
  fc.constantFrom("201", "202", "205"),
  fc.tuple(fc.constantFrom("201", "202", "205"), fc.constantFrom("01", "02", "08")).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom("201", "202", "205"), fc.constantFrom("01", "02", "08"), fc.constantFrom("01", "02", "99")).map(([a, b, c]) => a + b + c),
  fc.constantFrom("2050", "", "205010"),
);

describe("families() groups coded rows under their parents", () => {
  test("in ascending code order (the fast layout) exactly as the reference does", () => {
    fc.assert(
      fc.property(fc.uniqueArray(codeArb, { maxLength: 30 }), fc.boolean(), (codes, withTotal) => {
        const sorted = [...codes].sort();
        const rows = sorted.map(row);
        const total = withTotal ? { ...row("", 99), level: "total" as const, name: "合计" } : undefined;
        expect(families(rows, total)).toEqual(reference(rows, total));
      }),
    );
  });

  test("in any order, with repeated codes, exactly as the reference does", () => {
    fc.assert(
      fc.property(fc.array(codeArb, { maxLength: 30 }), fc.boolean(), (codes, withTotal) => {
        const rows = codes.map(row);
        const total = withTotal ? { ...row("", 99), level: "total" as const, name: "合计" } : undefined;
        expect(families(rows, total)).toEqual(reference(rows, total));
      }),
    );
  });

  test("a 类 sums its 款 and the 合计 its 类, parents listed first to last", () => {
    const rows = ["201", "20101", "2010101", "2010102", "20102", "205", "20501"].map(row);
    const total: CodedRow = { code: "", level: "total", name: "合计", row: 0, cells: {} };
    const got = families(rows, total).map((f) => [f.parent.code, f.children.map((c) => c.code)]);
    expect(got).toEqual([
      ["", ["201", "205"]],
      ["201", ["20101", "20102"]],
      ["20101", ["2010101", "2010102"]],
      ["205", ["20501"]],
    ]);
  });
});
