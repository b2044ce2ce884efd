import type { Figure, FundRow, IndicatorRow, TableProblem, TextCell, Unrecognized } from "./types";
import type { TableSpan } from "./span";
import { unrecognized, spanRange } from "./span";
import { FigureReader } from "./figures";
import { findRow } from "./find";
import { readFunds, readIndicators, readTotalScore, valueRightOf } from "./perf";

export interface PerfRead<K extends string> {
  base: { sheet: string; range: string; title: string; unit: "万元" | "元"; problems: TableProblem[] };
  /** the value beside the name caption (项目名称 / 单位名称). */
  name?: TextCell;
  funds: Partial<Record<K, FundRow>>;
  indicators: IndicatorRow[];
  totalScore?: Figure;
  unrecognizedFor: (zh: string, en: string) => Unrecognized;
}

/** Reads a 绩效自评表 (project or overall): name, funding block, indicators, 总分. */
export function readPerfTable<K extends string>(
  span: TableSpan,
  nameCaption: string,
  fundKey: (label: string) => K | null,
): PerfRead<K> | Unrecognized {
  const { grid, hit, left, right } = span;
  const from = hit.row + 1;
  // funds are read in 万元 first; the block tells its unit (项目资金（万元）) and we re-read if it is 元
  let reader = new FigureReader(grid, "万元");
  let funds = readFunds(grid, reader, from, span.end, left, right, fundKey);
  if (!funds) return unrecognized(span, "未找到资金表头（全年预算数、全年执行数）", "no funding header (全年预算数, 全年执行数) found");
  if (funds.unit === "元") {
    reader = new FigureReader(grid, "元");
    funds = readFunds(grid, reader, from, span.end, left, right, fundKey)!;
  }
  const block = readIndicators(grid, reader, funds.lastRow + 1, span.end, left, right);
  if (!block) return unrecognized(span, "未找到绩效指标表头（三级指标）", "no indicator header (三级指标) found");
  if (block.missing) return unrecognized(span, `绩效指标表头缺少列：${block.missing}`, `indicator column(s) missing: ${block.missing}`);
  const total = readTotalScore(grid, reader, block.lastRow + 1, span.end, right, block.scoreCol);
  const nameAt = findRow(grid, from, funds.headerRow, (t) => t === nameCaption || t.endsWith(nameCaption));
  const name = nameAt ? valueRightOf(grid, reader, nameAt.row, nameAt.col, right) : undefined;
  const lastRow = total?.row ?? block.lastRow;
  return {
    base: {
      sheet: grid.name,
      range: spanRange(span, lastRow, left, usedRight(span, lastRow)),
      title: hit.title,
      unit: funds.unit,
      problems: reader.problems,
    },
    name,
    funds: funds.rows,
    indicators: block.indicators,
    totalScore: total?.figure,
    unrecognizedFor: (zh, en) => unrecognized(span, zh, en),
  };
}

/** The rightmost column holding anything between the title and the last row. */
function usedRight(span: TableSpan, lastRow: number): number {
  let right = span.hit.col;
  for (let r = span.hit.row; r <= lastRow; r++) {
    const line = span.grid.rowValues(r);
    for (let i = line.length - 1; i >= 0; i--) {
      const v = line[i];
      if (v !== null && v !== undefined && v !== "") {
        right = Math.max(right, span.grid.left + i);
        break;
      }
    }
  }
  return right;
}
