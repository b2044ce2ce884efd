import type { Figure, FundRow, IndicatorRow, TextCell } from "./types";
import type { SheetGrid } from "../workbook/grid";
import { cellText } from "../workbook/grid";
import type { FigureReader } from "./figures";
import { readHeader } from "./header";
import { mapColumns, has, type ColumnSpec } from "./columns";
import { normalize } from "./text";
import type { AmountUnit } from "./unit";
import { findRow } from "./find";

/** The value cell right of a caption ("项目名称 | xxx"): the first non-empty cell beyond the caption's merge. */
export function valueRightOf(grid: SheetGrid, reader: FigureReader, row: number, col: number, right: number): TextCell | undefined {
  const m = grid.mergeAt(row, col);
  for (let c = (m ? m.right : col) + 1; c <= right; c++) if (cellText(grid.value(row, c))) return reader.textCell(row, c);
  return undefined;
}

type FundKey = "initialBudget" | "annualBudget" | "executed" | "weight" | "rate" | "score";

const FUND_COLUMNS: ColumnSpec<FundKey>[] = [
  { key: "initialBudget", label: "年初预算数", test: has("年初预算") },
  { key: "annualBudget", label: "全年预算数", test: has("全年预算") },
  { key: "executed", label: "全年执行数", test: has("执行数") },
  { key: "rate", label: "执行率", test: has("执行率") },
  { key: "weight", label: "分值", test: has("分值", "权重") },
  { key: "score", label: "得分", test: has("得分") },
];

const isFundHeader = (t: string) => t === "全年预算数" || t === "年初预算数";

export interface FundBlock<K extends string> {
  headerRow: number;
  lastRow: number;
  unit: AmountUnit;
  rows: Partial<Record<K, FundRow>>;
}

/**
 * Reads the funding block: a header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) and the
 * labelled rows below it until a row without figures. `classify` names a row from its label.
 */
export function readFunds<K extends string>(
  grid: SheetGrid,
  reader: FigureReader,
  from: number,
  to: number,
  left: number,
  right: number,
  classify: (label: string) => K | null,
): FundBlock<K> | null {
  const at = findRow(grid, from, to, isFundHeader);
  if (!at) return null;
  const header = readHeader(grid, { from: at.row, to: at.row, left, right, anchor: isFundHeader, maxOffset: 0, maxRows: 1 });
  if (!header) return null;
  const cols = mapColumns(header, FUND_COLUMNS);
  if (!cols.has("annualBudget") || !cols.has("executed")) return null;
  const firstCol = Math.min(...cols.values());
  const unit: AmountUnit = findRow(grid, at.row, at.row, (t) => t.includes("(元)")) ? "元" : "万元";
  const rows: Partial<Record<K, FundRow>> = {};
  let lastRow = at.row;
  for (let r = at.row + 1; r <= to; r++) {
    let label = "";
    for (let c = firstCol - 1; c >= left && !label; c--) label = cellText(grid.value(r, c));
    const key = label ? classify(normalize(label)) : null;
    if (!key) {
      if (label || cellText(grid.value(r, cols.get("executed")!))) break;
      continue;
    }
    const pick = (k: FundKey, kind: "amount" | "rate" | "score"): Figure | undefined =>
      cols.has(k) ? reader.read(r, cols.get(k)!, kind) : undefined;
    rows[key] ??= {
      label,
      row: r,
      initialBudget: pick("initialBudget", "amount"),
      annualBudget: pick("annualBudget", "amount"),
      executed: pick("executed", "amount"),
      weight: pick("weight", "score"),
      rate: pick("rate", "rate"),
      score: pick("score", "score"),
    };
    lastRow = r;
  }
  return { headerRow: at.row, lastRow, unit, rows };
}

type IndicatorKey =
  | "level1"
  | "level2"
  | "name"
  | "weight"
  | "target"
  | "actual"
  | "rate"
  | "score"
  | "rule"
  | "deviation"
  | "basis"
  | "previous"
  | "evidence";

const INDICATOR_COLUMNS: ColumnSpec<IndicatorKey>[] = [
  { key: "level1", label: "一级指标", test: has("一级指标") },
  { key: "level2", label: "二级指标", test: has("二级指标") },
  { key: "name", label: "三级指标", test: has("三级指标") },
  { key: "basis", label: "指标值设定依据", test: has("设定依据") },
  { key: "target", label: "目标值", test: has("目标值", "预期") },
  { key: "actual", label: "业绩值", test: has("业绩值", "实际完成") },
  { key: "rate", label: "完成率", test: has("完成率") },
  { key: "score", label: "指标得分", test: has("得分") },
  { key: "weight", label: "权重", test: has("权重", "分值") },
  { key: "rule", label: "赋分规则", test: has("赋分规则") },
  { key: "deviation", label: "偏差原因分析及改进措施", test: has("偏差") },
  { key: "previous", label: "上年完成情况", test: has("上年") },
  { key: "evidence", label: "佐证资料", test: has("佐证") },
];

const REQUIRED_INDICATOR: IndicatorKey[] = ["name", "weight", "target", "actual", "score"];

export interface IndicatorBlock {
  headerRow: number;
  lastRow: number;
  indicators: IndicatorRow[];
  scoreCol: number;
  /** captions of required columns the header lacks ("" when complete). */
  missing: string;
}

const isTotalScoreLabel = (t: string) => t.startsWith("总分") || t === "合计得分";

/** Reads the indicator block; 一级/二级指标 blank below a merged or first cell are carried down. */
export function readIndicators(grid: SheetGrid, reader: FigureReader, from: number, to: number, left: number, right: number): IndicatorBlock | null {
  const at = findRow(grid, from, to, (t) => t === "三级指标");
  if (!at) return null;
  const header = readHeader(grid, { from: at.row, to: at.row, left, right, anchor: (t) => t === "三级指标", maxOffset: 0, maxRows: 1 });
  if (!header) return null;
  const cols = mapColumns(header, INDICATOR_COLUMNS);
  const missing = INDICATOR_COLUMNS.filter((s) => REQUIRED_INDICATOR.includes(s.key) && !cols.has(s.key))
    .map((s) => s.label)
    .join("、");
  const indicators: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  let lastRow = at.row;
  const text = (r: number, k: IndicatorKey) => (cols.has(k) ? reader.textCell(r, cols.get(k)!) : undefined);
  const carried = (r: number, k: IndicatorKey, previous: string) => {
    if (!cols.has(k)) return previous;
    const c = cols.get(k)!;
    return cellText(grid.value(r, c)) || (grid.mergeAt(r, c) ? grid.shownText(r, c) : "") || previous;
  };
  for (let r = at.row + 1; r <= to && !missing; r++) {
    if (findRow(grid, r, r, isTotalScoreLabel)) break;
    const name = text(r, "name")!;
    if (!name.text) continue;
    const newLevel1 = carried(r, "level1", level1);
    // a new 一级指标 starts its 二级指标 afresh
    if (newLevel1 !== level1) level2 = "";
    level1 = newLevel1;
    level2 = carried(r, "level2", level2);
    const figure = (k: IndicatorKey, kind: "rate" | "score") => (cols.has(k) ? reader.read(r, cols.get(k)!, kind) : undefined);
    const row: IndicatorRow = {
      row: r,
      level1,
      level2,
      name,
      weight: figure("weight", "score"),
      target: text(r, "target")!,
      actual: text(r, "actual")!,
      rate: figure("rate", "rate"),
      score: figure("score", "score"),
      rule: text(r, "rule"),
      deviation: text(r, "deviation"),
      basis: text(r, "basis"),
      previous: text(r, "previous"),
      evidence: text(r, "evidence"),
    };
    indicators.push(row);
    lastRow = r;
  }
  return { headerRow: at.row, lastRow, indicators, scoreCol: cols.get("score") ?? -1, missing };
}

/** 总分: the "xx.xx分" cell of the 总分 row, else the score column, else its last number. */
export function readTotalScore(grid: SheetGrid, reader: FigureReader, from: number, to: number, right: number, scoreCol: number): { figure?: Figure; row: number } | null {
  const at = findRow(grid, from, to, isTotalScoreLabel);
  if (!at) return null;
  const r = at.row;
  let chosen = -1;
  for (let c = at.col + 1; c <= right && chosen < 0; c++) {
    const v = grid.value(r, c);
    if (typeof v === "string" && /\d\s*分$/.test(v.trim())) chosen = c;
  }
  if (chosen < 0 && scoreCol >= 0 && cellText(grid.value(r, scoreCol))) chosen = scoreCol;
  if (chosen < 0) {
    for (let c = right; c > at.col && chosen < 0; c--) if (typeof grid.value(r, c) === "number") chosen = c;
  }
  return { figure: chosen >= 0 ? reader.read(r, chosen, "score") : undefined, row: r };
}
