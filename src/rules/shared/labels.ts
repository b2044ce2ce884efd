/** Chinese captions of model column keys, for messages. */
export const COLUMN_LABELS: Record<string, string> = {
  total: "合计",
  fiscal: "财政拨款收入",
  superior: "上级补助收入",
  business: "事业收入",
  operating: "经营",
  affiliated: "附属单位上缴收入",
  other: "其他收入",
  basic: "基本支出",
  project: "项目支出",
  remitSuperior: "上缴上级支出",
  subsidiary: "对附属单位补助支出",
  opening: "年初结转和结余",
  income: "本年收入",
  expenseTotal: "本年支出小计",
  expenseBasic: "本年支出基本支出",
  expenseProject: "本年支出项目支出",
  closing: "年末结转和结余",
  amount: "金额",
  gpb: "一般公共预算财政拨款",
  govFund: "政府性基金预算财政拨款",
  soe: "国有资本经营预算财政拨款",
};

export function columnLabel(key: string): string {
  return COLUMN_LABELS[key] ?? key;
}

/** Table names for messages, Chinese and English. */
export const TABLE_NAMES: Record<string, [zh: string, en: string]> = {
  summary: ["收入支出决算总表", "the summary table"],
  income: ["收入决算表", "the income table"],
  expenditure: ["支出决算表", "the expenditure table"],
  "fiscal-summary": ["财政拨款收入支出决算总表", "the fiscal summary table"],
  "gpb-expenditure": ["一般公共预算财政拨款支出决算表", "the general-budget expenditure table"],
  "gpb-basic": ["一般公共预算财政拨款基本支出决算表", "the general-budget basic expenditure table"],
  "gov-fund": ["政府性基金预算财政拨款收入支出决算表", "the government-fund table"],
  "soe-capital": ["国有资本经营预算财政拨款收入支出决算表", "the state-capital table"],
  "three-public": ["财政拨款“三公”经费支出决算表", "the three-public-expenses table"],
  "perf-overall": ["整体支出绩效自评表", "the overall performance self-evaluation"],
  "perf-project": ["项目支出绩效自评表", "the project performance self-evaluation"],
};

/** Params naming the table holding the stated figure and the table it is compared with. */
export function tablePair(stated: string, reference: string): Record<string, string> {
  const [s, sEn] = TABLE_NAMES[stated] ?? [stated, stated];
  const [r, rEn] = TABLE_NAMES[reference] ?? [reference, reference];
  return { stated: s, statedEn: sEn, reference: r, referenceEn: rEn };
}
