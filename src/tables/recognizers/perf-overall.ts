import type { PerfOverallTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { readPerfTable } from "../perf-table";

type FundKey = "superior" | "local" | "other" | "total";

/** 上级资金 / 本级资金 / 其他资金 / 合计. */
function fundKey(label: string): FundKey | null {
  if (label.includes("上级")) return "superior";
  if (label.includes("本级")) return "local";
  if (label.includes("其他")) return "other";
  if (label.includes("合计") || label.includes("总额")) return "total";
  return null;
}

/** 单位（部门）整体支出绩效自评表. */
export function recognizePerfOverall(span: TableSpan): PerfOverallTable | Unrecognized {
  const read = readPerfTable(span, "单位名称", fundKey);
  if ("reason" in read) return read;
  return { ...read.base, kind: "perf-overall", unitName: read.name, funds: read.funds, indicators: read.indicators, totalScore: read.totalScore };
}
