import type { WorkbookFacts } from "./workbook-facts";
import type { Decimal } from "../numbers/decimal";

export type TableKind =
  | "summary"
  | "income"
  | "expenditure"
  | "fiscal-summary"
  | "gpb-expenditure"
  | "gpb-basic"
  | "gov-fund"
  | "soe-capital"
  | "three-public"
  | "perf-overall"
  | "perf-project";

/** Where a figure stands: sheet name and A1 address. */
export interface Place {
  sheet: string;
  cell: string;
}

/** An amount or rate read from one cell, normalized to 万元 (rates stay ratios). */
export interface Figure extends Place {
  value: Decimal;
  /** the cell's text as the accountant sees it ("1,196.98", "97.66%", "" for blank). */
  text: string;
  /** displayed precision in the figure's normalized unit: 2 for 万元 tables, 6 for 元 tables. */
  decimals: number;
  /** the cell was blank, "—" or "-" (read as zero). */
  blank: boolean;
}

/** A text cell (indicator target, rule label, project name). */
export interface TextCell extends Place {
  text: string;
}

export interface TableBase {
  kind: TableKind;
  sheet: string;
  /** A1 range the table occupies, title row to last data row. */
  range: string;
  /** the title as written. */
  title: string;
  /** 金额单位 as written; figures are normalized to 万元 whatever it says. */
  unit: "万元" | "元";
  /** reading problems that did not stop recognition (an unparseable cell, a missing column). */
  problems: TableProblem[];
  /** the 年度 written in the heading rows (title, 部门 line), when any. */
  year?: number;
  /** the 公开NN number written in the heading rows, when any. */
  number?: number;
  /** stated 占比 / 差异率 / 完成率 cells found in the table, with their operands (see ratios.ts). */
  ratios?: StatedRatio[];
  /** read with rows and columns swapped (items across columns, captions down rows; see transpose.ts). */
  transposed?: true;
}

/** A stated rate and the two figures it is computed from. */
export interface StatedRatio {
  /** share = part / whole; variance = (决算 − 预算) / 预算; completion = 决算 / 预算. */
  kind: "share" | "variance" | "completion";
  stated: Figure;
  /** share: [part, whole]; variance and completion: [决算, 预算]. */
  operands: [Figure, Figure];
}

export interface TableProblem extends Place {
  /** Chinese, then English. */
  message: string;
  /** the cell holds a cached error value (#DIV/0!, #REF!…): the figure is absent. */
  error?: string;
}

/** 科目 level by code length: 类 3 digits, 款 5, 项 7; total is the 合计 row. */
export type CodeLevel = "total" | "class" | "section" | "item";

export interface CodedRow {
  /** "" for the 合计 row, else "205", "20501", "2050101" (joined when split in 类/款/项 columns). */
  code: string;
  level: CodeLevel;
  /** 科目名称 trimmed of indentation. */
  name: string;
  /** absolute 0-based row as the table is read (a transposed table's rows are sheet columns; figures carry real cells). */
  row: number;
  /** figures by column key; a column the table lacks is absent. */
  cells: Partial<Record<string, Figure>>;
}

/** T2 income, T3 expenditure, T5 gpb-expenditure, T7 gov-fund, T8 soe-capital: coded rows × columns. */
export interface CodedTable extends TableBase {
  kind: "income" | "expenditure" | "gpb-expenditure" | "gov-fund" | "soe-capital";
  /** column keys found, in sheet order (see COLUMN_KEYS). */
  columns: string[];
  rows: CodedRow[];
  /** the 合计 row, when present. */
  total?: CodedRow;
  /** a note written under or beside the table (T7/T8 空表 note: 本单位本年度无…，…决算表为空表。). */
  note?: TextCell;
}

/** Column keys per coded table kind (the model contract shared by recognizers and rules). */
export const COLUMN_KEYS = {
  income: ["total", "fiscal", "superior", "business", "operating", "affiliated", "other"],
  expenditure: ["total", "basic", "project", "remitSuperior", "operating", "subsidiary"],
  "gpb-expenditure": ["total", "basic", "project"],
  "gov-fund": ["opening", "income", "expenseTotal", "expenseBasic", "expenseProject", "closing"],
  "soe-capital": ["opening", "income", "expenseTotal", "expenseBasic", "expenseProject", "closing"],
} as const;

/** A labelled line of a summary table (T1, T4): label as written plus its figures. */
export interface SummaryLine {
  label: string;
  /** for expense 类 lines: the 类 name normalized ("教育支出"), and code when written. */
  className?: string;
  code?: string;
  row: number;
  /** T1: { amount }; T4 expense side: { total, gpb, govFund, soe }. */
  cells: Partial<Record<string, Figure>>;
}

/**
 * T1 收入支出决算总表. Line keys:
 * income: gpbIncome 一般公共预算财政拨款收入, govFundIncome, soeIncome, superiorSubsidy 上级补助收入,
 * businessIncome 事业收入, operatingIncome 经营收入, affiliatedIncome 附属单位上缴收入, otherIncome 其他收入,
 * incomeTotal 本年收入合计, useNonFiscalBalance 使用非财政拨款结余（含专用结余）, openingBalance 年初结转和结余,
 * incomeGrandTotal 总计;
 * expense: expenseTotal 本年支出合计, balanceDistribution 结余分配, closingBalance 年末结转和结余,
 * expenseGrandTotal 总计. Each line's figure is cells.amount.
 */
export interface SummaryTable extends TableBase {
  kind: "summary";
  lines: Partial<Record<string, SummaryLine>>;
  /** expense 类 lines (一般公共服务支出, 教育支出, …) in sheet order. */
  classes: SummaryLine[];
}

/**
 * T4 财政拨款收入支出决算总表. Income line keys (cells.amount): gpbIncome, govFundIncome, soeIncome,
 * incomeTotal 本年收入合计, openingBalance 年初财政拨款结转和结余 (cells.total/gpb/govFund/soe when split,
 * else amount), incomeGrandTotal 总计.
 * Expense line keys (cells.total|gpb|govFund|soe): expenseTotal 本年支出合计, closingBalance 年末财政拨款结转和结余,
 * expenseGrandTotal 总计.
 */
export interface FiscalSummaryTable extends TableBase {
  kind: "fiscal-summary";
  lines: Partial<Record<string, SummaryLine>>;
  classes: SummaryLine[];
}

/** T6 一般公共预算财政拨款基本支出决算表: 人员经费 and 公用经费 panels of economic codes. */
export interface GpbBasicTable extends TableBase {
  kind: "gpb-basic";
  /** 301, 30101, … 303 … rows of the 人员经费 panel. */
  personnel: CodedRow[];
  /** 302, 30201, … 310 … (307, 399) rows of the 公用经费 panel. */
  publicFunds: CodedRow[];
  /** 人员经费合计 / 公用经费合计 figures (cells.amount). */
  personnelTotal?: Figure;
  publicTotal?: Figure;
  /** 机关运行经费 when the sheet shows it (行政/参公 units); optional. */
  operatingCost?: Figure;
  /** figures of each row are under cells.amount. */
}

/** T9 三公 keys: total 合计, abroad 因公出国（境）费, vehicleTotal 公务用车购置及运行费小计,
 * vehiclePurchase 公务用车购置费, vehicleOperation 公务用车运行维护费, reception 公务接待费. */
export const THREE_PUBLIC_KEYS = ["total", "abroad", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "reception"] as const;
export type ThreePublicKey = (typeof THREE_PUBLIC_KEYS)[number];

export interface ThreePublicTable extends TableBase {
  kind: "three-public";
  budget: Partial<Record<ThreePublicKey, Figure>>;
  final: Partial<Record<ThreePublicKey, Figure>>;
}

/** One funding row of a 绩效自评表 (年度资金总额 / 当年财政拨款 / 其他资金; 上级/本级/其他/合计). */
export interface FundRow {
  label: string;
  row: number;
  initialBudget?: Figure; // 年初预算数
  annualBudget?: Figure; // 全年预算数
  executed?: Figure; // 全年执行数
  weight?: Figure; // 分值 / 分值权重
  rate?: Figure; // 执行率 as stated (ratio)
  score?: Figure; // 得分 as stated
}

export interface IndicatorRow {
  row: number;
  level1: string; // 一级指标, carried down from merged cells
  level2: string;
  name: TextCell; // 三级指标
  weight?: Figure;
  target: TextCell; // 目标值 / 预期指标值
  actual: TextCell; // 业绩值 / 实际完成指标值
  rate?: Figure; // 完成率 as stated (project table only)
  score?: Figure; // 指标得分 / 得分 as stated
  rule?: TextCell; // 赋分规则 (project table only)
  deviation?: TextCell; // 偏差原因分析及改进措施 (project table only)
  basis?: TextCell; // 指标值设定依据 (addition)
  previous?: TextCell; // 上年完成情况 (project table only; addition)
  evidence?: TextCell; // 佐证资料 (project table only; addition)
}

/** 项目支出绩效自评表, one per project (often 16 stacked in one sheet). */
export interface PerfProjectTable extends TableBase {
  kind: "perf-project";
  projectName: TextCell;
  funds: { total?: FundRow; fiscal?: FundRow; other?: FundRow };
  indicators: IndicatorRow[];
  /** 总分 as stated ("99.47分"). */
  totalScore?: Figure;
}

/** 整体支出绩效自评表. */
export interface PerfOverallTable extends TableBase {
  kind: "perf-overall";
  unitName?: TextCell;
  funds: { superior?: FundRow; local?: FundRow; other?: FundRow; total?: FundRow };
  indicators: IndicatorRow[];
  totalScore?: Figure;
}

export type TableModel =
  | SummaryTable
  | CodedTable
  | FiscalSummaryTable
  | GpbBasicTable
  | ThreePublicTable
  | PerfProjectTable
  | PerfOverallTable;

/** Something that looks like a standard table but could not be read. */
export interface Unrecognized extends Place {
  kind: TableKind;
  title: string;
  /** Chinese, then English. */
  reason: string;
}

export interface Recognition {
  tables: TableModel[];
  unrecognized: Unrecognized[];
  /** unit, year, notes and formatting read outside the tables (absent when built by hand). */
  facts?: WorkbookFacts;
}
