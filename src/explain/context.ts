import type { Decimal } from "../numbers/decimal";
import type { ExplainInputs, ItemInput } from "./inputs";
import { inputAmount } from "./inputs";
import type { ExplainSettings } from "./settings";
import type { ExplainTables } from "./tables";

/** What every paragraph generator reads. */
export interface ExplainContext {
  t: ExplainTables;
  inputs: ExplainInputs;
  s: ExplainSettings;
}

/** One section of 第二部分: its heading and its lines (sub-headings are lines too, as in the seed). */
export interface ExplainSection {
  title: string;
  paragraphs: string[];
}

export type SectionGenerator = (ctx: ExplainContext) => ExplainSection | undefined;

export function itemInput(ctx: ExplainContext, key: string): ItemInput {
  return ctx.inputs.items[key] ?? {};
}
export function previousOf(ctx: ExplainContext, key: string): Decimal | undefined {
  return inputAmount(itemInput(ctx, key).previous);
}
export function budgetOf(ctx: ExplainContext, key: string): Decimal | undefined {
  return inputAmount(itemInput(ctx, key).budget);
}
