import type { CodedTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { readCodedTable } from "../coded";
import { has, type ColumnSpec } from "../columns";

type Key = "total" | "basic" | "project" | "remitSuperior" | "operating" | "subsidiary";

const SPECS: ColumnSpec<Key>[] = [
  { key: "total", label: "本年支出合计", test: has("合计") },
  { key: "basic", label: "基本支出", test: has("基本支出") },
  { key: "project", label: "项目支出", test: has("项目支出") },
  { key: "remitSuperior", label: "上缴上级支出", test: has("上缴上级") },
  { key: "operating", label: "经营支出", test: has("经营支出") },
  { key: "subsidiary", label: "对附属单位补助支出", test: has("附属单位") },
];

/** T3 支出决算表. */
export function recognizeExpenditure(span: TableSpan): CodedTable | Unrecognized {
  return readCodedTable(span, "expenditure", SPECS, ["total", "basic", "project"]);
}
