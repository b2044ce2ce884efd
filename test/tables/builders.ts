/** Builds in-memory WorkbookSnapshots for recognizer tests: tables placed anywhere in a sheet. */
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/types";

export class SheetBuilder {
  private cells: CellValue[][] = [];
  private merges: CellRange[] = [];
  /** next free row for `stack`. */
  cursor = 0;

  constructor(readonly name: string) {}

  set(row: number, col: number, value: CellValue): this {
    while (this.cells.length <= row) this.cells.push([]);
    const line = this.cells[row];
    while (line.length <= col) line.push(null);
    line[col] = value;
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    this.merges.push({ top, left, bottom, right });
    return this;
  }

  /** Writes a block with its top-left at (top, left); `merges` relative to the block. */
  place(top: number, left: number, block: Block): this {
    block.rows.forEach((line, r) => line.forEach((v, c) => v !== undefined && v !== null && this.set(top + r, left + c, v)));
    for (const m of block.merges ?? []) this.merge(top + m.top, left + m.left, top + m.bottom, left + m.right);
    this.cursor = Math.max(this.cursor, top + block.rows.length);
    return this;
  }

  /** Places a block below everything so far, after `gap` empty rows. */
  stack(block: Block, left = 0, gap = 2): this {
    return this.place(this.cursor === 0 ? 0 : this.cursor + gap, left, block);
  }

  build(): SheetSnapshot {
    const width = Math.max(0, ...this.cells.map((l) => l.length));
    const values = this.cells.map((l) => [...l, ...new Array<CellValue>(width - l.length).fill(null)]);
    return { name: this.name, origin: { row: 0, col: 0 }, values, merges: this.merges };
  }
}

export interface Block {
  rows: CellValue[][];
  merges?: CellRange[];
}

export function workbook(...sheets: (SheetBuilder | SheetSnapshot)[]): WorkbookSnapshot {
  return { name: "test.xlsx", sheets: sheets.map((s) => (s instanceof SheetBuilder ? s.build() : s)) };
}

/** Amount as written: number, or text "1,196.98" when asked, scaled to 元 when the table is in 元. */
export interface AmountStyle {
  text?: boolean;
  yuan?: boolean;
}

export function amount(v: number | null, style: AmountStyle = {}): CellValue {
  if (v === null) return "—";
  const n = style.yuan ? Math.round(v * 10000 * 100) / 100 : v;
  if (!style.text) return n;
  return n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const m = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

// ---- T1 收入支出决算总表 (seed figures) ----
export const T1_INCOME: [string, number][] = [
  ["一、一般公共预算财政拨款收入", 2349.21],
  ["二、政府性基金预算财政拨款收入", 0],
  ["三、国有资本经营预算财政拨款收入", 0],
  ["四、上级补助收入", 0],
  ["五、事业收入", 0],
  ["六、经营收入", 0],
  ["七、附属单位上缴收入", 0],
  ["八、其他收入", 563.65],
];
export const T1_EXPENSE: [string, number][] = [
  ["一、一般公共服务支出", 0],
  ["二、教育支出", 1763.7],
  ["三、社会保障和就业支出", 326.71],
  ["四、城乡社区支出", 799.0],
  ["五、灾害防治及应急管理支出", 3.0],
  ["六、其他支出", 10.0],
];

export function t1Block(style: AmountStyle = {}, title = "收入支出决算总表"): Block {
  const a = (v: number) => amount(v, style);
  const rows: CellValue[][] = [
    [title],
    [null, null, "公开01表"],
    [`部门：昌吉回族自治州教育局`, null, null, null, null, `金额单位：${style.yuan ? "元" : "万元"}`],
    ["收入", null, null, "支出"],
    ["项目", "行次", "金额", "项目", "行次", "金额"],
    ["栏次", null, 1, "栏次", null, 2],
  ];
  const n = Math.max(T1_INCOME.length, T1_EXPENSE.length);
  for (let i = 0; i < n; i++) {
    const inc = T1_INCOME[i];
    const exp = T1_EXPENSE[i];
    rows.push([inc?.[0] ?? null, inc ? i + 1 : null, inc ? a(inc[1]) : null, exp?.[0] ?? null, exp ? 32 + i : null, exp ? a(exp[1]) : null]);
  }
  rows.push(["本年收入合计", 20, a(2912.86), "本年支出合计", 60, a(2902.41)]);
  rows.push(["使用非财政拨款结余（含专用结余）", 21, a(0), "结余分配", 61, a(0)]);
  rows.push(["年初结转和结余", 22, a(58), "年末结转和结余", 62, a(68.45)]);
  rows.push(["总计", 23, a(2970.86), "总计", 63, a(2970.86)]);
  return { rows, merges: [m(0, 0, 0, 5), m(3, 0, 3, 2), m(3, 3, 3, 5)] };
}

// ---- coded tables (T2, T3, T5) ----
export interface CodedRowSpec {
  code: string;
  name: string;
  values: (number | null)[];
}

export interface CodedOptions extends AmountStyle {
  title: string;
  /** header captions of the amount columns, in the order given by `values`. */
  captions: string[];
  rows: CodedRowSpec[];
  /** 类/款/项 columns instead of one 科目编码 column. */
  split?: boolean;
  /** column order of the amount columns (indices into captions). */
  order?: number[];
  /** a group caption merged above the amount columns (两 header rows). */
  group?: string;
  /** indent names by level. */
  indent?: boolean;
}

export function codedBlock(o: CodedOptions): Block {
  const order = o.order ?? o.captions.map((_, i) => i);
  const codeWidth = o.split ? 3 : 1;
  const width = codeWidth + 1 + order.length;
  const merges: CellRange[] = [m(0, 0, 0, width - 1)];
  const rows: CellValue[][] = [[o.title], [`部门：昌吉回族自治州教育局`, null, null, null, `金额单位：${o.yuan ? "元" : "万元"}`]];
  const head1: CellValue[] = [];
  const head2: CellValue[] = [];
  if (o.split) {
    head1.push("科目编码", null, null, "科目名称");
    head2.push("类", "款", "项", null);
    merges.push(m(2, 0, 2, 2), m(2, 3, 3, 3));
  } else {
    head1.push("科目编码", "科目名称");
    head2.push(null, null);
    merges.push(m(2, 0, 3, 0), m(2, 1, 3, 1));
  }
  for (const i of order) {
    if (o.group) {
      head1.push(head1.length === codeWidth + 1 ? o.group : null);
      head2.push(o.captions[i]);
    } else {
      head1.push(o.captions[i]);
      head2.push(null);
      merges.push(m(2, head1.length - 1, 3, head1.length - 1));
    }
  }
  if (o.group) merges.push(m(2, codeWidth + 1, 2, width - 1));
  rows.push(head1, head2);
  rows.push(["栏次", ...new Array(codeWidth).fill(null), ...order.map((_, i) => i + 1)].slice(0, width));
  for (const r of o.rows) {
    const line: CellValue[] = [];
    if (o.split) {
      if (r.code === "") line.push("合计", null, null, null);
      else line.push(r.code.slice(0, 3), r.code.slice(3, 5) || null, r.code.slice(5, 7) || null, indent(r, o));
    } else line.push(r.code === "" ? "合计" : r.code, r.code === "" ? null : indent(r, o));
    for (const i of order) line.push(amount(r.values[i], o));
    rows.push(line);
  }
  return { rows, merges };
}

function indent(r: CodedRowSpec, o: CodedOptions): string {
  if (!o.indent) return r.name;
  return "  ".repeat(Math.max(0, (r.code.length - 3) / 2)) + r.name;
}

/** T3 rows from the seed (教育支出 detail and the 类 totals); values: 合计, 基本, 项目, 上缴, 经营, 附属. */
export const T3_ROWS: CodedRowSpec[] = [
  { code: "", name: "合计", values: [2902.41, 1495.9, 1406.51, 0, 0, 0] },
  { code: "205", name: "教育支出", values: [1763.7, 1196.98, 566.72, 0, 0, 0] },
  { code: "20501", name: "教育管理事务", values: [1537.2, 1196.98, 340.22, 0, 0, 0] },
  { code: "2050101", name: "行政运行", values: [1196.98, 1196.98, 0, 0, 0, 0] },
  { code: "2050102", name: "一般行政管理事务", values: [340.22, 0, 340.22, 0, 0, 0] },
  { code: "212", name: "城乡社区支出", values: [799.0, 0, 799.0, 0, 0, 0] },
  { code: "21299", name: "其他城乡社区支出", values: [799.0, 0, 799.0, 0, 0, 0] },
  { code: "2129999", name: "其他城乡社区支出", values: [799.0, 0, 799.0, 0, 0, 0] },
];
export const T3_CAPTIONS = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

/** T5 rows from the seed: 合计, 基本, 项目. */
export const T5_ROWS: CodedRowSpec[] = [
  { code: "", name: "合计", values: [2349.21, 1196.98, 1152.23] },
  { code: "205", name: "教育支出", values: [1537.21, 1196.98, 340.22] },
  { code: "20501", name: "教育管理事务", values: [1537.2, 1196.98, 340.22] },
  { code: "2050101", name: "行政运行", values: [1196.98, 1196.98, 0] },
  { code: "2050102", name: "一般行政管理事务", values: [340.22, 0, 340.22] },
  { code: "212", name: "城乡社区支出", values: [799.0, 0, 799.0] },
  { code: "2129999", name: "其他城乡社区支出", values: [799.0, 0, 799.0] },
];
export const T5_CAPTIONS = ["小计", "基本支出", "项目支出"];

export const T2_CAPTIONS = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
export const T2_ROWS: CodedRowSpec[] = [
  { code: "", name: "合计", values: [2912.86, 2349.21, 0, 0, 0, 0, 563.65] },
  { code: "205", name: "教育支出", values: [2113.86, 1550.21, 0, 0, 0, 0, 563.65] },
  { code: "20501", name: "教育管理事务", values: [2113.86, 1550.21, 0, 0, 0, 0, 563.65] },
  { code: "2050101", name: "行政运行", values: [1760.63, 1196.98, 0, 0, 0, 0, 563.65] },
  { code: "212", name: "城乡社区支出", values: [799.0, 799.0, 0, 0, 0, 0, 0] },
];

/** T5 with a 年初预算数 column, a 完成率 column and a 占比(%) column beside the figures (some regions add them). */
export function ratioBlock(): Block {
  return codedBlock({
    title: "一般公共预算财政拨款支出决算表",
    captions: ["年初预算数", "合计", "基本支出", "项目支出", "完成率", "占比(%)"],
    rows: [
      { code: "", name: "合计", values: [100, 110, 60, 50, 1.1, 100] },
      { code: "201", name: "一般公共服务支出", values: [80, 88, 60, 28, 1.1, 80] },
      { code: "208", name: "社会保障和就业支出", values: [20, 22, 0, 22, 1.1, 20] },
    ],
  });
}

// ---- T4 财政拨款收入支出决算总表 ----
export function t4Block(): Block {
  const rows: CellValue[][] = [
    ["财政拨款收入支出决算总表"],
    ["部门：昌吉回族自治州教育局", null, null, null, null, null, null, "金额单位：万元"],
    ["收入", null, null, "支出"],
    ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
    ["一、一般公共预算财政拨款", 1, 2349.21, "一、教育支出", 33, 1537.21, 1537.21, 0, 0],
    ["二、政府性基金预算财政拨款", 2, 0, "二、社会保障和就业支出", 34, 326.71, 326.71, 0, 0],
    ["三、国有资本经营预算财政拨款", 3, 0, "三、城乡社区支出", 35, 799.0, 799.0, 0, 0],
    ["本年收入合计", 4, 2349.21, "本年支出合计", 36, 2349.21, 2349.21, 0, 0],
    ["年初财政拨款结转和结余", 5, 0, "年末财政拨款结转和结余", 37, 0, 0, 0, 0],
    ["一般公共预算财政拨款", 6, 0, null, 38],
    ["政府性基金预算财政拨款", 7, 0, null, 39],
    ["国有资本经营预算财政拨款", 8, 0, null, 40],
    ["总计", 9, 2349.21, "总计", 41, 2349.21, 2349.21, 0, 0],
  ];
  return { rows, merges: [m(0, 0, 0, 8), m(2, 0, 2, 2), m(2, 3, 2, 8)] };
}

// ---- T6 基本支出 (人员经费 | 公用经费 panels) ----
export function t6Block(): Block {
  const rows: CellValue[][] = [
    ["一般公共预算财政拨款基本支出决算表"],
    ["部门：昌吉回族自治州教育局", null, null, null, null, "金额单位：万元"],
    ["人员经费", null, null, "公用经费"],
    ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
    ["301", "工资福利支出", 900.0, "302", "商品和服务支出", 114.59],
    ["30101", "  基本工资", 300.0, "30201", "  办公费", 20.0],
    ["30102", "  津贴补贴", 600.0, "30212", "  因公出国（境）费用", 0],
    ["303", "对个人和家庭的补助", 182.4, "30217", "  公务接待费", 0.59],
    ["30302", "  退休费", 182.4, "30231", "  公务用车运行维护费", 13.99],
    [null, null, null, "310", "资本性支出", 0],
    ["人员经费合计", null, 1082.4, "公用经费合计", null, 114.59],
    ["机关运行经费", null, "114.59"],
  ];
  return { rows, merges: [m(0, 0, 0, 5), m(2, 0, 2, 2), m(2, 3, 2, 5), m(10, 0, 10, 1), m(10, 3, 10, 4)] };
}

// ---- T7/T8 empty fund tables ----
export function fundBlock(title: string): Block {
  const rows: CellValue[][] = [
    [title],
    ["部门：昌吉回族自治州教育局", null, null, null, null, null, null, "金额单位：万元"],
    ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", null, null, "年末结转和结余"],
    [null, null, null, null, "小计", "基本支出", "项目支出"],
    ["合计", null, null, null, null, null, null, null],
    ["注：本单位本年度无相关收支，本表为空表。"],
  ];
  return { rows, merges: [m(0, 0, 0, 7), m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 3, 2), m(2, 3, 3, 3), m(2, 4, 2, 6), m(2, 7, 3, 7)] };
}

// ---- T9 三公 (seed figures) ----
export function t9Block(title = "财政拨款“三公”经费支出决算表"): Block {
  const rows: CellValue[][] = [
    [title],
    ["部门：昌吉回族自治州教育局", null, null, null, null, null, null, null, null, null, null, "金额单位：万元"],
    ["预算数", null, null, null, null, null, "决算数"],
    ["合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费"],
    [null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费"],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    [15.5, 0, 14.0, 0, 14.0, 1.5, 14.58, 0, 13.99, 0, 13.99, 0.59],
  ];
  const merges = [m(0, 0, 0, 11), m(2, 0, 2, 5), m(2, 6, 2, 11), m(3, 0, 4, 0), m(3, 1, 4, 1), m(3, 2, 3, 4), m(3, 5, 4, 5), m(3, 6, 4, 6), m(3, 7, 4, 7), m(3, 8, 3, 10), m(3, 11, 4, 11)];
  return { rows, merges };
}
