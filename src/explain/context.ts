import type { Decimal } from "../numbers/decimal";
import { infoPlaceholder } from "./info-fields";
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

/** The parts of the published 说明; "appendix" follows them (偏差原因分析). */
export type ExplainPart = 1 | 2 | 3 | 4 | "appendix";

/** One numbered section: its heading and its lines (sub-headings are lines too, as in the seed). */
export interface ExplainSection {
  title: string;
  paragraphs: string[];
  /** the part it belongs to (第二部分 when absent). */
  part?: ExplainPart;
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

/** A labelled input as typed (trimmed), or undefined when blank. */
export function infoValue(ctx: ExplainContext, id: string): string | undefined {
  const v = (ctx.inputs.info?.[id] ?? "").trim();
  return v === "" ? undefined : v;
}
/** A labelled text input, or its 【请填写…】 placeholder. */
export function infoText(ctx: ExplainContext, id: string): string {
  return infoValue(ctx, id) ?? infoPlaceholder(id);
}
/** A labelled number input as Decimal; undefined when blank or unreadable. */
export function infoNumber(ctx: ExplainContext, id: string): Decimal | undefined {
  return inputAmount(infoValue(ctx, id));
}
