import type { CodedRow, Figure } from "../../tables/types";

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
 * `total` is the 合计 row, if the table has one. Parents without children are left out. Families come
 * in the order of their parents (合计 first); each code counts once, at its first row.
 */
export function families(rows: CodedRow[], total?: CodedRow): Family[] {
  return sortedFamilies(rows, total) ?? familiesByCode(rows, total);
}

/** The rows that take part: coded, not a 合计 line. */
function isMember(r: CodedRow): boolean {
  return r.code !== "" && r.level !== "total";
}

/**
 * The usual layout, codes strictly ascending (类, its 款, their 项, next 类 …): a row's parent, when
 * present, is the last row seen of the parent's code length (whatever lies between a parent and its
 * child in ascending order starts with the parent's code), so no lookup table is needed.
 * Undefined when the codes are not in that order.
 */
function sortedFamilies(rows: CodedRow[], total?: CodedRow): Family[] | undefined {
  if (total && isMember(total)) return undefined;
  let last = "";
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!isMember(r)) continue;
    if (r.code <= last) return undefined;
    last = r.code;
  }
  // by code length ("" is the 合计): the last parent seen, its rank in code order and its family
  const latest: (CodedRow | undefined)[] = [total];
  const rankOf: number[] = [0];
  const familyOf: (Family | undefined)[] = [];
  const created: { family: Family; rank: number }[] = [];
  let rank = 0;
  let inOrder = true;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!isMember(r)) continue;
    rank++;
    const p = parentCode(r.code);
    const parent = p === undefined ? undefined : latest[p.length];
    if (p !== undefined && parent && parent.code === p) {
      let family = familyOf[p.length];
      if (!family) {
        family = familyOf[p.length] = { parent, children: [] };
        if (created.length > 0 && created[created.length - 1].rank > rankOf[p.length]) inOrder = false;
        created.push({ family, rank: rankOf[p.length] });
      }
      family.children.push(r);
    }
    latest[r.code.length] = r;
    rankOf[r.code.length] = rank;
    familyOf[r.code.length] = undefined;
  }
  if (!inOrder) created.sort((a, b) => a.rank - b.rank);
  return created.map((c) => c.family);
}

/** Any order: the first row of each code stands for it. */
function familiesByCode(rows: CodedRow[], total?: CodedRow): Family[] {
  const byCode = new Map<string, CodedRow>();
  const codes: string[] = [];
  if (total) {
    byCode.set("", total);
    codes.push("");
  }
  const members: CodedRow[] = [];
  for (const r of rows) {
    if (isMember(r) && !byCode.has(r.code)) {
      byCode.set(r.code, r);
      codes.push(r.code);
      members.push(r);
    }
  }
  // children lists only for codes that have children (most rows of a large table are leaves)
  const children = new Map<string, CodedRow[]>();
  for (const r of members) {
    const p = parentCode(r.code);
    if (p === undefined || !byCode.has(p)) continue;
    const list = children.get(p);
    if (list) list.push(r);
    else children.set(p, [r]);
  }
  const out: Family[] = [];
  for (const code of codes) {
    const list = children.get(code);
    if (list) out.push({ parent: byCode.get(code)!, children: list });
  }
  return out;
}

export function column(rows: CodedRow[], key: string): (Figure | undefined)[] {
  return rows.map((r) => r.cells[key]);
}
