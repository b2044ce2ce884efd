import { Decimal, sum, ZERO } from "../../numbers/decimal";
import type { Figure, TableKind } from "../../tables/types";
import { qualified } from "../../workbook/address";
import { ExplainTables, fiscalFigure, rowByCode, rowsAt, summaryFigure, totalRow, valueOf } from "../tables";
import type { ThreePublicPart } from "../items";

/** What a label in the text stands for in the tables. */
export interface Resolved {
  value: Decimal;
  /** where the figure is ("Sheet!A1"), empty for a sum or a 科目 the table lacks. */
  related: string[];
  table?: TableKind;
  /** the table's own name of the figure, for messages. */
  name: string;
  /** ExplainInputs key of the item, for 上年决算数 / 年初预算数. */
  key?: string;
  /** a 三公 part, whose budget and final both sit in T9. */
  threePublic?: ThreePublicPart;
}

function fromFigure(figure: Figure | undefined, table: TableKind, name: string, key?: string): Resolved | undefined {
  if (!figure) return undefined;
  return { value: figure.value, related: [qualified(figure.sheet, figure.cell)], table, name, key };
}

type Getter = (t: ExplainTables) => Resolved | undefined;

const t1 = (key: string, name: string, itemKey?: string): Getter => (t) => fromFigure(summaryFigure(t, key), "summary", name, itemKey);
const t4 = (key: string, name: string, itemKey?: string): Getter => (t) => fromFigure(fiscalFigure(t, key), "fiscal-summary", name, itemKey);
const coded = (pick: (t: ExplainTables) => ExplainTables["income"], kind: TableKind, column: string, name: string, itemKey?: string): Getter => (t) =>
  fromFigure(totalRow(pick(t))?.cells[column], kind, name, itemKey);
const income = (column: string, name: string) => coded((t) => t.income, "income", column, name);
const spend = (column: string, name: string) => coded((t) => t.expenditure, "expenditure", column, name);
const three = (part: ThreePublicPart, name: string): Getter => (t) => {
  const r = fromFigure(t.threePublic?.final[part], "three-public", name, `threePublic:${part}`);
  return r && { ...r, threePublic: part };
};
const perf = (pick: "annualBudget" | "executed", name: string): Getter => (t) => fromFigure(t.perfOverall?.funds.total?.[pick], "perf-overall", name);

/** Labels as the seed writes them; matched as a suffix of the label, longest first. */
const LABELS: [string, Getter][] = (
  [
    ["收入总计", t1("incomeGrandTotal", "收入总计", "overall")],
    ["本年收入合计", t1("incomeTotal", "本年收入合计")],
    ["使用非财政拨款结余(含专用结余)", t1("useNonFiscalBalance", "使用非财政拨款结余（含专用结余）")],
    ["年初结转和结余", t1("openingBalance", "年初结转和结余")],
    ["支出总计", t1("expenseGrandTotal", "支出总计")],
    ["本年支出合计", t1("expenseTotal", "本年支出合计")],
    ["结余分配", t1("balanceDistribution", "结余分配")],
    ["年末结转和结余", t1("closingBalance", "年末结转和结余")],
    ["本年收入", income("total", "本年收入合计")],
    ["财政拨款收入", income("fiscal", "财政拨款收入")],
    ["上级补助收入", income("superior", "上级补助收入")],
    ["事业收入", income("business", "事业收入")],
    ["经营收入", income("operating", "经营收入")],
    ["附属单位上缴收入", income("affiliated", "附属单位上缴收入")],
    ["其他收入", income("other", "其他收入")],
    ["本年支出", spend("total", "本年支出合计")],
    ["基本支出", spend("basic", "基本支出")],
    ["项目支出", spend("project", "项目支出")],
    ["上缴上级支出", spend("remitSuperior", "上缴上级支出")],
    ["经营支出", spend("operating", "经营支出")],
    ["对附属单位补助支出", spend("subsidiary", "对附属单位补助支出")],
    ["财政拨款收入总计", t4("incomeGrandTotal", "财政拨款收入总计")],
    ["年初财政拨款结转和结余", t4("openingBalance", "年初财政拨款结转和结余")],
    ["本年财政拨款收入", t4("incomeTotal", "本年财政拨款收入")],
    ["财政拨款支出总计", t4("expenseGrandTotal", "财政拨款支出总计", "fiscal")],
    ["年末财政拨款结转和结余", t4("closingBalance", "年末财政拨款结转和结余")],
    ["本年财政拨款支出", t4("expenseTotal", "本年财政拨款支出", "fiscal")],
    ["一般公共预算财政拨款支出", coded((t) => t.gpb, "gpb-expenditure", "total", "一般公共预算财政拨款支出", "gpb")],
    ["一般公共预算财政拨款基本支出", coded((t) => t.gpb, "gpb-expenditure", "basic", "一般公共预算财政拨款基本支出")],
    ["人员经费", (t) => fromFigure(t.basic?.personnelTotal, "gpb-basic", "人员经费")],
    ["公用经费", (t) => fromFigure(t.basic?.publicTotal, "gpb-basic", "公用经费")],
    ["机关运行经费支出", (t) => fromFigure(t.basic?.publicTotal, "gpb-basic", "机关运行经费（公用经费）", "operation")],
    ["机关运行经费", (t) => fromFigure(t.basic?.publicTotal, "gpb-basic", "机关运行经费（公用经费）", "operation")],
    ["三公经费支出", three("total", "“三公”经费合计")],
    ["三公经费", three("total", "“三公”经费合计")],
    ["因公出国(境)费支出", three("abroad", "因公出国（境）费")],
    ["因公出国(境)费", three("abroad", "因公出国（境）费")],
    ["公务用车购置及运行维护费支出", three("vehicleTotal", "公务用车购置及运行费")],
    ["公务用车购置及运行维护费", three("vehicleTotal", "公务用车购置及运行费")],
    ["公务用车购置及运行费", three("vehicleTotal", "公务用车购置及运行费")],
    ["公务用车购置费", three("vehiclePurchase", "公务用车购置费")],
    ["公务用车运行维护费", three("vehicleOperation", "公务用车运行维护费")],
    ["公务接待费支出", three("reception", "公务接待费")],
    ["公务接待费", three("reception", "公务接待费")],
    // other departments' wording of the same T9 figures
    ["因公出国(境)支出", three("abroad", "因公出国（境）费")],
    ["公务用车购置及运行费支出", three("vehicleTotal", "公务用车购置及运行费")],
    ["公务用车购置支出", three("vehiclePurchase", "公务用车购置费")],
    ["公务用车运行维护费用支出", three("vehicleOperation", "公务用车运行维护费")],
    ["公务用车运行维护支出", three("vehicleOperation", "公务用车运行维护费")],
    ["公务用车运行支出", three("vehicleOperation", "公务用车运行维护费")],
    ["单位收入", income("total", "本年收入合计")],
    ["一般公共预算财政拨款收入", t1("gpbIncome", "一般公共预算财政拨款收入")],
    ["政府性基金预算财政拨款收入", t1("govFundIncome", "政府性基金预算财政拨款收入")],
    ["国有资本经营预算财政拨款收入", t1("soeIncome", "国有资本经营预算财政拨款收入")],
    ["单位支出", spend("total", "本年支出合计")],
    ["全年预算总额", perf("annualBudget", "整体支出绩效自评表全年预算数合计")],
    ["实际执行总额", perf("executed", "整体支出绩效自评表全年执行数合计")],
  ] as [string, Getter][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * The figure a clause names in words, without an amount ("公务用车运行维护费支出决算比预算无增减变化，
 * 比去年增加1.05万元"): the label that ends last in `text`, longest first.
 */
export function namedSubject(t: ExplainTables, text: string, heading: string): { label: string; resolved: Resolved } | undefined {
  let best: { end: number; key: string; get: Getter } | undefined;
  for (const [key, get] of LABELS) {
    const at = text.lastIndexOf(key);
    if (at >= 0 && (!best || at + key.length > best.end)) best = { end: at + key.length, key, get };
  }
  const resolved = best && resolveLabel(t, best.key, heading);
  return best && resolved ? { label: best.key, resolved } : undefined;
}

/**
 * The table a section is about: 二 收入决算 quotes T2, 三 支出决算 quotes T3, the 财政拨款 sections (四 to
 * 八) quote T5; a 科目 named in 三 is a 支出决算表 figure, not the 一般公共预算 one.
 */
function sectionTable(t: ExplainTables, heading: string): { table: ExplainTables["gpb"]; kind: TableKind } {
  if (!/财政拨款/.test(heading)) {
    if (/支出决算情况/.test(heading) && t.expenditure) return { table: t.expenditure, kind: "expenditure" };
    if (/收入决算情况/.test(heading) && t.income) return { table: t.income, kind: "income" };
  }
  return { table: t.gpb, kind: "gpb-expenditure" };
}

/** 类 and 项 by name ("教育支出(类)", "教育支出(类)教育管理事务(款)行政运行(项)") in the section's table. */
function codedSubject(t: ExplainTables, label: string, heading: string): Resolved | undefined {
  const { table, kind } = sectionTable(t, heading);
  if (!table) return undefined;
  const item = /^(.+?)\(类\)(.+?)\(款\)(.+?)\(项\)$/.exec(label);
  if (item) {
    const [, cls, sec, name] = item;
    const row = rowsAt(table, "item").find((r) => r.name === name && rowByCode(table, r.code.slice(0, 3))?.name === cls && rowByCode(table, r.code.slice(0, 5))?.name === sec);
    const display = `${cls}(类)${sec}(款)${name}(项)`;
    if (!row) return { value: ZERO, related: [], table: kind, name: `${display}（表中无此科目，视为0）`, key: undefined };
    const r = fromFigure(row.cells.total, kind, display, `item:${row.code}`);
    return r ?? { value: ZERO, related: [], table: kind, name: display, key: `item:${row.code}` };
  }
  const cls = /^(.+?)\(类\)$/.exec(label);
  if (cls) {
    const row = rowsAt(table, "class").find((r) => r.name === cls[1]);
    if (!row) return { value: ZERO, related: [], table: kind, name: `${cls[1]}(类)（表中无此科目，视为0）` };
    return fromFigure(row.cells.total, kind, `${cls[1]}(类)`);
  }
  return undefined;
}

/** In the 一般公共预算财政拨款 sections, 基本支出/项目支出 are T5's columns, not T3's. */
function gpbColumn(t: ExplainTables, label: string, heading: string): Resolved | undefined {
  if (!/一般公共预算财政拨款/.test(heading) || !t.gpb) return undefined;
  if (label.endsWith("基本支出") && !label.endsWith("一般公共预算财政拨款基本支出")) return fromFigure(totalRow(t.gpb)?.cells.basic, "gpb-expenditure", "一般公共预算财政拨款基本支出");
  if (label.endsWith("项目支出")) return fromFigure(totalRow(t.gpb)?.cells.project, "gpb-expenditure", "一般公共预算财政拨款项目支出");
  return undefined;
}

/** The table figure a label names, or undefined when the label is not a figure the tables hold. */
export function resolveLabel(t: ExplainTables, label: string, heading: string, sentence = ""): Resolved | undefined {
  // 十一 预算绩效: "预算绩效评价项目16个，…全年执行数…" is the projects' sum; "我单位全年执行数" (the 整体表's
  // own text, when a whole document is checked) is the unit's total
  if (/预算绩效/.test(heading) && label === "全年执行数") {
    if (/项目/.test(sentence) && t.projects.length > 0) return projectSum(t, "executed");
    if (/单位|整体/.test(sentence)) return perf("executed", "整体支出绩效自评表全年执行数合计")(t);
  }
  const coded = codedSubject(t, label, heading) ?? gpbColumn(t, label, heading);
  if (coded) return coded;
  const hit = LABELS.find(([key]) => label.endsWith(key));
  return hit ? hit[1](t) : undefined;
}

/** Σ of the 项目支出绩效自评表 年度资金总额 column. */
export function projectSum(t: ExplainTables, pick: "annualBudget" | "executed"): Resolved {
  return {
    value: sum(t.projects.map((p) => valueOf(p.funds.total?.[pick]))),
    related: t.projects.map((p) => p.funds.total?.[pick]).filter((f): f is Figure => !!f).map((f) => qualified(f.sheet, f.cell)),
    table: "perf-project",
    name: pick === "executed" ? "各项目支出绩效自评表全年执行数之和" : "各项目支出绩效自评表全年预算数之和",
  };
}

/** The budget a subject's 年初/全年预算数 is checked against: T9 for 三公, the 整体表 本级资金 for 财政拨款. */
export function resolveBudget(t: ExplainTables, subject: Resolved | undefined, heading: string): Resolved | undefined {
  if (/预算绩效/.test(heading) && t.projects.length > 0) return projectSum(t, "annualBudget");
  if (subject?.threePublic) return fromFigure(t.threePublic?.budget[subject.threePublic], "three-public", `${subject.name}预算数`, subject.key);
  if (subject?.key === "fiscal" || subject?.key === "gpb") {
    return fromFigure(t.perfOverall?.funds.local?.initialBudget, "perf-overall", "整体支出绩效自评表本级资金年初预算数", subject.key);
  }
  return undefined;
}

/** Counts the text states: 整体支出绩效自评表N个, 预算绩效评价项目N个. */
export function resolveCount(t: ExplainTables, label: string): Resolved | undefined {
  if (label.endsWith("整体支出绩效自评表")) return { value: new Decimal(t.perfOverall ? 1 : 0), related: [], table: "perf-overall", name: "整体支出绩效自评表个数" };
  if (label.endsWith("预算绩效评价项目")) return { value: new Decimal(t.projects.length), related: [], table: "perf-project", name: "项目支出绩效自评表个数" };
  return undefined;
}
