/**
 * The sample workbook (examples/): built in memory and read back with ExcelJS, it must show the
 * key cells listed in examples/README.md, reproduce the seed's 绩效 tables cell for cell, keep the
 * DOMAIN §2 identities on every invented figure (tail differences only where the seed forces them),
 * and equal the committed .xlsx.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { buildSampleWorkbook, PERF_SHEET, SAMPLE_PATH, SHEET_NAMES } from "../../examples/build-sample";
import { seedPerfTables } from "../../examples/seed-perf-rows";
import { Decimal, sum } from "../../src/numbers/decimal";
import { formatAmount } from "../../src/numbers/format";
import { parseNumber } from "../../src/numbers/parse";
import { checkSum } from "../../src/numbers/tolerance";

const ROOT = join(__dirname, "..", "..");
const SEED = join(ROOT, "test", "fixtures", "seed", "000_dfa22dd2bb6962f3.txt");
const README = join(ROOT, "examples", "README.md");

let wb: ExcelJS.Workbook;

beforeAll(async () => {
  const buffer = await buildSampleWorkbook().xlsx.writeBuffer();
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
});

// ---------- reading cells back ----------

function sheet(name: string, book = wb): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function rawValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  if (v && typeof v === "object" && "formula" in (v as object)) return (v as { result?: unknown }).result;
  return v;
}

/** The text a user sees: numbers rendered with the cell's number format. */
function shown(cell: ExcelJS.Cell): string {
  const raw = rawValue(cell);
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw;
  if (typeof raw !== "number") return String(raw);
  const value = new Decimal(String(raw));
  const fmt = cell.numFmt;
  if (!fmt || fmt === "General") return String(raw);
  if (fmt === "#,##0.00") return formatAmount(value);
  if (fmt === "0.00") return formatAmount(value, { thousands: false });
  const pct = /^0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return `${formatAmount(value.times(100), { decimals: pct[1]?.length ?? 0, thousands: false })}%`;
  throw new Error(`number format ${fmt} not rendered by the test`);
}

/** An amount cell as an exact decimal: numbers, cached formula results, numeric text, blank/— as 0. */
function amount(sheetName: string, address: string): Decimal {
  const raw = rawValue(sheet(sheetName).getCell(address));
  const parsed = parseNumber(typeof raw === "number" || typeof raw === "string" ? raw : null);
  if (!parsed.ok) throw new Error(`${sheetName}!${address}: ${parsed.reason}`);
  return parsed.value;
}

const colLetter = (n: number) => String.fromCharCode(64 + n);

// ---------- key cells, as examples/README.md lists them ----------

interface KeyCell {
  sheet: string;
  cell: string;
  shows: string;
}

function readmeKeyCells(): KeyCell[] {
  const text = readFileSync(README, "utf8");
  const section = text.slice(text.indexOf("## Key cells"), text.indexOf("\n## ", text.indexOf("## Key cells") + 3));
  return section
    .split("\n")
    .map((line) => /^\| ([^|]+?) \| ([A-Z]+[0-9]+) \| ([^|]*?) \| /.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ sheet: m[1], cell: m[2], shows: m[3] }));
}

describe("key cells listed in examples/README.md", () => {
  const cells = readmeKeyCells();

  test("the README lists the key cells", () => {
    expect(cells.length).toBeGreaterThanOrEqual(60);
  });

  test.each(cells.map((c) => [`${c.sheet}!${c.cell}`, c] as const))("%s", (_, c) => {
    expect(shown(sheet(c.sheet).getCell(c.cell))).toBe(c.shows);
  });
});

// ---------- the 绩效 sheet reproduces the seed ----------

/** A sheet row read region by region: merged continuations to the right are skipped, cells merged from above read "". */
function regionRow(ws: ExcelJS.Worksheet, row: number, width: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= width; c++) {
    const cell = ws.getCell(row, c);
    if (cell.isMerged && cell.master.address !== cell.address) {
      if (Number(cell.master.row) !== row) out.push("");
      continue;
    }
    out.push(shown(cell));
  }
  return out;
}

function trimEnd(cells: string[]): string[] {
  const copy = [...cells];
  while (copy.length > 0 && copy[copy.length - 1] === "") copy.pop();
  return copy;
}

describe("绩效自评 sheet", () => {
  test("holds the 整体表 and the 16 项目表 exactly as the seed publishes them", () => {
    const seed = seedPerfTables(readFileSync(SEED, "utf8"));
    expect(seed.filter((t) => t.kind === "perf-project")).toHaveLength(16);
    const expected = seed.flatMap((t) => t.rows).map(trimEnd).filter((r) => r.length > 0);
    const ws = sheet(PERF_SHEET);
    const actual: string[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = trimEnd(regionRow(ws, r, 14));
      if (row.length > 0) actual.push(row);
    }
    expect(actual).toEqual(expected);
  });

  test("rates are percent numbers in some tables and text in others; 总分 is text", () => {
    const ws = sheet(PERF_SHEET);
    expect(ws.getCell("H67").value).toBeCloseTo(0.9916, 10);
    expect(ws.getCell("H67").numFmt).toBe("0.00%");
    expect(ws.getCell("H54").value).toBe("105.26%");
    expect(ws.getCell("I67").value).toBe(9.79);
    expect(ws.getCell("I60").value).toBe("99.47分");
  });

  test("一级/二级指标 are merged down, blank below their first row", () => {
    const ws = sheet(PERF_SHEET);
    // 2022年安全生产奖金: 产出指标 spans rows 33–38, 时效指标 rows 35–36
    expect(ws.getCell("B36").master.address).toBe("B33");
    expect(ws.getCell("C36").master.address).toBe("C35");
    expect(ws.getCell("C37").master.address).toBe("C37");
  });
});

// ---------- DOMAIN §2 identities on the public tables ----------

interface CodedRow {
  code: string;
  row: number;
  values: Decimal[];
}

/** Reads a coded table: codes split in 类/款/项 columns (A–C) or one column (A); 合计 row has code "". */
function readCoded(name: string, split: boolean, nCols: number): { rows: CodedRow[]; firstCol: number } {
  const ws = sheet(name);
  const firstCol = split ? 5 : 3;
  const rows: CodedRow[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const a = shown(ws.getCell(r, 1)).trim();
    const code = a === "合计" ? "" : split ? a + shown(ws.getCell(r, 2)) + shown(ws.getCell(r, 3)) : a;
    if (a !== "合计" && !/^\d{3}(\d{2}){0,2}$/.test(code)) continue;
    const values = Array.from({ length: nCols }, (_, i) => amount(name, `${colLetter(firstCol + i)}${r}`));
    rows.push({ code, row: r, values });
  }
  return { rows, firstCol };
}

/** Every row sum and hierarchy sum of a coded table that is not exactly equal, as "CELL kind:status". */
function codedDifferences(name: string, split: boolean, nCols: number): string[] {
  const { rows, firstCol } = readCoded(name, split, nCols);
  const found: string[] = [];
  const note = (row: number, col: number, kind: string, total: Decimal, items: Decimal[]) => {
    const { status } = checkSum(total, items);
    if (status !== "equal") found.push(`${colLetter(firstCol + col)}${row} ${kind}:${status}`);
  };
  for (const r of rows) {
    note(r.row, 0, "row", r.values[0], r.values.slice(1));
    const children = rows.filter((c) =>
      r.code === "" ? c.code.length === 3 : c.code.length === r.code.length + 2 && c.code.startsWith(r.code));
    if (children.length === 0) continue;
    r.values.forEach((v, i) => note(r.row, i, "children", v, children.map((c) => c.values[i])));
  }
  return found.sort();
}

describe("identities hold on the invented figures, tail differences only where the seed forces them", () => {
  const T1 = SHEET_NAMES.summary;
  const T2 = SHEET_NAMES.income;
  const T3 = SHEET_NAMES.expenditure;
  const T4 = SHEET_NAMES.fiscalSummary;
  const T5 = SHEET_NAMES.gpbExpenditure;
  const T6 = SHEET_NAMES.gpbBasic;
  const T9 = SHEET_NAMES.threePublic;
  const a = (s: string, cells: string[]) => cells.map((c) => amount(s, c));
  const range = (col: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${col}${from + i}`);

  test("T1: 本年收入合计, 本年支出合计, both 总计, 收入总计 = 支出总计", () => {
    expect(checkSum(amount(T1, "C29"), a(T1, range("C", 7, 14))).status).toBe("equal");
    expect(checkSum(amount(T1, "F29"), a(T1, range("F", 7, 28))).status).toBe("equal");
    expect(checkSum(amount(T1, "C32"), a(T1, ["C29", "C30", "C31"])).status).toBe("equal");
    expect(checkSum(amount(T1, "F32"), a(T1, ["F29", "F30", "F31"])).status).toBe("equal");
    expect(amount(T1, "C32").eq(amount(T1, "F32"))).toBe(true);
  });

  test("T2: only the seed's 1,537.21 vs 1,537.20 tail, carried into 20501", () => {
    expect(codedDifferences(T2, true, 7)).toEqual(["E10 children:tail", "F10 children:tail"]);
  });

  test("T3: every row sum and hierarchy exact", () => {
    expect(codedDifferences(T3, true, 6)).toEqual([]);
  });

  test("T5: tails only at 合计, 205 and 20501 (the seed's 1,537.21 and 2,349.21)", () => {
    expect(codedDifferences(T5, false, 3)).toEqual(["C7 row:tail", "C8 row:tail", "C9 children:tail", "C9 row:tail"]);
  });

  test("T2 column totals = T1 income lines; T3 合计 = T1 本年支出合计; T3 类 = T1 类", () => {
    expect(amount(T2, "E8").eq(amount(T1, "C29"))).toBe(true);
    expect(amount(T2, "F8").eq(sum(a(T1, ["C7", "C8", "C9"])))).toBe(true);
    ["G8:C10", "H8:C11", "I8:C12", "J8:C13", "K8:C14"].forEach((pair) => {
      const [t2, t1] = pair.split(":");
      expect(amount(T2, t2).eq(amount(T1, t1))).toBe(true);
    });
    expect(amount(T3, "E8").eq(amount(T1, "F29"))).toBe(true);
    const t1Classes = new Map<string, Decimal>();
    for (let r = 7; r <= 28; r++) {
      t1Classes.set(shown(sheet(T1).getCell(`D${r}`)).replace(/^[一二三四五六七八九十]+、/, ""), amount(T1, `F${r}`));
    }
    const t3Classes = readCoded(T3, true, 6).rows.filter((r) => r.code.length === 3);
    expect(t3Classes).toHaveLength(4);
    for (const c of t3Classes) {
      const name = shown(sheet(T3).getCell(`D${c.row}`)).trim();
      expect({ name, t1: t1Classes.get(name)?.toFixed(2) }).toEqual({ name, t1: c.values[0].toFixed(2) });
    }
    const nonZeroT1 = [...t1Classes.values()].filter((v) => !v.isZero());
    expect(nonZeroT1).toHaveLength(4);
  });

  test("T4: fund sums, 总计 both sides, per-fund 年末 = 年初 + 收入 − 支出, = T2 and T5, ≤ T3", () => {
    for (let r = 7; r <= 34; r++) {
      if (shown(sheet(T4).getCell(`F${r}`)) === "") continue;
      expect(checkSum(amount(T4, `F${r}`), a(T4, [`G${r}`, `H${r}`, `I${r}`])).status).toBe("equal");
    }
    expect(amount(T4, "C29").eq(sum(a(T4, ["C7", "C8", "C9"])))).toBe(true);
    expect(amount(T4, "C30").eq(sum(a(T4, ["C31", "C32", "C33"])))).toBe(true);
    expect(amount(T4, "C34").eq(amount(T4, "C29").plus(amount(T4, "C30")))).toBe(true);
    expect(amount(T4, "F34").eq(amount(T4, "F29").plus(amount(T4, "F30")))).toBe(true);
    expect(amount(T4, "C34").eq(amount(T4, "F34"))).toBe(true);
    [["G30", "C31", "C7", "G29"], ["H30", "C32", "C8", "H29"], ["I30", "C33", "C9", "I29"]].forEach(([closing, opening, income, spent]) => {
      expect(amount(T4, closing).eq(amount(T4, opening).plus(amount(T4, income)).minus(amount(T4, spent)))).toBe(true);
    });
    expect(amount(T4, "C29").eq(amount(T2, "F8"))).toBe(true);
    expect(amount(T4, "G29").eq(amount(T5, "C7"))).toBe(true);
    // T4 一般公共预算 per 类 = T5 类; T4 类 ≤ T3 类
    const t5 = new Map(readCoded(T5, false, 3).rows.filter((r) => r.code.length === 3)
      .map((r) => [shown(sheet(T5).getCell(`B${r.row}`)).trim(), r.values[0]]));
    const t3 = new Map(readCoded(T3, true, 6).rows.filter((r) => r.code.length === 3)
      .map((r) => [shown(sheet(T3).getCell(`D${r.row}`)).trim(), r.values[0]]));
    let nonZero = 0;
    for (let r = 7; r <= 28; r++) {
      const name = shown(sheet(T4).getCell(`D${r}`)).replace(/^[一二三四五六七八九十]+、/, "");
      const gpb = amount(T4, `G${r}`);
      expect(gpb.eq(t5.get(name) ?? 0)).toBe(true);
      expect(amount(T4, `F${r}`).lte(t3.get(name) ?? 0)).toBe(true);
      if (!gpb.isZero()) nonZero++;
    }
    expect(nonZero).toBe(4);
  });

  test("T5 ≤ T3 row by row (合计, 基本, 项目)", () => {
    const t3 = new Map(readCoded(T3, true, 6).rows.map((r) => [r.code, r.values]));
    const t5 = readCoded(T5, false, 3).rows;
    expect(t5).toHaveLength(14);
    for (const r of t5) {
      const other = t3.get(r.code);
      expect(other).toBeDefined();
      r.values.forEach((v, i) => expect(v.lte(other![i])).toBe(true));
    }
  });

  test("T6: 类 = Σ款, 人员 = 301 + 303, 公用 = 302 + 310; T5 基本 vs 人员 + 公用 is the seed's tail", () => {
    const panel = (codeCol: string, amountCol: string) => {
      const rows: { code: string; value: Decimal }[] = [];
      for (let r = 6; r <= 25; r++) {
        const code = shown(sheet(T6).getCell(`${codeCol}${r}`));
        if (code) rows.push({ code, value: amount(T6, `${amountCol}${r}`) });
      }
      for (const cls of rows.filter((x) => x.code.length === 3)) {
        const items = rows.filter((x) => x.code.length === 5 && x.code.startsWith(cls.code)).map((x) => x.value);
        expect({ code: cls.code, status: checkSum(cls.value, items).status }).toEqual({ code: cls.code, status: "equal" });
      }
      return new Map(rows.map((x) => [x.code, x.value]));
    };
    const personnel = panel("A", "C");
    const publicFunds = panel("D", "F");
    expect(amount(T6, "C26").eq(personnel.get("301")!.plus(personnel.get("303")!))).toBe(true);
    expect(amount(T6, "F26").eq(publicFunds.get("302")!.plus(publicFunds.get("310")!))).toBe(true);
    expect(amount(T6, "C26").toFixed(2)).toBe("1082.40");
    expect(amount(T6, "F26").toFixed(2)).toBe("114.59");
    expect(checkSum(amount(T5, "D7"), a(T6, ["C26", "F26"])).status).toBe("tail");
    // T6 ↔ T9, part ≤ whole
    expect(publicFunds.get("30212")!.lte(amount(T9, "H7"))).toBe(true);
    expect(publicFunds.get("30217")!.lte(amount(T9, "L7"))).toBe(true);
    expect(publicFunds.get("30231")!.lte(amount(T9, "K7"))).toBe(true);
    expect(publicFunds.get("31013")!.lte(amount(T9, "J7"))).toBe(true);
  });

  test("T9: 合计 = 出国 + 公车小计 + 接待, 小计 = 购置 + 运维, for 预算数 and 决算数", () => {
    for (const [total, abroad, vehicle, purchase, operation, reception] of [
      ["A7", "B7", "C7", "D7", "E7", "F7"],
      ["G7", "H7", "I7", "J7", "K7", "L7"],
    ]) {
      expect(checkSum(amount(T9, total), a(T9, [abroad, vehicle, reception])).status).toBe("equal");
      expect(checkSum(amount(T9, vehicle), a(T9, [purchase, operation])).status).toBe("equal");
    }
  });

  test("整体表 ↔ 决算: 合计执行 = T1 本年支出合计, 本级执行 = T4 本年支出, 其他资金 carries 58.00 → 68.45", () => {
    const P = PERF_SHEET;
    expect(amount(P, "E8").eq(amount(T1, "F29"))).toBe(true);
    expect(amount(P, "E6").eq(amount(T4, "F29"))).toBe(true);
    expect(checkSum(amount(P, "E8"), a(P, ["E5", "E6", "E7"])).status).toBe("equal");
    expect(checkSum(amount(P, "D8"), a(P, ["D5", "D6", "D7"])).status).toBe("equal");
    expect(amount(T1, "C31").plus(amount(T1, "C14")).minus(amount(P, "E7")).eq(amount(T1, "F31"))).toBe(true);
    expect(amount(T1, "F11").eq(amount(T4, "G11").plus(amount(P, "E7")))).toBe(true);
  });

  test("the published 绩效 errors stay in", () => {
    const P = PERF_SHEET;
    const rate = amount(P, "F67").div(amount(P, "E67"));
    expect(rate.times(10).toDecimalPlaces(2).toFixed(2)).toBe("9.92");
    expect(amount(P, "I67").toFixed(2)).toBe("9.79");
    expect(amount(P, "F280").gt(amount(P, "E280"))).toBe(true);
    // Σ projects' 当年财政拨款 执行 exceeds T5 项目支出 only because of the swapped 机关运行保障经费 rows
    const ws = sheet(P);
    const fiscalRows: number[] = [];
    ws.eachRow((row, r) => {
      if (shown(row.getCell(2)) === "其中：当年财政拨款") fiscalRows.push(r);
    });
    expect(fiscalRows).toHaveLength(16);
    const executed = sum(fiscalRows.map((r) => amount(P, `F${r}`)));
    expect(executed.toFixed(2)).toBe("1510.13");
    expect(executed.gt(amount(T5, "E7"))).toBe(true);
    expect(executed.minus(amount(P, "F280")).lte(amount(T5, "E7"))).toBe(true);
  });
});

describe("layout variety the recognizers must handle", () => {
  test("T2 amounts are numeric text with — and blank zeros; T3 are numbers; T5 codes are one 7-digit column", () => {
    const t2 = sheet(SHEET_NAMES.income);
    expect(t2.getCell("F11").value).toBe("1,196.98");
    expect(t2.getCell("G9").value).toBe("—");
    expect(t2.getCell("G11").value).toBeNull();
    expect(t2.getCell("G8").value).toBe("0.00");
    expect(typeof sheet(SHEET_NAMES.expenditure).getCell("E8").value).toBe("number");
    expect([t2.getCell("A11").value, t2.getCell("B11").value, t2.getCell("C11").value]).toEqual(["205", "01", "01"]);
    expect(sheet(SHEET_NAMES.gpbExpenditure).getCell("A10").value).toBe("2050101");
  });

  test("totals are formulas with cached results", () => {
    const f = sheet(SHEET_NAMES.summary).getCell("C32").value as ExcelJS.CellFormulaValue;
    expect(f.formula).toBe("C29+C30+C31");
    expect(f.result).toBe(2970.86);
  });
});

// ---------- the committed file equals a fresh build ----------

function signature(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return `merged→${cell.master.address}`;
  const v = cell.value as unknown;
  const value =
    v && typeof v === "object" && "formula" in (v as object)
      ? { formula: (v as ExcelJS.CellFormulaValue).formula, result: (v as ExcelJS.CellFormulaValue).result }
      : v;
  return JSON.stringify({ value, numFmt: cell.numFmt ?? null });
}

describe("examples/changji-education-2024.xlsx", () => {
  test("equals a fresh build in every cell value, number format and merge", async () => {
    expect(existsSync(SAMPLE_PATH)).toBe(true);
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(SAMPLE_PATH);
    const fresh = wb;
    const freshNames = fresh.worksheets.map((w) => w.name);
    // other modules may add sheets to the file; the sheets this build makes must match exactly
    expect(committed.worksheets.map((w) => w.name).slice(0, freshNames.length)).toEqual(freshNames);
    const drift: string[] = [];
    for (const name of freshNames) {
      const a = sheet(name, fresh);
      const b = sheet(name, committed);
      const rows = Math.max(a.rowCount, b.rowCount);
      const cols = Math.max(a.columnCount, b.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const sa = signature(a.getCell(r, c));
          const sb = signature(b.getCell(r, c));
          if (sa !== sb) drift.push(`${name}!${a.getCell(r, c).address}: ${sb} ≠ fresh ${sa}`);
        }
      }
    }
    expect(drift.slice(0, 10)).toEqual([]);
  });
});
