/**
 * The add-in's marks in Excel: custom-formula conditional formats whose formula is exactly
 * markFormula(severity). They are found by a fresh scan every time and deleted through the objects
 * that scan returned, never by a remembered id or position: a conditional format's id is its
 * priority in the collection and shifts when the user adds a rule, and a user's rule that merely
 * looks like ours (same cell, same fill, a formula mentioning the tag) is not exactly ours.
 * Reading conditional formats can throw on some builds (office-js #2180, #6827): then each sheet is
 * scanned alone and a sheet that cannot be scanned is left unmarked (a notice says so), so marking
 * degrades while validation is untouched.
 */
import type { Finding, Severity } from "../rules/shared/types";
import { SEVERITIES } from "../rules/shared/types";
import { MARK_COLORS, markTargets } from "./marks";
import { isRefusal } from "./excel-read";

export const MARK_TAG = "FA-MARK";
/** Always true, and names its severity; the exact text is what marks the rule as ours. */
export function markFormula(severity: Severity): string {
  return `=ISTEXT("${MARK_TAG}:${severity}")`;
}
const OUR_FORMULAS = new Set(SEVERITIES.map(markFormula));
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && OUR_FORMULAS.has(formula);
}

export interface MarkNotice {
  zh: string;
  en: string;
}

interface Scan {
  ours: Excel.ConditionalFormat[];
  /** sheets whose conditional formats could not be read: no mark is added or removed there. */
  unreadable: string[];
}

function queueScan(context: Excel.RequestContext, name: string): () => Excel.ConditionalFormat[] {
  const cfs = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
  cfs.load("items/type,items/customOrNullObject/rule/formula");
  return () => cfs.items.filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula));
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((ws) => ws.name);
}

/** One sync for every sheet; when that is refused, the sheet names again and one sync per sheet. */
async function scan(context: Excel.RequestContext, hint: string[] | undefined): Promise<{ names: string[]; scan: Scan }> {
  let names = hint ?? (await sheetNames(context));
  const all = names.map((name) => queueScan(context, name));
  try {
    await context.sync();
    return { names, scan: { ours: all.flatMap((found) => found()), unreadable: [] } };
  } catch (error) {
    if (!isRefusal(error) && (error as { code?: unknown })?.code !== "ItemNotFound") throw error;
  }
  names = await sheetNames(context); // a sheet renamed or deleted since the hint, or one unreadable sheet
  const result: Scan = { ours: [], unreadable: [] };
  for (const name of names) {
    const found = queueScan(context, name);
    try {
      await context.sync();
      result.ours.push(...found());
    } catch (error) {
      if (!isRefusal(error)) throw error;
      result.unreadable.push(name);
    }
  }
  return { names, scan: result };
}

/**
 * Replaces the add-in's marks by marks for `findings` in one Excel.run: scan (1 sync with sheet names
 * known from the last read, else 2), then delete + add (1 sync).
 */
export async function replaceMarks(context: Excel.RequestContext, findings: Finding[], hint: string[] | undefined): Promise<{ names: string[]; notices: MarkNotice[] }> {
  const { names, scan: found } = await scan(context, hint);
  for (const cf of found.ours) cf.delete();
  const present = new Set(names.map((n) => n.toLowerCase()));
  const skipped = new Set(found.unreadable.map((n) => n.toLowerCase()));
  for (const target of markTargets(findings)) {
    const key = target.sheet.toLowerCase();
    if (!present.has(key) || skipped.has(key)) continue;
    const cf = context.workbook.worksheets.getItem(target.sheet).getRange(target.cell).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = markFormula(target.severity);
    cf.custom.format.fill.color = MARK_COLORS[target.severity];
  }
  await context.sync();
  const notices = found.unreadable.map((sheet) => ({
    zh: `工作表“${sheet}”的条件格式无法读取，本次未在该表标记问题单元格（校验结果不受影响）。`,
    en: `The conditional formats of sheet "${sheet}" could not be read, so its cells were not marked this time (the validation result is unaffected).`,
  }));
  return { names, notices };
}
