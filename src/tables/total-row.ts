import type { CodedRow, CodedTable } from "./types";

/**
 * The 合计 row of a coded table: the model's `total`, else a row of level "total" (a model built by hand).
 * The one lookup the rules and the 说明 both use.
 */
export function totalRow(table: CodedTable | undefined): CodedRow | undefined {
  return table?.total ?? table?.rows.find((r) => r.level === "total");
}
