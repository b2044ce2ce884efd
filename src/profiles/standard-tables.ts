import type { ProfileTable } from "./types";

/** The titles of the nine public tables, shared by every profile (regions only reorder and renumber). */
export const TITLES = {
  summary: ["收入支出决算总表"],
  income: ["收入决算表"],
  expenditure: ["支出决算表"],
  "fiscal-summary": ["财政拨款收入支出决算总表"],
  "gpb-expenditure": ["一般公共预算财政拨款支出决算表"],
  "gpb-basic": ["一般公共预算财政拨款基本支出决算表"],
  "gov-fund": ["政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出决算表"],
  "soe-capital": ["国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"],
  "three-public": ["财政拨款“三公”经费支出决算表", "一般公共预算财政拨款“三公”经费支出决算表"],
} as const;

export type StandardKind = keyof typeof TITLES;

/** Numbers the kinds in the given order; the two fund tables' presence is given per region. */
export function numbered(order: StandardKind[], fundPresence: ProfileTable["presence"]): ProfileTable[] {
  return order.map((kind, i) => ({
    kind,
    number: i + 1,
    titles: [...TITLES[kind]],
    presence: kind === "gov-fund" || kind === "soe-capital" ? fundPresence : "required",
  }));
}
