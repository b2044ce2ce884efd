import type { TableKind } from "./types";
import type { SheetGrid } from "../workbook/grid";
import { normalize } from "./text";

/** A cell whose text names a standard table. */
export interface TitleHit {
  kind: TableKind;
  row: number;
  col: number;
  /** the title as written (trimmed). */
  title: string;
}

/** Table numbers written with or after the title: 公开01表, 财决01表, (2024年度). */
const DECORATION = /\(?(?:公开|财决|决算)?\d{1,2}表\)?|\(\d{4}年度?\)|\((?:续表?|收入|支出|收入部分|支出部分|[一二12])\)$|^续表/g;
/** Prefix text that marks a sentence rather than a title ("…决算表为空表。", "一、《收入决算表》"). */
const PROSE = /[，,。；;《》、]/;

interface TitleRule {
  kind: TableKind;
  /** the normalized title must end with one of these. */
  endings: string[];
  /** a prefix ending with one of these means another table ("项目" + 支出决算表). */
  notAfter?: string[];
}

// Order matters: the more specific names come first.
const RULES: TitleRule[] = [
  { kind: "perf-project", endings: ["项目支出绩效自评表", "项目绩效自评表"] },
  { kind: "perf-overall", endings: ["整体支出绩效自评表", "整体绩效自评表"] },
  { kind: "three-public", endings: ["三公经费支出决算表"] },
  { kind: "gpb-basic", endings: ["一般公共预算财政拨款基本支出决算表"] },
  { kind: "gpb-expenditure", endings: ["一般公共预算财政拨款支出决算表"] },
  { kind: "gov-fund", endings: ["政府性基金预算财政拨款收入支出决算表", "政府性基金预算财政拨款支出决算表"] },
  { kind: "soe-capital", endings: ["国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"] },
  { kind: "fiscal-summary", endings: ["财政拨款收入支出决算总表"] },
  { kind: "summary", endings: ["收入支出决算总表"] },
  { kind: "income", endings: ["收入决算表"], notAfter: ["支出", "财政拨款", "基金", "项目"] },
  {
    kind: "expenditure",
    endings: ["支出决算表"],
    notAfter: ["收入", "项目", "基本", "财政拨款", "经费", "资金", "基金", "预算", "三公", "功能分类", "经济分类"],
  },
];

const MAX_TITLE = 60;

/** The table kind a cell's text names, or null. Cheap rejects first: most cells are numbers. */
export function matchTitle(raw: string): TableKind | null {
  if (raw.length < 5 || raw.length > MAX_TITLE * 2 || raw.indexOf("表") < 0) return null;
  const text = normalize(raw).replace(DECORATION, "");
  if (text.length > MAX_TITLE || !text.endsWith("表")) return null;
  for (const rule of RULES) {
    for (const ending of rule.endings) {
      if (!text.endsWith(ending)) continue;
      const prefix = text.slice(0, text.length - ending.length);
      if (PROSE.test(prefix)) return null;
      if (rule.notAfter?.some((w) => prefix.endsWith(w))) continue;
      return rule.kind;
    }
  }
  return null;
}

/** Every title on a sheet, top to bottom, left to right: one pass over the cells. */
export function findTitles(grid: SheetGrid): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const line = grid.rowValues(r);
    for (let i = 0; i < line.length; i++) {
      const v = line[i];
      if (typeof v !== "string") continue;
      const kind = matchTitle(v);
      if (kind) hits.push({ kind, row: r, col: grid.left + i, title: v.trim() });
    }
  }
  return hits;
}
