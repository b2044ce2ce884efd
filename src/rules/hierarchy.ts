import type { CodedRow, Figure } from "../tables/types";

/** Parent code of a 科目 code: 7 → 5 → 3 digits; a 类 (3 digits) belongs to the 合计 (""). */
function parentCode(code: string): string | undefined {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  if (code.length === 3) return "";
  return undefined;
}

export interface Family {
  parent: CodedRow;
  children: CodedRow[];
}

/**
 * Groups rows under their parent row (类 = Σ款, 款 = Σ项, 合计 = Σ类) in one pass.
 * `total` is the 合计 row, if the table has one. Parents without children are left out.
 */
export function families(rows: CodedRow[], total?: CodedRow): Family[] {
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

export function column(rows: CodedRow[], key: string): (Figure | undefined)[] {
  return rows.map((r) => r.cells[key]);
}
