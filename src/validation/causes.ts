/**
 * One finding per fact. A wrong figure is one error; a finding whose operands include that figure
 * (a total that no longer adds up, the same figure compared elsewhere) follows from it and gets a
 * `cause` pointing to it. The same rule on the same cell is kept once.
 */
import { qualified } from "../workbook/address";
import type { Finding } from "../rules/shared/types";

const key = (f: Finding) => qualified(f.sheet, f.cell);

/** The same rule on the same cell, kept once (the first: findings come sorted, worst first). */
export function dropRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.rule}\u0000${key(f)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Sets `cause` on each finding that has an error's cell among its operands. A cell flagged by more
 * findings is the likelier root, so the least-confirmed findings are linked first and a finding
 * already caused never becomes a root (no cycles).
 */
export function linkCauses(findings: Finding[]): Finding[] {
  const errorsAt = new Map<string, Finding>();
  const flagged = new Map<string, number>();
  for (const f of findings) {
    flagged.set(key(f), (flagged.get(key(f)) ?? 0) + 1);
    if (f.severity === "error" && !errorsAt.has(key(f))) errorsAt.set(key(f), f);
  }
  const references = (f: Finding) => f.related.filter((r) => flagged.has(r)).length;
  const order = findings
    .map((f, i) => ({ f, i, weight: (flagged.get(key(f)) ?? 0) - references(f) }))
    .sort((a, b) => a.weight - b.weight || a.i - b.i);
  const caused = new Map<Finding, Finding>();
  const isRoot = new Set<Finding>();
  for (const { f } of order) {
    const own = key(f);
    for (const r of f.related) {
      const root = errorsAt.get(r);
      if (!root || r === own || caused.has(root) || root === f) continue;
      caused.set(f, root);
      isRoot.add(root);
      break;
    }
  }
  return findings.map((f) => {
    const root = caused.get(f);
    if (!root || isRoot.has(f)) return f;
    return { ...f, cause: { rule: root.rule, sheet: root.sheet, cell: root.cell } };
  });
}
