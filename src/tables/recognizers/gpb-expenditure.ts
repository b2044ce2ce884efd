import type { CodedTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { readCodedTable } from "../coded";
import { has, type ColumnSpec } from "../columns";

type Key = "total" | "basic" | "project";

const SPECS: ColumnSpec<Key>[] = [
  { key: "basic", label: "基本支出", test: has("基本支出") },
  { key: "project", label: "项目支出", test: has("项目支出") },
  { key: "total", label: "合计", test: (c) => has("合计", "小计")(c) || c.endsWith("本年支出") },
];

/** T5 一般公共预算财政拨款支出决算表. */
export function recognizeGpbExpenditure(span: TableSpan): CodedTable | Unrecognized {
  return readCodedTable(span, "gpb-expenditure", SPECS, ["total", "basic", "project"]);
}
