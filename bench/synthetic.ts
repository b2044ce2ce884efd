/**
 * Synthetic consolidated workbooks for the benchmark: T1, T2, T3 and T5 of a 合并 (consolidated)
 * final account with many 功能科目 rows, built directly as a WorkbookSnapshot. All figures are
 * consistent (sums exact in cents), so the engine runs every check to the end and finds nothing.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../src/workbook/types";

const SECTIONS_PER_CLASS = 20;
const ITEMS_PER_SECTION = 50;

/** cells per 科目 row across T2 (9 columns), T3 (8) and T5 (5). */
const CELLS_PER_CODE_ROW = 9 + 8 + 5;

interface CodeRow {
  code: string;
  name: string;
  /** cents per column: basic, project (T3 and T5 share them: all spending is 一般公共预算 here). */
  basic: number;
  project: number;
}

/** A deterministic pseudo-random stream (no Math.random: every run measures the same workbook). */
function stream(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function yuanCents(cents: number): number {
  return cents / 100;
}

/** Item rows (7-digit codes) with their 款 and 类 parents, parents first, sums exact in cents. */
function codeRows(itemCount: number): CodeRow[] {
  const random = stream(2024);
  const rows: CodeRow[] = [];
  let made = 0;
  for (let cls = 201; made < itemCount && cls <= 999; cls++) {
    const classRow: CodeRow = { code: String(cls), name: `功能科目${cls}支出`, basic: 0, project: 0 };
    rows.push(classRow);
    for (let sec = 1; sec <= SECTIONS_PER_CLASS && made < itemCount; sec++) {
      const secCode = `${cls}${String(sec).padStart(2, "0")}`;
      const secRow: CodeRow = { code: secCode, name: `  款${secCode}`, basic: 0, project: 0 };
      rows.push(secRow);
      for (let item = 1; item <= ITEMS_PER_SECTION && made < itemCount; item++, made++) {
        const code = `${secCode}${String(item).padStart(2, "0")}`;
        const basic = Math.floor(random() * 10_000_00);
        const project = Math.floor(random() * 5_000_00);
        rows.push({ code, name: `    项${code}`, basic, project });
        secRow.basic += basic;
        secRow.project += project;
        classRow.basic += basic;
        classRow.project += project;
      }
    }
  }
  return rows;
}

function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  // a loop, not Math.max(...rows): spreading ~187k rows as arguments exhausts the stack
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  for (const row of values) while (row.length < width) row.push(null);
  return { name, origin: { row: 0, col: 0 }, values, merges: [] };
}

function codedSheet(name: string, title: string, captions: string[], rows: CodeRow[], total: CodeRow, amounts: (row: CodeRow) => number[]): SheetSnapshot {
  const values: CellValue[][] = [
    [title],
    ["部门：合并单位（合成数据）", null, null, "金额单位：万元"],
    ["科目编码", "科目名称", ...captions],
    ["合计", null, ...amounts(total).map(yuanCents)],
  ];
  for (const row of rows) values.push([row.code, row.name, ...amounts(row).map(yuanCents)]);
  return sheet(name, values);
}

function summarySheet(classes: CodeRow[], total: number): SheetSnapshot {
  const t = yuanCents(total);
  const income: [string, number][] = [
    ["一、一般公共预算财政拨款收入", t],
    ["二、政府性基金预算财政拨款收入", 0],
    ["三、国有资本经营预算财政拨款收入", 0],
    ["四、上级补助收入", 0],
    ["五、事业收入", 0],
    ["六、经营收入", 0],
    ["七、附属单位上缴收入", 0],
    ["八、其他收入", 0],
    ["本年收入合计", t],
    ["使用非财政拨款结余（含专用结余）", 0],
    ["年初结转和结余", 0],
    ["总计", t],
  ];
  const expense: [string, number][] = [
    ...classes.map((c): [string, number] => [c.name, yuanCents(c.basic + c.project)]),
    ["本年支出合计", t],
    ["结余分配", 0],
    ["年末结转和结余", 0],
    ["总计", t],
  ];
  const values: CellValue[][] = [["收入支出决算总表"], ["部门：合并单位（合成数据）", null, null, "金额单位：万元"], ["项目", "金额", "项目", "金额"]];
  for (let i = 0; i < Math.max(income.length, expense.length); i++) {
    values.push([income[i]?.[0] ?? null, income[i]?.[1] ?? null, expense[i]?.[0] ?? null, expense[i]?.[1] ?? null]);
  }
  return sheet("T1", values);
}

/** A consolidated workbook of about `targetCells` cells (T2, T3, T5 rows dominate; T1 lists every 类). */
export function syntheticWorkbook(targetCells: number): WorkbookSnapshot {
  const codeRowCount = Math.max(1, Math.round(targetCells / CELLS_PER_CODE_ROW));
  // each item row brings its share of 款 and 类 parent rows
  const itemCount = Math.max(1, Math.round(codeRowCount * (ITEMS_PER_SECTION / (ITEMS_PER_SECTION + 1 + 1 / SECTIONS_PER_CLASS))));
  const rows = codeRows(itemCount);
  const classes = rows.filter((r) => r.code.length === 3);
  const total: CodeRow = { code: "", name: "合计", basic: 0, project: 0 };
  for (const c of classes) {
    total.basic += c.basic;
    total.project += c.project;
  }
  const grand = total.basic + total.project;
  const sheets = [
    summarySheet(classes, grand),
    codedSheet("T2", "收入决算表", ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], rows, total, (r) => [
      r.basic + r.project,
      r.basic + r.project,
      0,
      0,
      0,
      0,
      0,
    ]),
    codedSheet("T3", "支出决算表", ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"], rows, total, (r) => [
      r.basic + r.project,
      r.basic,
      r.project,
      0,
      0,
      0,
    ]),
    codedSheet("T5", "一般公共预算财政拨款支出决算表", ["合计", "基本支出", "项目支出"], rows, total, (r) => [r.basic + r.project, r.basic, r.project]),
  ];
  return { name: `synthetic-${targetCells}.xlsx`, sheets };
}

export function cellCount(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, row) => m + row.length, 0), 0);
}
