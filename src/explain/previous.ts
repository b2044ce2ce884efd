/**
 * 上年 import: last year's workbook gives this year's 上年决算数 — last year's 本年决算数 of the
 * same item, matched by 科目编码, else by item name. A typed 上年决算数 is never overwritten; a 项
 * of last year that is gone this year is added (本年 0, as the seed lists 宗教事务); what found no
 * match is listed.
 */
import type { TableModel } from "../tables/types";
import type { ExplainInputs } from "./inputs";
import { inputAmount } from "./inputs";
import { explainItems, type ExplainItem } from "./items";
import { explainTables } from "./tables";

export interface PreviousImport {
  inputs: ExplainInputs;
  /** subjects whose 上年决算数 was filled. */
  filled: string[];
  /** subjects that already had a typed 上年决算数 (kept; the other year's figure differs or not). */
  kept: string[];
  /** last year's 项 gone this year, added with their 上年决算数. */
  added: string[];
  /** this year's items last year's workbook has no match for. */
  unmatched: string[];
}

export function importPrevious(current: TableModel[], last: TableModel[], given: ExplainInputs): PreviousImport {
  const inputs: ExplainInputs = { ...given, items: { ...given.items } };
  const lastItems = explainItems(explainTables(last), { items: {} });
  const byKey = new Map(lastItems.map((i) => [i.key, i]));
  const bySubject = new Map(lastItems.map((i) => [i.subject, i]));
  const used = new Set<ExplainItem>();
  const result: PreviousImport = { inputs, filled: [], kept: [], added: [], unmatched: [] };
  for (const item of explainItems(explainTables(current), { items: {} })) {
    const match = byKey.get(item.key) ?? bySubject.get(item.subject);
    if (!match) {
      result.unmatched.push(item.subject);
      continue;
    }
    used.add(match);
    const typed = inputs.items[item.key];
    if (inputAmount(typed?.previous) !== undefined) {
      result.kept.push(item.subject);
      continue;
    }
    inputs.items[item.key] = { ...typed, previous: match.current.toFixed(2) };
    result.filled.push(item.subject);
  }
  for (const gone of lastItems) {
    if (used.has(gone) || gone.group !== "item" || gone.current.isZero()) continue;
    const typed = inputs.items[gone.key];
    if (inputAmount(typed?.previous) !== undefined) continue;
    inputs.items[gone.key] = { ...typed, subject: gone.subject, previous: gone.current.toFixed(2) };
    result.added.push(gone.subject);
  }
  return result;
}
