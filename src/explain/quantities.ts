import type { Decimal } from "../numbers/decimal";
import { formatAmount } from "../numbers/format";
import type { ExplainContext } from "./context";
import { infoNumber } from "./context";
import { infoPlaceholder } from "./info-fields";
import { wan } from "./wording";

/** A typed count ("5"), or the field's placeholder. */
export function count(ctx: ExplainContext, id: string): string {
  const n = infoNumber(ctx, id);
  return n === undefined ? infoPlaceholder(id) : n.toString();
}

/** A typed amount in 万元 ("207.63万元"), or the placeholder. */
export function infoWan(ctx: ExplainContext, id: string): string {
  const n = infoNumber(ctx, id);
  return n === undefined ? infoPlaceholder(id) : wan(n, ctx.s);
}

/** A typed area ("9,322.47"), or the placeholder. */
export function area(ctx: ExplainContext, id: string): string {
  const n: Decimal | undefined = infoNumber(ctx, id);
  return n === undefined ? infoPlaceholder(id) : formatAmount(n, { thousands: ctx.s.thousands });
}
