/**
 * The figures of the sample workbook: 昌吉回族自治州教育局 2024 年度部门决算 (seed
 * 000_dfa22dd2bb6962f3.txt). Amounts are 万元 strings with 2 decimals so they stay exact.
 * Figures the seed publishes are marked "seed"; everything else is invented consistently and
 * listed with its reason in examples/README.md. Layout lives in build-sample.ts.
 */
export { PERF_TABLES } from "./sample-perf-data";

export const UNIT_NAME = "昌吉回族自治州教育局";
export const YEAR = 2024;

/** A labelled amount (T1, T4 lines). */
export interface AmountLine {
  label: string;
  amount: string;
}

/** A 功能分类 类 as listed on the expense side of T1 and T4 (zero classes are listed too). */
export interface ClassLine {
  code: string;
  name: string;
}

/** The 类 rows of the T1/T4 expense side, in the order of the 2024 功能分类. */
export const EXPENSE_CLASSES: ClassLine[] = [
  { code: "201", name: "一般公共服务支出" },
  { code: "202", name: "外交支出" },
  { code: "203", name: "国防支出" },
  { code: "204", name: "公共安全支出" },
  { code: "205", name: "教育支出" },
  { code: "206", name: "科学技术支出" },
  { code: "207", name: "文化旅游体育与传媒支出" },
  { code: "208", name: "社会保障和就业支出" },
  { code: "210", name: "卫生健康支出" },
  { code: "211", name: "节能环保支出" },
  { code: "212", name: "城乡社区支出" },
  { code: "213", name: "农林水支出" },
  { code: "214", name: "交通运输支出" },
  { code: "215", name: "资源勘探工业信息等支出" },
  { code: "216", name: "商业服务业等支出" },
  { code: "217", name: "金融支出" },
  { code: "219", name: "援助其他地区支出" },
  { code: "220", name: "自然资源海洋气象等支出" },
  { code: "221", name: "住房保障支出" },
  { code: "222", name: "粮油物资储备支出" },
  { code: "224", name: "灾害防治及应急管理支出" },
  { code: "229", name: "其他支出" },
];

/** T1 收入支出决算总表 (all figures are seed or follow from seed figures). */
export const SUMMARY = {
  income: [
    { label: "一般公共预算财政拨款收入", amount: "2349.21" }, // seed 财政拨款收入
    { label: "政府性基金预算财政拨款收入", amount: "0.00" }, // seed (T7 empty)
    { label: "国有资本经营预算财政拨款收入", amount: "0.00" }, // seed (T8 empty)
    { label: "上级补助收入", amount: "0.00" }, // seed
    { label: "事业收入", amount: "0.00" }, // seed
    { label: "经营收入", amount: "0.00" }, // seed
    { label: "附属单位上缴收入", amount: "0.00" }, // seed
    { label: "其他收入", amount: "563.65" }, // seed
  ] as AmountLine[],
  incomeTotal: "2912.86", // seed 本年收入合计
  useNonFiscalBalance: "0.00", // seed
  openingBalance: "58.00", // seed 年初结转和结余
  incomeGrandTotal: "2970.86", // seed 收入总计
  /** 本年支出 by 类 (fiscal + 其他资金); unlisted classes are 0.00. */
  expenseByClass: {
    "205": "2090.41", // invented split: fiscal 1,537.21 (seed) + 其他资金 553.20 (seed, 整体表)
    "212": "799.00", // seed
    "224": "3.00", // seed
    "229": "10.00", // seed
  } as Record<string, string>,
  expenseTotal: "2902.41", // seed 本年支出合计
  balanceDistribution: "0.00", // seed 结余分配
  closingBalance: "68.45", // seed 年末结转和结余
  expenseGrandTotal: "2970.86", // seed 支出总计
};

/** A 科目 row of T2/T3/T5: 7-digit code (3 for 类, 5 for 款, "" for 合计) and amounts by column key. */
export interface CodedLine {
  code: string;
  name: string;
  amounts: Record<string, string>;
}

/** The 功能分类 科目 the unit used in 2024 (类, 款, 项), shared by T2, T3 and T5. */
export const SUBJECTS: { code: string; name: string }[] = [
  { code: "205", name: "教育支出" },
  { code: "20501", name: "教育管理事务" },
  { code: "2050101", name: "行政运行" },
  { code: "2050102", name: "一般行政管理事务" },
  { code: "212", name: "城乡社区支出" },
  { code: "21299", name: "其他城乡社区支出" },
  { code: "2129999", name: "其他城乡社区支出" },
  { code: "224", name: "灾害防治及应急管理支出" },
  { code: "22401", name: "应急管理事务" },
  { code: "2240199", name: "其他应急管理支出" },
  { code: "229", name: "其他支出" },
  { code: "22999", name: "其他支出" },
  { code: "2299999", name: "其他支出" },
];

const SUBJECT_NAMES = new Map(SUBJECTS.map((s) => [s.code, s.name]));

/** Builds coded lines: the 合计 row first, then one row per 科目 with the given amounts. */
function coded(total: Record<string, string>, rows: Record<string, Record<string, string>>): CodedLine[] {
  return [
    { code: "", name: "合计", amounts: total },
    ...SUBJECTS.map((s) => ({ code: s.code, name: SUBJECT_NAMES.get(s.code) ?? s.name, amounts: rows[s.code] })),
  ];
}

export const INCOME_COLUMNS = [
  { key: "total", caption: "本年收入合计" },
  { key: "fiscal", caption: "财政拨款收入" },
  { key: "superior", caption: "上级补助收入" },
  { key: "business", caption: "事业收入" },
  { key: "operating", caption: "经营收入" },
  { key: "affiliated", caption: "附属单位上缴收入" },
  { key: "other", caption: "其他收入" },
];

const fiscalOnly = (amount: string): Record<string, string> => ({
  total: amount, fiscal: amount, superior: "0.00", business: "0.00", operating: "0.00", affiliated: "0.00", other: "0.00",
});
const fiscalAndOther = (total: string, fiscal: string, other: string): Record<string, string> => ({
  total, fiscal, superior: "0.00", business: "0.00", operating: "0.00", affiliated: "0.00", other,
});

/**
 * T2 收入决算表. Fiscal column = the T5 figures (seed). 其他收入 563.65 (seed) is invented onto
 * 行政运行 298.92 and 一般行政管理事务 264.73 (both 教育管理事务).
 */
export const INCOME: CodedLine[] = coded(fiscalAndOther("2912.86", "2349.21", "563.65"), {
  "205": fiscalAndOther("2100.86", "1537.21", "563.65"),
  "20501": fiscalAndOther("2100.86", "1537.21", "563.65"),
  "2050101": fiscalAndOther("1495.90", "1196.98", "298.92"),
  "2050102": fiscalAndOther("604.95", "340.22", "264.73"),
  "212": fiscalOnly("799.00"),
  "21299": fiscalOnly("799.00"),
  "2129999": fiscalOnly("799.00"),
  "224": fiscalOnly("3.00"),
  "22401": fiscalOnly("3.00"),
  "2240199": fiscalOnly("3.00"),
  "229": fiscalOnly("10.00"),
  "22999": fiscalOnly("10.00"),
  "2299999": fiscalOnly("10.00"),
});

export const EXPENDITURE_COLUMNS = [
  { key: "total", caption: "本年支出合计" },
  { key: "basic", caption: "基本支出" },
  { key: "project", caption: "项目支出" },
  { key: "remitSuperior", caption: "上缴上级支出" },
  { key: "operating", caption: "经营支出" },
  { key: "subsidiary", caption: "对附属单位补助支出" },
];

const spent = (total: string, basic: string, project: string): Record<string, string> => ({
  total, basic, project, remitSuperior: "0.00", operating: "0.00", subsidiary: "0.00",
});

/**
 * T3 支出决算表. 合计/基本/项目 are seed; the 其他资金 553.20 (seed, 整体表) is invented onto 行政运行
 * (基本) and 一般行政管理事务 (项目) so that T3 基本 1,495.90 and 项目 1,406.51 come out as published.
 */
export const EXPENDITURE: CodedLine[] = coded(spent("2902.41", "1495.90", "1406.51"), {
  "205": spent("2090.41", "1495.90", "594.51"),
  "20501": spent("2090.41", "1495.90", "594.51"),
  "2050101": spent("1495.90", "1495.90", "0.00"),
  "2050102": spent("594.51", "0.00", "594.51"),
  "212": spent("799.00", "0.00", "799.00"),
  "21299": spent("799.00", "0.00", "799.00"),
  "2129999": spent("799.00", "0.00", "799.00"),
  "224": spent("3.00", "0.00", "3.00"),
  "22401": spent("3.00", "0.00", "3.00"),
  "2240199": spent("3.00", "0.00", "3.00"),
  "229": spent("10.00", "0.00", "10.00"),
  "22999": spent("10.00", "0.00", "10.00"),
  "2299999": spent("10.00", "0.00", "10.00"),
});

export const GPB_COLUMNS = [
  { key: "total", caption: "合计" },
  { key: "basic", caption: "基本支出" },
  { key: "project", caption: "项目支出" },
];

const gpb = (total: string, basic: string, project: string): Record<string, string> => ({ total, basic, project });

/**
 * T5 一般公共预算财政拨款支出决算表. 合计, 类 and 项 totals and 基本 1,196.98 are seed; the
 * 基本/项目 split per row is invented (行政运行 all 基本, the rest 项目). Each cell is rounded on
 * its own from 元, which is how the seed's tail differences arise: 合计 2,349.21 vs 1,196.98 +
 * 1,152.22; 教育支出/教育管理事务 1,537.21 vs 1,196.98 + 340.22.
 */
export const GPB_EXPENDITURE: CodedLine[] = coded(gpb("2349.21", "1196.98", "1152.22"), {
  "205": gpb("1537.21", "1196.98", "340.22"),
  "20501": gpb("1537.21", "1196.98", "340.22"),
  "2050101": gpb("1196.98", "1196.98", "0.00"),
  "2050102": gpb("340.22", "0.00", "340.22"),
  "212": gpb("799.00", "0.00", "799.00"),
  "21299": gpb("799.00", "0.00", "799.00"),
  "2129999": gpb("799.00", "0.00", "799.00"),
  "224": gpb("3.00", "0.00", "3.00"),
  "22401": gpb("3.00", "0.00", "3.00"),
  "2240199": gpb("3.00", "0.00", "3.00"),
  "229": gpb("10.00", "0.00", "10.00"),
  "22999": gpb("10.00", "0.00", "10.00"),
  "2299999": gpb("10.00", "0.00", "10.00"),
});

/** T4 财政拨款收入支出决算总表: only 一般公共预算 funds (seed); 政府性基金 and 国有资本经营 are 0.00. */
export const FISCAL_SUMMARY = {
  income: [
    { label: "一般公共预算财政拨款", amount: "2349.21" },
    { label: "政府性基金预算财政拨款", amount: "0.00" },
    { label: "国有资本经营预算财政拨款", amount: "0.00" },
  ] as AmountLine[],
  incomeTotal: "2349.21",
  /** 年初财政拨款结转和结余 by fund (seed: 0.00). */
  opening: { total: "0.00", gpb: "0.00", govFund: "0.00", soe: "0.00" },
  incomeGrandTotal: "2349.21",
  /** 一般公共预算 by 类 = T5 类 (seed). */
  gpbByClass: { "205": "1537.21", "212": "799.00", "224": "3.00", "229": "10.00" } as Record<string, string>,
  expenseTotal: "2349.21",
  closing: { total: "0.00", gpb: "0.00", govFund: "0.00", soe: "0.00" },
  expenseGrandTotal: "2349.21",
};

/** A T6 economic-classification line: 3-digit 类 or 5-digit 款. */
export interface EconomicLine {
  code: string;
  name: string;
  amount: string;
}

/**
 * T6 人员经费 panel: 301 + 303 = 1,082.40 (seed total). The 5-digit lines follow the seed's list of
 * 人员经费 contents; their amounts are invented.
 */
export const PERSONNEL: EconomicLine[] = [
  { code: "301", name: "工资福利支出", amount: "834.94" },
  { code: "30101", name: "基本工资", amount: "168.30" },
  { code: "30102", name: "津贴补贴", amount: "245.60" },
  { code: "30103", name: "奖金", amount: "38.20" },
  { code: "30107", name: "绩效工资", amount: "126.40" },
  { code: "30108", name: "机关事业单位基本养老保险缴费", amount: "76.85" },
  { code: "30109", name: "职业年金缴费", amount: "30.74" },
  { code: "30110", name: "职工基本医疗保险缴费", amount: "42.18" },
  { code: "30111", name: "公务员医疗补助缴费", amount: "12.35" },
  { code: "30112", name: "其他社会保障缴费", amount: "3.06" },
  { code: "30113", name: "住房公积金", amount: "72.36" },
  { code: "30199", name: "其他工资福利支出", amount: "18.90" },
  { code: "303", name: "对个人和家庭的补助", amount: "247.46" },
  { code: "30301", name: "离休费", amount: "21.36" },
  { code: "30302", name: "退休费", amount: "198.64" },
  { code: "30304", name: "抚恤金", amount: "12.80" },
  { code: "30305", name: "生活补助", amount: "9.66" },
  { code: "30309", name: "奖励金", amount: "5.00" },
];
export const PERSONNEL_TOTAL = "1082.40"; // seed

/**
 * T6 公用经费 panel: 302 + 310 = 114.59 (seed total = 机关运行经费). 30212 0.00, 30217 0.59,
 * 30231 13.99 and 31013 0.00 match the T9 决算数 (seed); the other lines are invented.
 */
export const PUBLIC_FUNDS: EconomicLine[] = [
  { code: "302", name: "商品和服务支出", amount: "114.59" },
  { code: "30201", name: "办公费", amount: "18.65" },
  { code: "30202", name: "印刷费", amount: "2.30" },
  { code: "30205", name: "水费", amount: "1.12" },
  { code: "30206", name: "电费", amount: "6.48" },
  { code: "30207", name: "邮电费", amount: "3.20" },
  { code: "30208", name: "取暖费", amount: "12.36" },
  { code: "30209", name: "物业管理费", amount: "15.80" },
  { code: "30211", name: "差旅费", amount: "9.74" },
  { code: "30212", name: "因公出国（境）费用", amount: "0.00" },
  { code: "30213", name: "维修（护）费", amount: "4.25" },
  { code: "30217", name: "公务接待费", amount: "0.59" },
  { code: "30226", name: "劳务费", amount: "3.60" },
  { code: "30228", name: "工会经费", amount: "8.62" },
  { code: "30229", name: "福利费", amount: "5.40" },
  { code: "30231", name: "公务用车运行维护费", amount: "13.99" },
  { code: "30239", name: "其他交通费用", amount: "6.48" },
  { code: "30299", name: "其他商品和服务支出", amount: "2.01" },
  { code: "310", name: "资本性支出", amount: "0.00" },
  { code: "31013", name: "公务用车购置", amount: "0.00" },
];
export const PUBLIC_TOTAL = "114.59"; // seed

/** T9 财政拨款“三公”经费: 预算数 and 决算数 (all seed). */
export const THREE_PUBLIC = {
  budget: { total: "15.50", abroad: "0.00", vehicleTotal: "14.00", vehiclePurchase: "0.00", vehicleOperation: "14.00", reception: "1.50" },
  final: { total: "14.58", abroad: "0.00", vehicleTotal: "13.99", vehiclePurchase: "0.00", vehicleOperation: "13.99", reception: "0.59" },
};

export const EMPTY_GOV_FUND_NOTE =
  "本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。";
export const EMPTY_SOE_NOTE =
  "本单位本年度无国有资本经营预算财政拨款收入、支出及结转和结余，国有资本经营预算财政拨款收入支出决算表为空表。";
