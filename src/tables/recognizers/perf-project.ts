import type { PerfProjectTable, Unrecognized } from "../types";
import type { TableSpan } from "../span";
import { readPerfTable } from "../perf-table";

type FundKey = "total" | "fiscal" | "other";

/** 年度资金总额 / 其中：当年财政拨款 / 其他资金. */
function fundKey(label: string): FundKey | null {
  if (label.includes("资金总额") || label === "合计") return "total";
  if (label.includes("财政拨款")) return "fiscal";
  if (label.includes("其他资金")) return "other";
  return null;
}

/** 项目支出绩效自评表 (one per project; often 16 stacked in one sheet). */
export function recognizePerfProject(span: TableSpan): PerfProjectTable | Unrecognized {
  const read = readPerfTable(span, "项目名称", fundKey);
  if ("reason" in read) return read;
  if (!read.name) return read.unrecognizedFor("未找到项目名称", "no 项目名称 found");
  return { ...read.base, kind: "perf-project", projectName: read.name, funds: read.funds, indicators: read.indicators, totalScore: read.totalScore };
}
