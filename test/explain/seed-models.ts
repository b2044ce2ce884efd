/**
 * The seed's tables as models, built by hand from the seed's own figures (the nine public tables
 * are not printed in the seed; their figures are those its 第二部分 states, the 自评表 are printed).
 * Used until the sample workbook can be read with readXlsxFile + recognize.
 */
import { Decimal } from "../../src/numbers/decimal";
import { formatAmount } from "../../src/numbers/format";
import type {
  CodedRow,
  CodedTable,
  FiscalSummaryTable,
  Figure,
  GpbBasicTable,
  IndicatorRow,
  PerfOverallTable,
  PerfProjectTable,
  SummaryTable,
  TableModel,
  ThreePublicTable,
} from "../../src/tables/types";

export function fig(sheet: string, cell: string, value: string): Figure {
  return { sheet, cell, value: new Decimal(value), text: formatAmount(value), decimals: 2, blank: false };
}
const base = (kind: TableModel["kind"], sheet: string, title: string) => ({ kind, sheet, range: "A1:H40", title, unit: "万元" as const, problems: [] });

function coded(
  kind: CodedTable["kind"],
  sheet: string,
  columns: string[],
  rows: [string, string, ...string[]][],
): CodedTable {
  const letters = "CDEFGHIJ";
  const built: CodedRow[] = rows.map(([code, name, ...values], i) => {
    const row = 6 + i;
    const cells: Record<string, Figure> = {};
    columns.forEach((c, j) => (cells[c] = fig(sheet, `${letters[j]}${row + 1}`, values[j] ?? "0")));
    const level = code === "" ? "total" : code.length === 3 ? "class" : code.length === 5 ? "section" : "item";
    return { code, level, name, row, cells } as CodedRow;
  });
  return { ...base(kind, sheet, sheet), kind, columns, rows: built, total: built.find((r) => r.level === "total") } as CodedTable;
}

const T1 = "01收入支出决算总表";
export function summary(): SummaryTable {
  const lines: Record<string, [number, string]> = {
    gpbIncome: [6, "2349.21"], govFundIncome: [7, "0"], soeIncome: [8, "0"], superiorSubsidy: [9, "0"], businessIncome: [10, "0"],
    operatingIncome: [11, "0"], affiliatedIncome: [12, "0"], otherIncome: [13, "563.65"], incomeTotal: [20, "2912.86"],
    useNonFiscalBalance: [21, "0"], openingBalance: [22, "58.00"], incomeGrandTotal: [25, "2970.86"],
  };
  const expense: Record<string, [number, string]> = {
    expenseTotal: [20, "2902.41"], balanceDistribution: [21, "0"], closingBalance: [22, "68.45"], expenseGrandTotal: [25, "2970.86"],
  };
  const out: SummaryTable["lines"] = {};
  for (const [k, [row, v]] of Object.entries(lines)) out[k] = { label: k, row, cells: { amount: fig(T1, `C${row + 1}`, v) } };
  for (const [k, [row, v]] of Object.entries(expense)) out[k] = { label: k, row, cells: { amount: fig(T1, `F${row + 1}`, v) } };
  return { ...base("summary", T1, "收入支出决算总表"), kind: "summary", lines: out, classes: [] };
}

export function income(): CodedTable {
  return coded("income", "02收入决算表", ["total", "fiscal", "superior", "business", "operating", "affiliated", "other"], [
    ["", "合计", "2912.86", "2349.21", "0", "0", "0", "0", "563.65"],
  ]);
}
export function expenditure(): CodedTable {
  return coded("expenditure", "03支出决算表", ["total", "basic", "project", "remitSuperior", "operating", "subsidiary"], [
    ["", "合计", "2902.41", "1495.90", "1406.51", "0", "0", "0"],
  ]);
}

const T4 = "04财政拨款收入支出决算总表";
export function fiscal(): FiscalSummaryTable {
  const line = (row: number, amount: string) => ({ label: "", row, cells: { amount: fig(T4, `B${row + 1}`, amount), total: fig(T4, `D${row + 1}`, amount) } });
  return {
    ...base("fiscal-summary", T4, "财政拨款收入支出决算总表"),
    kind: "fiscal-summary",
    lines: {
      gpbIncome: line(6, "2349.21"), govFundIncome: line(7, "0"), soeIncome: line(8, "0"), incomeTotal: line(20, "2349.21"),
      openingBalance: line(21, "0"), closingBalance: line(22, "0"), expenseTotal: line(20, "2349.21"),
      incomeGrandTotal: line(25, "2349.21"), expenseGrandTotal: line(25, "2349.21"),
    },
    classes: [],
  };
}

export function gpb(): CodedTable {
  return coded("gpb-expenditure", "05一般公共预算财政拨款支出决算表", ["total", "basic", "project"], [
    ["", "合计", "2349.21", "1196.98", "1152.23"],
    ["205", "教育支出", "1537.21", "1196.98", "340.23"],
    ["20501", "教育管理事务", "1537.20", "1196.98", "340.22"],
    ["2050101", "行政运行", "1196.98", "1196.98", "0"],
    ["2050102", "一般行政管理事务", "340.22", "0", "340.22"],
    ["212", "城乡社区支出", "799.00", "0", "799.00"],
    ["21299", "其他城乡社区支出", "799.00", "0", "799.00"],
    ["2129999", "其他城乡社区支出", "799.00", "0", "799.00"],
    ["224", "灾害防治及应急管理支出", "3.00", "0", "3.00"],
    ["22401", "应急管理事务", "3.00", "0", "3.00"],
    ["2240199", "其他应急管理支出", "3.00", "0", "3.00"],
    ["229", "其他支出", "10.00", "0", "10.00"],
    ["22999", "其他支出", "10.00", "0", "10.00"],
    ["2299999", "其他支出", "10.00", "0", "10.00"],
  ]);
}

const T6 = "06一般公共预算财政拨款基本支出决算表";
export function basic(): GpbBasicTable {
  const rows = (list: [string, string, string][], col: string): CodedRow[] =>
    list.map(([code, name, v], i) => ({ code, level: code.length === 3 ? "class" : "section", name, row: 6 + i, cells: { amount: fig(T6, `${col}${7 + i}`, v) } }) as CodedRow);
  const personnel = rows([
    ["301", "工资福利支出", "950.00"], ["30101", "基本工资", "200"], ["30102", "津贴补贴", "300"], ["30103", "奖金", "20"], ["30106", "伙食补助费", "0"],
    ["30107", "绩效工资", "100"], ["30108", "机关事业单位基本养老保险缴费", "90"], ["30109", "职业年金缴费", "40"], ["30110", "职工基本医疗保险缴费", "50"],
    ["30111", "公务员医疗补助缴费", "20"], ["30112", "其他社会保障缴费", "5"], ["30113", "住房公积金", "90"], ["30199", "其他工资福利支出", "35"],
    ["303", "对个人和家庭的补助", "132.40"], ["30301", "离休费", "30"], ["30302", "退休费", "80"], ["30304", "抚恤金", "10"], ["30305", "生活补助", "10"], ["30309", "奖励金", "2.40"],
  ], "C");
  const publicFunds = rows([
    ["302", "商品和服务支出", "114.59"], ["30201", "办公费", "30"], ["30202", "印刷费", "2"], ["30205", "水费", "2"], ["30206", "电费", "8"], ["30207", "邮电费", "3"],
    ["30208", "取暖费", "12"], ["30209", "物业管理费", "10"], ["30211", "差旅费", "10"], ["30213", "维修（护）费", "3"], ["30217", "公务接待费", "0.59"],
    ["30226", "劳务费", "5"], ["30228", "工会经费", "6"], ["30229", "福利费", "4"], ["30231", "公务用车运行维护费", "13.99"], ["30239", "其他交通费用", "3"], ["30299", "其他商品和服务支出", "2.01"],
    ["310", "资本性支出", "0"], ["31002", "办公设备购置", "0"],
  ], "F");
  return {
    ...base("gpb-basic", T6, "一般公共预算财政拨款基本支出决算表"),
    kind: "gpb-basic", personnel, publicFunds,
    personnelTotal: fig(T6, "C40", "1082.40"), publicTotal: fig(T6, "F40", "114.59"),
  };
}

export function emptyFund(kind: "gov-fund" | "soe-capital", sheet: string): CodedTable {
  return coded(kind, sheet, ["opening", "income", "expenseTotal", "expenseBasic", "expenseProject", "closing"], [["", "合计", "0", "0", "0", "0", "0", "0"]]);
}

const T9 = "09财政拨款三公经费支出决算表";
export function threePublic(): ThreePublicTable {
  const f = (col: string, v: [string, string, string, string, string, string]) => ({
    total: fig(T9, `${col}7`, v[0]), abroad: fig(T9, `${col}8`, v[1]), vehicleTotal: fig(T9, `${col}9`, v[2]),
    vehiclePurchase: fig(T9, `${col}10`, v[3]), vehicleOperation: fig(T9, `${col}11`, v[4]), reception: fig(T9, `${col}12`, v[5]),
  });
  return {
    ...base("three-public", T9, "财政拨款“三公”经费支出决算表"), kind: "three-public",
    budget: f("B", ["15.50", "0", "14.00", "0", "14.00", "1.50"]),
    final: f("C", ["14.58", "0", "13.99", "0", "13.99", "0.59"]),
  };
}

const PO = "整体支出绩效自评表";
export function perfOverall(): PerfOverallTable {
  const fund = (label: string, row: number, v: [string, string, string]) => ({
    label, row, initialBudget: fig(PO, `C${row + 1}`, v[0]), annualBudget: fig(PO, `D${row + 1}`, v[1]), executed: fig(PO, `E${row + 1}`, v[2]),
  });
  return {
    ...base("perf-overall", PO, "单位整体支出绩效自评表"), kind: "perf-overall",
    funds: {
      superior: fund("上级资金", 5, ["0", "0", "0"]), local: fund("本级资金", 6, ["1326.66", "2350.27", "2349.21"]),
      other: fund("其他资金", 7, ["610.98", "621.65", "553.20"]), total: fund("合计", 8, ["1937.64", "2971.92", "2902.41"]),
    },
    indicators: [],
  };
}

/** The 16 projects' 年度资金总额 rows as printed in the seed. */
export const SEED_PROJECTS: [string, string, string, string][] = [
  ["2022年安全生产奖金", "0.98", "0.98", "0.98"], ["2023年安全生产奖", "3.00", "3.00", "3.00"],
  ["学生体卫艺科劳研学工作经费", "95.00", "95.00", "94.20"], ["州教育局项目前期费", "3.60", "3.60", "3.60"],
  ["昌吉州教育局2024年驻村工作补助经费", "10.00", "10.00", "10.00"], ["昌吉州教育局中小学普通教室护眼灯安装改造项目经费", "799.00", "799.00", "799.00"],
  ["昌吉州教育局庭州名师育才专项行动经费", "2.00", "2.00", "2.00"], ["昌吉州教育局教师职称评审经费", "10.00", "10.00", "10.00"],
  ["昌吉州教育局教师能力提升培训经费", "77.83", "77.83", "77.83"], ["昌吉州教育局教师队伍建设经费", "124.00", "117.75", "117.75"],
  ["昌吉州教育局教育督导专项经费", "20.00", "19.87", "19.87"], ["昌吉州教育局教育系统关心下一代工作委员会工作经费", "10.00", "9.40", "9.40"],
  ["昌吉州教育局机关运行保障经费", "610.00", "367.36", "367.36"], ["昌吉州教育局机关运行补助经费", "24.50", "29.16", "29.16"],
  ["昌吉州语言文字工作经费", "10.00", "8.68", "8.68"], ["职业教育工作经费", "6.00", "5.82", "5.82"],
];

const PP = "项目支出绩效自评表";
export function projects(): PerfProjectTable[] {
  return SEED_PROJECTS.map(([name, initial, annual, executed], i) => {
    const top = i * 40;
    const indicators: IndicatorRow[] = [];
    if (i === 1) {
      const text = (cell: string, t: string) => ({ sheet: PP, cell, text: t });
      indicators.push({
        row: top + 20, level1: "产出指标", level2: "质量指标", name: text(`C${top + 21}`, "提高安全生产意识"), weight: fig(PP, `D${top + 21}`, "10"),
        target: text(`E${top + 21}`, ">=95%"), actual: text(`F${top + 21}`, "=100%"), rate: { ...fig(PP, `G${top + 21}`, "1.0526"), text: "105.26%" },
        score: fig(PP, `H${top + 21}`, "9.47"), rule: text(`K${top + 21}`, "按照完成比例赋分"),
        deviation: text(`M${top + 21}`, "年初对提高安全生产意识估算比较保守，目标设置也不够合理，导致出现偏差。"),
      });
      indicators.push({
        row: top + 21, level1: "产出指标", level2: "数量指标", name: text(`C${top + 22}`, "奖励人数"), weight: fig(PP, `D${top + 22}`, "10"),
        target: text(`E${top + 22}`, ">=3人"), actual: text(`F${top + 22}`, "=3人"), rate: { ...fig(PP, `G${top + 22}`, "1"), text: "100.00%" },
        score: fig(PP, `H${top + 22}`, "10"),
      });
    }
    return {
      ...base("perf-project", PP, "项目支出绩效自评表"), range: `A${top + 1}:M${top + 40}`, kind: "perf-project",
      projectName: { sheet: PP, cell: `B${top + 3}`, text: name },
      funds: { total: { label: "年度资金总额", row: top + 6, initialBudget: fig(PP, `C${top + 7}`, initial), annualBudget: fig(PP, `D${top + 7}`, annual), executed: fig(PP, `E${top + 7}`, executed) } },
      indicators,
    } as PerfProjectTable;
  });
}

export function seedTables(): TableModel[] {
  return [
    summary(), income(), expenditure(), fiscal(), gpb(), basic(),
    emptyFund("gov-fund", "07政府性基金预算财政拨款收入支出决算表"), emptyFund("soe-capital", "08国有资本经营预算财政拨款收入支出决算表"),
    threePublic(), perfOverall(), ...projects(),
  ];
}
