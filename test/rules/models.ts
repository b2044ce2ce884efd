/** Minimal table models for rule tests, built directly (no recognizer). Cells follow a fixed layout. */
import { Decimal } from "../../src/numbers/decimal";
import { toA1 } from "../../src/workbook/address";
import type {
  CodedRow,
  CodedTable,
  Figure,
  FiscalSummaryTable,
  FundRow,
  GpbBasicTable,
  IndicatorRow,
  PerfOverallTable,
  PerfProjectTable,
  SummaryLine,
  SummaryTable,
  TextCell,
  ThreePublicKey,
  ThreePublicTable,
} from "../../src/tables/types";
import { COLUMN_KEYS } from "../../src/tables/types";

export type Amount = string | number | null;

/** A figure: null → blank cell (zero); "97.66%" → a ratio; decimals 2 by default. */
export function fig(value: Amount, sheet: string, row: number, col: number, decimals = 2): Figure {
  const blank = value === null;
  let v: Decimal;
  let text = blank ? "" : String(value);
  if (typeof value === "string" && value.endsWith("%")) v = new Decimal(value.slice(0, -1).replace(/,/g, "")).div(100);
  else v = new Decimal(blank ? 0 : String(value).replace(/,/g, ""));
  if (typeof value === "number") text = String(value);
  return { sheet, cell: toA1(row, col), value: v, text, decimals, blank };
}

export function text(value: string, sheet: string, row: number, col: number): TextCell {
  return { sheet, cell: toA1(row, col), text: value };
}

const base = (sheet: string, title: string) => ({ sheet, range: "A1:H40", title, unit: "万元" as const, problems: [] });

function levelOf(code: string): CodedRow["level"] {
  return code === "" ? "total" : code.length === 3 ? "class" : code.length === 5 ? "section" : "item";
}

/**
 * A coded table: each row is [code, name, ...values in the kind's column order]; code "" is 合计.
 * Row i sits on sheet row 5 + i (A1 row 6 + i); values from column C.
 */
export function coded(kind: CodedTable["kind"], rows: [string, string, ...Amount[]][], sheet = kind): CodedTable {
  const columns = [...COLUMN_KEYS[kind]];
  const built: CodedRow[] = rows.map(([code, name, ...values], i) => {
    const row = 5 + i;
    const cells: Record<string, Figure> = {};
    values.forEach((v, j) => {
      if (v !== undefined) cells[columns[j]] = fig(v, sheet, row, 2 + j);
    });
    return { code, level: levelOf(code), name, row, cells };
  });
  return { kind, ...base(sheet, kind), columns, rows: built, total: built.find((r) => r.level === "total") };
}

/** Summary-table lines: key → amount (column B); classes after them. Line i on sheet row 5 + i. */
export function summary(lines: Record<string, Amount>, classes: [string, Amount][] = [], sheet = "T1"): SummaryTable {
  const model: SummaryTable = { kind: "summary", ...base(sheet, "收入支出决算总表"), lines: {}, classes: [] };
  let row = 5;
  for (const [key, v] of Object.entries(lines)) {
    model.lines[key] = { label: key, row, cells: { amount: fig(v, sheet, row, 1) } };
    row++;
  }
  for (const [name, v] of classes) {
    model.classes.push({ label: name, className: name, row, cells: { amount: fig(v, sheet, row, 1) } });
    row++;
  }
  return model;
}

/** T4 line cells: a single amount or [total, gpb, govFund, soe] (columns B–E). */
export type FiscalCells = Amount | [Amount, Amount, Amount, Amount];

function fiscalLine(label: string, cells: FiscalCells, sheet: string, row: number, className?: string): SummaryLine {
  if (!Array.isArray(cells)) return { label, className, row, cells: { amount: fig(cells, sheet, row, 1) } };
  const [total, gpb, govFund, soe] = cells.map((v, j) => fig(v, sheet, row, 1 + j));
  return { label, className, row, cells: { total, gpb, govFund, soe } };
}

export function fiscal(lines: Record<string, FiscalCells>, classes: [string, FiscalCells][] = [], sheet = "T4"): FiscalSummaryTable {
  const model: FiscalSummaryTable = { kind: "fiscal-summary", ...base(sheet, "财政拨款收入支出决算总表"), lines: {}, classes: [] };
  let row = 5;
  for (const [key, cells] of Object.entries(lines)) model.lines[key] = fiscalLine(key, cells, sheet, row++);
  for (const [name, cells] of classes) model.classes.push(fiscalLine(name, cells, sheet, row++, name));
  return model;
}

/** T6: personnel rows then public rows ([code, name, amount], column C from row 6), totals in column F. */
export function gpbBasic(
  personnel: [string, string, Amount][],
  publicFunds: [string, string, Amount][],
  totals: { personnel?: Amount; public?: Amount; operatingCost?: Amount } = {},
  sheet = "T6",
): GpbBasicTable {
  let row = 5;
  const make = ([code, name, v]: [string, string, Amount]): CodedRow => {
    const r = row++;
    return { code, level: code.length === 3 ? "class" : "section", name, row: r, cells: { amount: fig(v, sheet, r, 2) } };
  };
  const model: GpbBasicTable = {
    kind: "gpb-basic",
    ...base(sheet, "一般公共预算财政拨款基本支出决算表"),
    personnel: personnel.map(make),
    publicFunds: publicFunds.map(make),
  };
  if (totals.personnel !== undefined) model.personnelTotal = fig(totals.personnel, sheet, 40, 2);
  if (totals.public !== undefined) model.publicTotal = fig(totals.public, sheet, 40, 5);
  if (totals.operatingCost !== undefined) model.operatingCost = fig(totals.operatingCost, sheet, 41, 5);
  return model;
}

/** T9: budget on row 7, final on row 8, keys in THREE_PUBLIC_KEYS order from column A. */
export function threePublic(budget: Amount[], final: Amount[], sheet = "T9"): ThreePublicTable {
  const keys: ThreePublicKey[] = ["total", "abroad", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "reception"];
  const side = (values: Amount[], row: number) =>
    Object.fromEntries(values.map((v, j) => [keys[j], fig(v, sheet, row, j)])) as Partial<Record<ThreePublicKey, Figure>>;
  return { kind: "three-public", ...base(sheet, "财政拨款“三公”经费支出决算表"), budget: side(budget, 6), final: side(final, 7) };
}

/** [年初, 全年预算, 全年执行, 分值, 执行率, 得分] in columns C–H; null/undefined entries absent. */
export type FundValues = (Amount | undefined)[];

export function fundRow(label: string, values: FundValues, sheet: string, row: number): FundRow {
  const keys = ["initialBudget", "annualBudget", "executed", "weight", "rate", "score"] as const;
  const out: FundRow = { label, row };
  values.forEach((v, j) => {
    if (v !== undefined) out[keys[j]] = fig(v, sheet, row, 2 + j);
  });
  return out;
}

export interface IndicatorSpec {
  level1?: string;
  level2?: string;
  name?: string;
  weight: Amount;
  target: string;
  actual: string;
  rate?: Amount;
  score?: Amount;
  rule?: string;
  deviation?: string;
}

/** Indicator rows from sheet row `start`: 权重 D, 目标值 E, 业绩值 F, 完成率 G, 得分 H, 赋分规则 K, 偏差 M. */
export function indicators(specs: IndicatorSpec[], sheet: string, start: number): IndicatorRow[] {
  return specs.map((s, i) => {
    const row = start + i;
    const r: IndicatorRow = {
      row,
      level1: s.level1 ?? "产出指标",
      level2: s.level2 ?? "数量指标",
      name: text(s.name ?? `指标${i + 1}`, sheet, row, 2),
      weight: fig(s.weight, sheet, row, 3, 0),
      target: text(s.target, sheet, row, 4),
      actual: text(s.actual, sheet, row, 5),
    };
    if (s.rate !== undefined) r.rate = fig(s.rate, sheet, row, 6, 4);
    if (s.score !== undefined) r.score = fig(s.score, sheet, row, 7);
    if (s.rule !== undefined) r.rule = text(s.rule, sheet, row, 10);
    if (s.deviation !== undefined) r.deviation = text(s.deviation, sheet, row, 12);
    return r;
  });
}

/** A project table: funds on rows 5–7 (A1 6–8), indicators from row 10, 总分 on F30. */
export function project(
  spec: { name?: string; total?: FundValues; fiscal?: FundValues; other?: FundValues; indicators?: IndicatorSpec[]; totalScore?: Amount },
  sheet = "项目",
): PerfProjectTable {
  const funds: PerfProjectTable["funds"] = {};
  if (spec.total) funds.total = fundRow("年度资金总额", spec.total, sheet, 5);
  if (spec.fiscal) funds.fiscal = fundRow("其中：当年财政拨款", spec.fiscal, sheet, 6);
  if (spec.other) funds.other = fundRow("其他资金", spec.other, sheet, 7);
  const model: PerfProjectTable = {
    kind: "perf-project",
    ...base(sheet, "项目支出绩效自评表"),
    projectName: text(spec.name ?? "测试项目", sheet, 2, 1),
    funds,
    indicators: indicators(spec.indicators ?? [], sheet, 10),
  };
  if (spec.totalScore !== undefined) model.totalScore = fig(spec.totalScore, sheet, 29, 5);
  return model;
}

/** The overall table: 上级/本级/其他/合计 on rows 5–8, indicators from row 12, 总分 on F30. */
export function overall(
  spec: { superior?: FundValues; local?: FundValues; other?: FundValues; total?: FundValues; indicators?: IndicatorSpec[]; totalScore?: Amount },
  sheet = "整体",
): PerfOverallTable {
  const funds: PerfOverallTable["funds"] = {};
  if (spec.superior) funds.superior = fundRow("上级资金", spec.superior, sheet, 5);
  if (spec.local) funds.local = fundRow("本级资金", spec.local, sheet, 6);
  if (spec.other) funds.other = fundRow("其他资金", spec.other, sheet, 7);
  if (spec.total) funds.total = fundRow("合计", spec.total, sheet, 8);
  const model: PerfOverallTable = {
    kind: "perf-overall",
    ...base(sheet, "整体支出绩效自评表"),
    funds,
    indicators: indicators(spec.indicators ?? [], sheet, 12),
  };
  if (spec.totalScore !== undefined) model.totalScore = fig(spec.totalScore, sheet, 29, 5);
  return model;
}
