import type { CodedTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { readCodedTable } from "../coded";
import { has, type ColumnSpec } from "../columns";

type Key = "total" | "fiscal" | "superior" | "business" | "operating" | "affiliated" | "other";

const SPECS: ColumnSpec<Key>[] = [
  { key: "total", label: "本年收入合计", test: has("合计") },
  { key: "fiscal", label: "财政拨款收入", test: has("财政拨款") },
  { key: "superior", label: "上级补助收入", test: has("上级补助") },
  { key: "business", label: "事业收入", test: has("事业收入") },
  { key: "operating", label: "经营收入", test: has("经营收入") },
  { key: "affiliated", label: "附属单位上缴收入", test: has("附属单位") },
  { key: "other", label: "其他收入", test: has("其他收入") },
];

/** T2 收入决算表. */
export function recognizeIncome(span: TableSpan): CodedTable | Unrecognized {
  return readCodedTable(span, "income", SPECS, ["total"]);
}
