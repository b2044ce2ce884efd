import type { CodedTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { readCodedTable } from "../coded";
import { FUND_TABLE_COLUMNS, FUND_TABLE_REQUIRED } from "./fund-columns";

/** T8 国有资本经营预算财政拨款收入支出决算表. */
export function recognizeSoeCapital(span: TableSpan): CodedTable | Unrecognized {
  return readCodedTable(span, "soe-capital", FUND_TABLE_COLUMNS, FUND_TABLE_REQUIRED);
}
