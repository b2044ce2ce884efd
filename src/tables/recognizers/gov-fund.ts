import type { CodedTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { readCodedTable } from "../coded";
import { FUND_TABLE_COLUMNS, FUND_TABLE_REQUIRED } from "./fund-columns";

/** T7 政府性基金预算财政拨款收入支出决算表. */
export function recognizeGovFund(span: TableSpan): CodedTable | Unrecognized {
  return readCodedTable(span, "gov-fund", FUND_TABLE_COLUMNS, FUND_TABLE_REQUIRED);
}
