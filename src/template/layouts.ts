/**
 * The empty standard tables as plain data: each table kind's header rows and row captions, in the
 * wording the recognizers read best (the public templates' captions, as in the seed and the region
 * fixtures), with merges, widths and the cells the accountant fills. Heading rows (title, 公开NN表,
 * 部门/金额单位) are added by template.ts; coordinates here start below them.
 */
import type { StandardKind } from "../profiles/standard-tables";
import type { CellRange } from "../workbook/types";

export type LayoutValue = string | number | null;

export interface TableLayout {
  rows: LayoutValue[][];
  merges: CellRange[];
  /** column widths in characters; their count is the table's width. */
  widths: number[];
  /** rows (from 0) that are header captions: bold, centred. */
  headerRows: number;
  /** the amount cells to fill: shaded, "#,##0.00". */
  inputs: CellRange[];
  /** a line under the table (the empty-table note), itself an input. */
  note?: string;
}

const m = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/** 支出功能分类 类 (政府收支分类科目), as T1 and T4 list them; each name ends with 支出 as the reader expects. */
export const EXPENSE_CLASSES: readonly string[] = [
  "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
  "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
  "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出",
  "住房保障支出", "粮油物资储备支出", "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出",
];

const ORDINALS = "一二三四五六七八九";
/** 1 → 一, 10 → 十, 24 → 二十四: the ordinals of T1/T4 row captions. */
export function cnOrdinal(n: number): string {
  if (n < 10) return ORDINALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : ORDINALS[tens - 1]}十${ones ? ORDINALS[ones - 1] : ""}`;
}

const numberedLines = (labels: readonly string[]) => labels.map((label, i) => `${cnOrdinal(i + 1)}、${label}`);

/** Two panels side by side (T1, T4): left lines, right lines, then the total lines paired across. */
function twoPanels(header: LayoutValue[][], left: string[], right: string[], totals: [string, string][], rightAmounts: number): LayoutValue[][] {
  const body = Math.max(left.length, right.length);
  const rows: LayoutValue[][] = [...header];
  const blankRight = new Array<LayoutValue>(rightAmounts).fill(null);
  for (let i = 0; i < body; i++) {
    rows.push([left[i] ?? null, left[i] ? i + 1 : null, null, right[i] ?? null, right[i] ? body + i + 1 : null, ...blankRight]);
  }
  totals.forEach(([l, r], i) => rows.push([l, 2 * body + i + 1, null, r, 2 * body + totals.length + i + 1, ...blankRight]));
  return rows;
}

function summary(): TableLayout {
  const income = numberedLines([
    "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入",
    "事业收入", "经营收入", "附属单位上缴收入", "其他收入",
  ]);
  const rows = twoPanels(
    [["收入", null, null, "支出", null, null], ["项目", "行次", "金额", "项目", "行次", "金额"]],
    income,
    numberedLines(EXPENSE_CLASSES),
    [["本年收入合计", "本年支出合计"], ["使用非财政拨款结余（含专用结余）", "结余分配"], ["年初结转和结余", "年末结转和结余"], ["总计", "总计"]],
    1,
  );
  return { rows, merges: [m(0, 0, 0, 2), m(0, 3, 0, 5)], widths: [34, 6, 14, 30, 6, 14], headerRows: 2, inputs: [m(2, 2, rows.length - 1, 2), m(2, 5, rows.length - 1, 5)] };
}

/** T2, T3, T5: 科目编码 | 科目名称 | amount columns, 栏次, then the 合计 row (the accountant adds 科目 rows under it). */
function coded(captions: string[], group?: string): TableLayout {
  const n = captions.length;
  const rows: LayoutValue[][] = group
    ? [["项目", null, group, ...new Array<LayoutValue>(n - 1).fill(null)], ["科目编码", "科目名称", ...captions]]
    : [["项目", null, ...captions], ["科目编码", "科目名称", ...new Array<LayoutValue>(n).fill(null)]];
  rows.push(["栏次", null, ...captions.map((_, i) => String(i + 1))], ["合计", null, ...new Array<LayoutValue>(n).fill(null)]);
  const merges = [m(0, 0, 0, 1), m(2, 0, 2, 1), m(3, 0, 3, 1)];
  if (group) merges.push(m(0, 2, 0, n + 1));
  else captions.forEach((_, i) => merges.push(m(0, i + 2, 1, i + 2)));
  return { rows, merges, widths: [12, 30, ...captions.map(() => 14)], headerRows: 3, inputs: [m(3, 2, 3, n + 1)] };
}

function fiscalSummary(): TableLayout {
  const rows = twoPanels(
    [
      ["收入", null, null, "支出", null, null, null, null, null],
      ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    ],
    numberedLines(["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]),
    numberedLines(EXPENSE_CLASSES),
    [["本年收入合计", "本年支出合计"], ["年初财政拨款结转和结余", "年末财政拨款结转和结余"], ["总计", "总计"]],
    4,
  );
  return {
    rows,
    merges: [m(0, 0, 0, 2), m(0, 3, 0, 8)],
    widths: [30, 6, 14, 30, 6, 14, 16, 16, 16],
    headerRows: 2,
    inputs: [m(2, 2, rows.length - 1, 2), m(2, 5, rows.length - 1, 8)],
  };
}

function gpbBasic(): TableLayout {
  const rows: LayoutValue[][] = [
    ["人员经费", null, null, "公用经费", null, null],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", null, "302", "商品和服务支出", null],
    ["303", "对个人和家庭的补助", null, "310", "资本性支出", null],
    ["人员经费合计", null, null, "公用经费合计", null, null],
  ];
  return {
    rows,
    merges: [m(0, 0, 0, 2), m(0, 3, 0, 5), m(4, 0, 4, 1), m(4, 3, 4, 4)],
    widths: [10, 30, 14, 10, 30, 14],
    headerRows: 2,
    inputs: [m(2, 2, 4, 2), m(2, 5, 4, 5)],
  };
}

function fundTable(fund: string, title: string): TableLayout {
  const rows: LayoutValue[][] = [
    ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
    [null, null, null, null, "小计", "基本支出", "项目支出", null],
    ["合计", null, null, null, null, null, null, null],
  ];
  return {
    rows,
    merges: [m(0, 0, 1, 0), m(0, 1, 1, 1), m(0, 2, 1, 2), m(0, 3, 1, 3), m(0, 4, 0, 6), m(0, 7, 1, 7), m(2, 0, 2, 1)],
    widths: [12, 26, 14, 14, 14, 14, 14, 14],
    headerRows: 2,
    inputs: [m(2, 2, 2, 7)],
    // most units have no such funds: the note the checker expects, to delete when the table has figures
    note: `本单位本年度无${fund}收入、支出及结转和结余，${title}为空表。`,
  };
}

/** 三公 as the seed lays it out: 预算数 | 决算数 across, each over 合计, 出国, 公车 (小计, 购置, 运维), 接待. */
function threePublic(): TableLayout {
  const items = ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"];
  const sub = [null, null, "小计", "公务用车购置费", "公务用车运行维护费", null];
  const rows: LayoutValue[][] = [
    ["预算数", null, null, null, null, null, "决算数", null, null, null, null, null],
    [...items, ...items],
    [...sub, ...sub],
    // the figures row has no caption of its own: zeros make it a row the reader sees (and 0 is true of an empty table)
    new Array<LayoutValue>(12).fill(0),
  ];
  const merges = [m(0, 0, 0, 5), m(0, 6, 0, 11)];
  for (const left of [0, 6]) merges.push(m(1, left, 2, left), m(1, left + 1, 2, left + 1), m(1, left + 2, 1, left + 4), m(1, left + 5, 2, left + 5));
  return { rows, merges, widths: new Array<number>(12).fill(13), headerRows: 3, inputs: [m(3, 0, 3, 11)] };
}

const T2 = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
const T3 = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

/** The layout of one standard table; `title` is the profile's (the empty-table note names it). */
export function tableLayout(kind: StandardKind, title: string): TableLayout {
  switch (kind) {
    case "summary":
      return summary();
    case "income":
      return coded(T2);
    case "expenditure":
      return coded(T3);
    case "fiscal-summary":
      return fiscalSummary();
    case "gpb-expenditure":
      return coded(["合计", "基本支出", "项目支出"], "本年支出");
    case "gpb-basic":
      return gpbBasic();
    case "gov-fund":
      return fundTable("政府性基金预算财政拨款", title);
    case "soe-capital":
      return fundTable("国有资本经营预算财政拨款", title);
    case "three-public":
      return threePublic();
  }
}
