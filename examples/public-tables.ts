/**
 * Layout of the nine public tables (公开01表–公开09表) as the Xinjiang 部门决算 exports look:
 * heading block, merged multi-row headers, 栏次 row, data rows. Figures come from sample-data.ts.
 */
import type ExcelJS from "exceljs";
import * as data from "./sample-data";
import {
  addr, amountText, box, cnOrdinal, heading, indentName, put, putAmount, putFormula, styleHeader, widths,
} from "./sheet-kit";

export const SHEET_NAMES = {
  summary: "01收入支出决算总表",
  income: "02收入决算表",
  expenditure: "03支出决算表",
  fiscalSummary: "04财政拨款收支总表",
  gpbExpenditure: "05一般公共预算支出表",
  gpbBasic: "06一般公共预算基本支出表",
  govFund: "07政府性基金",
  soeCapital: "08国有资本经营",
  threePublic: "09三公经费",
} as const;

const UNIT = data.UNIT_NAME;

/** T1: two panels 收入 | 支出, each 项目 | 行次 | 金额; totals as formulas. */
export function addSummary(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET_NAMES.summary);
  const s = data.SUMMARY;
  const width = 6;
  widths(ws, [34, 6, 14, 30, 6, 14]);
  let r = heading(ws, "收入支出决算总表", "公开01表", UNIT, width);
  put(ws, r, 1, "收入", { cols: 3 });
  put(ws, r, 4, "支出", { cols: 3 });
  ["项目", "行次", "金额", "项目", "行次", "金额"].forEach((h, i) => put(ws, r + 1, i + 1, h));
  put(ws, r + 2, 1, "栏次");
  put(ws, r + 2, 3, "1");
  put(ws, r + 2, 4, "栏次");
  put(ws, r + 2, 6, "2");
  styleHeader(ws, r, r + 2, width);
  const top = r;
  r += 3;
  const body = r;
  const bodyRows = Math.max(s.income.length, data.EXPENSE_CLASSES.length);
  s.income.forEach((line, i) => {
    put(ws, body + i, 1, `${cnOrdinal(i + 1)}、${line.label}`);
    put(ws, body + i, 2, i + 1);
    putAmount(ws, body + i, 3, line.amount);
  });
  const rightStart = s.income.length + 4;
  data.EXPENSE_CLASSES.forEach((cls, i) => {
    put(ws, body + i, 4, `${cnOrdinal(i + 1)}、${cls.name}`);
    put(ws, body + i, 5, rightStart + i + 1);
    putAmount(ws, body + i, 6, s.expenseByClass[cls.code] ?? "0.00");
  });
  const totals = body + bodyRows;
  const lastIncome = body + s.income.length - 1;
  const lastClass = body + data.EXPENSE_CLASSES.length - 1;
  const leftLines: [string, string][] = [
    ["本年收入合计", s.incomeTotal],
    ["使用非财政拨款结余（含专用结余）", s.useNonFiscalBalance],
    ["年初结转和结余", s.openingBalance],
    ["总计", s.incomeGrandTotal],
  ];
  const rightLines: [string, string][] = [
    ["本年支出合计", s.expenseTotal],
    ["结余分配", s.balanceDistribution],
    ["年末结转和结余", s.closingBalance],
    ["总计", s.expenseGrandTotal],
  ];
  leftLines.forEach(([label, amount], i) => {
    put(ws, totals + i, 1, label);
    put(ws, totals + i, 2, s.income.length + i + 1);
    putAmount(ws, totals + i, 3, amount);
  });
  rightLines.forEach(([label, amount], i) => {
    put(ws, totals + i, 4, label);
    put(ws, totals + i, 5, rightStart + data.EXPENSE_CLASSES.length + i + 1);
    putAmount(ws, totals + i, 6, amount);
  });
  putFormula(ws, totals, 3, `SUM(${addr(body, 3)}:${addr(lastIncome, 3)})`, s.incomeTotal);
  putFormula(ws, totals + 3, 3, `${addr(totals, 3)}+${addr(totals + 1, 3)}+${addr(totals + 2, 3)}`, s.incomeGrandTotal);
  putFormula(ws, totals, 6, `SUM(${addr(body, 6)}:${addr(lastClass, 6)})`, s.expenseTotal);
  putFormula(ws, totals + 3, 6, `${addr(totals, 6)}+${addr(totals + 1, 6)}+${addr(totals + 2, 6)}`, s.expenseGrandTotal);
  box(ws, top, 1, totals + 3, width);
}

interface CodedLayout {
  sheet: string;
  title: string;
  tableNo: string;
  columns: { key: string; caption: string }[];
  lines: data.CodedLine[];
  /** 类/款/项 in three columns, or one 7-digit column. */
  splitCodes: boolean;
  /** amounts as numeric text with "—"/blank zeros instead of numbers. */
  textAmounts: boolean;
  /** caption merged over the amount columns (T5 本年支出), else each caption spans the header rows. */
  groupCaption?: string;
}

/** T2, T3, T5: 科目 rows × amount columns, 合计 first. */
function addCoded(wb: ExcelJS.Workbook, spec: CodedLayout): void {
  const ws = wb.addWorksheet(spec.sheet);
  const codeCols = spec.splitCodes ? 3 : 1;
  const nameCol = codeCols + 1;
  const first = nameCol + 1;
  const width = nameCol + spec.columns.length;
  widths(ws, [...Array(codeCols).fill(spec.splitCodes ? 6 : 12), 28, ...spec.columns.map(() => 14)]);
  let r = heading(ws, spec.title, spec.tableNo, UNIT, width);
  const top = r;
  const headerRows = spec.splitCodes ? 3 : 2;
  put(ws, r, 1, "项目", { cols: nameCol });
  if (spec.splitCodes) {
    put(ws, r + 1, 1, "科目编码", { cols: 3 });
    put(ws, r + 1, nameCol, "科目名称", { rows: 2 });
    ["类", "款", "项"].forEach((h, i) => put(ws, r + 2, i + 1, h));
  } else {
    put(ws, r + 1, 1, "科目编码");
    put(ws, r + 1, nameCol, "科目名称");
  }
  if (spec.groupCaption) {
    put(ws, r, first, spec.groupCaption, { cols: spec.columns.length });
    spec.columns.forEach((c, i) => put(ws, r + 1, first + i, c.caption, { rows: headerRows - 1 }));
  } else {
    spec.columns.forEach((c, i) => put(ws, r, first + i, c.caption, { rows: headerRows }));
  }
  r += headerRows;
  put(ws, r, 1, "栏次", { cols: nameCol });
  spec.columns.forEach((_, i) => put(ws, r, first + i, String(i + 1)));
  styleHeader(ws, top, r, width);
  r += 1;
  for (const line of spec.lines) {
    if (line.code === "") {
      put(ws, r, 1, line.name, { cols: nameCol }).alignment = { horizontal: "center" };
    } else {
      if (spec.splitCodes) {
        put(ws, r, 1, line.code.slice(0, 3));
        if (line.code.length >= 5) put(ws, r, 2, line.code.slice(3, 5));
        if (line.code.length >= 7) put(ws, r, 3, line.code.slice(5, 7));
      } else {
        put(ws, r, 1, line.code);
      }
      put(ws, r, nameCol, indentName(line.code, line.name));
    }
    spec.columns.forEach((c, i) => {
      const amount = line.amounts[c.key];
      if (!spec.textAmounts) {
        putAmount(ws, r, first + i, amount);
      } else {
        const cell = ws.getCell(r, first + i);
        cell.value = textAmount(amount, line.code.length);
        cell.alignment = { horizontal: "right" };
      }
    });
    r += 1;
  }
  box(ws, top, 1, r - 1, width);
}

/** Numeric text; zero written "0.00" on the 合计 row, "—" on 类/款 rows, blank on 项 rows. */
function textAmount(amount: string, codeLength: number): string | null {
  if (Number(amount) !== 0) return amountText(amount);
  if (codeLength === 0) return "0.00";
  return codeLength === 7 ? null : "—";
}

export function addIncome(wb: ExcelJS.Workbook): void {
  addCoded(wb, {
    sheet: SHEET_NAMES.income, title: "收入决算表", tableNo: "公开02表",
    columns: data.INCOME_COLUMNS, lines: data.INCOME, splitCodes: true, textAmounts: true,
  });
}

export function addExpenditure(wb: ExcelJS.Workbook): void {
  addCoded(wb, {
    sheet: SHEET_NAMES.expenditure, title: "支出决算表", tableNo: "公开03表",
    columns: data.EXPENDITURE_COLUMNS, lines: data.EXPENDITURE, splitCodes: true, textAmounts: false,
  });
}

export function addGpbExpenditure(wb: ExcelJS.Workbook): void {
  addCoded(wb, {
    sheet: SHEET_NAMES.gpbExpenditure, title: "一般公共预算财政拨款支出决算表", tableNo: "公开05表",
    columns: data.GPB_COLUMNS, lines: data.GPB_EXPENDITURE, splitCodes: false, textAmounts: false,
    groupCaption: "本年支出",
  });
}

/** T4: 收入 panel (项目 | 行次 | 金额) beside 支出 panel (项目 | 行次 | 合计 | three funds). */
export function addFiscalSummary(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET_NAMES.fiscalSummary);
  const f = data.FISCAL_SUMMARY;
  const width = 9;
  widths(ws, [30, 6, 14, 30, 6, 14, 16, 16, 16]);
  let r = heading(ws, "财政拨款收入支出决算总表", "公开04表", UNIT, width);
  const top = r;
  put(ws, r, 1, "收入", { cols: 3 });
  put(ws, r, 4, "支出", { cols: 6 });
  ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
    .forEach((h, i) => put(ws, r + 1, i + 1, h));
  put(ws, r + 2, 1, "栏次");
  put(ws, r + 2, 3, "1");
  put(ws, r + 2, 4, "栏次");
  ["2", "3", "4", "5"].forEach((h, i) => put(ws, r + 2, 6 + i, h));
  styleHeader(ws, r, r + 2, width);
  r += 3;
  const body = r;
  f.income.forEach((line, i) => {
    put(ws, body + i, 1, `${cnOrdinal(i + 1)}、${line.label}收入`);
    put(ws, body + i, 2, i + 1);
    putAmount(ws, body + i, 3, line.amount);
  });
  const rightStart = 10;
  data.EXPENSE_CLASSES.forEach((cls, i) => {
    const gpb = f.gpbByClass[cls.code] ?? "0.00";
    put(ws, body + i, 4, `${cnOrdinal(i + 1)}、${cls.name}`);
    put(ws, body + i, 5, rightStart + i + 1);
    [gpb, gpb, "0.00", "0.00"].forEach((a, j) => putAmount(ws, body + i, 6 + j, a));
  });
  const t = body + Math.max(f.income.length, data.EXPENSE_CLASSES.length);
  const leftLines: [string, string][] = [
    ["本年收入合计", f.incomeTotal],
    ["年初财政拨款结转和结余", f.opening.total],
    ["  一般公共预算财政拨款", f.opening.gpb],
    ["  政府性基金预算财政拨款", f.opening.govFund],
    ["  国有资本经营预算财政拨款", f.opening.soe],
    ["总计", f.incomeGrandTotal],
  ];
  leftLines.forEach(([label, amount], i) => {
    put(ws, t + i, 1, label);
    put(ws, t + i, 2, f.income.length + i + 1);
    putAmount(ws, t + i, 3, amount);
  });
  const fundCells = (row: number, label: string, line: { total: string; gpb: string; govFund: string; soe: string }, no: number) => {
    put(ws, row, 4, label);
    put(ws, row, 5, no);
    [line.total, line.gpb, line.govFund, line.soe].forEach((a, j) => putAmount(ws, row, 6 + j, a));
  };
  const classNo = rightStart + data.EXPENSE_CLASSES.length;
  fundCells(t, "本年支出合计", { total: f.expenseTotal, gpb: f.expenseTotal, govFund: "0.00", soe: "0.00" }, classNo + 1);
  fundCells(t + 1, "年末财政拨款结转和结余", f.closing, classNo + 2);
  fundCells(t + 5, "总计", { total: f.expenseGrandTotal, gpb: f.expenseGrandTotal, govFund: "0.00", soe: "0.00" }, classNo + 3);
  box(ws, top, 1, t + 5, width);
}

/** T6: 人员经费 panel | 公用经费 panel, 类 rows as SUM formulas, 合计 row at the bottom. */
export function addGpbBasic(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET_NAMES.gpbBasic);
  const width = 6;
  widths(ws, [10, 30, 14, 10, 30, 14]);
  let r = heading(ws, "一般公共预算财政拨款基本支出决算表", "公开06表", UNIT, width);
  const top = r;
  put(ws, r, 1, "人员经费", { cols: 3 });
  put(ws, r, 4, "公用经费", { cols: 3 });
  ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"].forEach((h, i) => put(ws, r + 1, i + 1, h));
  styleHeader(ws, r, r + 1, width);
  r += 2;
  const body = r;
  const classRows = (lines: data.EconomicLine[], left: number): number[] => {
    const rows: number[] = [];
    lines.forEach((line, i) => {
      const row = body + i;
      put(ws, row, left, line.code);
      put(ws, row, left + 1, indentName(line.code, line.name));
      if (line.code.length === 3) rows.push(row);
      putAmount(ws, row, left + 2, line.amount);
    });
    // a 类 row sums its 款 lines: the rows up to the next 类 row
    rows.forEach((row, k) => {
      const end = k + 1 < rows.length ? rows[k + 1] - 1 : body + lines.length - 1;
      const amount = lines[row - body].amount;
      // ExcelJS drops a cached result of 0, so a zero 类 stays a plain number
      if (end > row && Number(amount) !== 0) putFormula(ws, row, left + 2, `SUM(${addr(row + 1, left + 2)}:${addr(end, left + 2)})`, amount);
    });
    return rows;
  };
  const personnelClasses = classRows(data.PERSONNEL, 1);
  const publicClasses = classRows(data.PUBLIC_FUNDS, 4);
  const total = body + Math.max(data.PERSONNEL.length, data.PUBLIC_FUNDS.length);
  put(ws, total, 1, "人员经费合计", { cols: 2 });
  putFormula(ws, total, 3, personnelClasses.map((row) => addr(row, 3)).join("+"), data.PERSONNEL_TOTAL);
  put(ws, total, 4, "公用经费合计", { cols: 2 });
  putFormula(ws, total, 6, publicClasses.map((row) => addr(row, 6)).join("+"), data.PUBLIC_TOTAL);
  box(ws, top, 1, total, width);
}

/** T7/T8: an empty 收入支出决算表 with its 空表 note. */
function addEmptyFundTable(wb: ExcelJS.Workbook, sheet: string, title: string, tableNo: string, note: string): void {
  const ws = wb.addWorksheet(sheet);
  const width = 8;
  widths(ws, [12, 26, 14, 14, 14, 14, 14, 14]);
  let r = heading(ws, title, tableNo, UNIT, width);
  const top = r;
  put(ws, r, 1, "项目", { cols: 2 });
  put(ws, r, 3, "年初结转和结余", { rows: 2 });
  put(ws, r, 4, "本年收入", { rows: 2 });
  put(ws, r, 5, "本年支出", { cols: 3 });
  put(ws, r, 8, "年末结转和结余", { rows: 2 });
  put(ws, r + 1, 1, "科目编码");
  put(ws, r + 1, 2, "科目名称");
  ["小计", "基本支出", "项目支出"].forEach((h, i) => put(ws, r + 1, 5 + i, h));
  put(ws, r + 2, 1, "栏次", { cols: 2 });
  ["1", "2", "3", "4", "5", "6"].forEach((h, i) => put(ws, r + 2, 3 + i, h));
  styleHeader(ws, r, r + 2, width);
  r += 3;
  put(ws, r, 1, "合计", { cols: 2 }).alignment = { horizontal: "center" };
  box(ws, top, 1, r, width);
  const noteCell = put(ws, r + 1, 1, note, { cols: width });
  noteCell.alignment = { wrapText: true, vertical: "top" };
  ws.getRow(r + 1).height = 30;
}

export function addGovFund(wb: ExcelJS.Workbook): void {
  addEmptyFundTable(wb, SHEET_NAMES.govFund, "政府性基金预算财政拨款收入支出决算表", "公开07表", data.EMPTY_GOV_FUND_NOTE);
}

export function addSoeCapital(wb: ExcelJS.Workbook): void {
  addEmptyFundTable(wb, SHEET_NAMES.soeCapital, "国有资本经营预算财政拨款收入支出决算表", "公开08表", data.EMPTY_SOE_NOTE);
}

/** T9: 预算数 | 决算数, each 合计 | 出国 | 公车 (小计 | 购置 | 运维) | 接待; totals as formulas. */
export function addThreePublic(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET_NAMES.threePublic);
  const width = 12;
  widths(ws, Array(width).fill(13));
  let r = heading(ws, "财政拨款“三公”经费支出决算表", "公开09表", UNIT, width);
  const top = r;
  put(ws, r, 1, "预算数", { cols: 6 });
  put(ws, r, 7, "决算数", { cols: 6 });
  for (const left of [1, 7]) {
    put(ws, r + 1, left, "合计", { rows: 2 });
    put(ws, r + 1, left + 1, "因公出国（境）费", { rows: 2 });
    put(ws, r + 1, left + 2, "公务用车购置及运行费", { cols: 3 });
    put(ws, r + 1, left + 5, "公务接待费", { rows: 2 });
    ["小计", "公务用车购置费", "公务用车运行维护费"].forEach((h, i) => put(ws, r + 2, left + 2 + i, h));
  }
  styleHeader(ws, r, r + 2, width);
  r += 3;
  const blocks: [number, typeof data.THREE_PUBLIC.budget][] = [[1, data.THREE_PUBLIC.budget], [7, data.THREE_PUBLIC.final]];
  for (const [left, v] of blocks) {
    putAmount(ws, r, left + 1, v.abroad);
    putAmount(ws, r, left + 3, v.vehiclePurchase);
    putAmount(ws, r, left + 4, v.vehicleOperation);
    putAmount(ws, r, left + 5, v.reception);
    putFormula(ws, r, left + 2, `${addr(r, left + 3)}+${addr(r, left + 4)}`, v.vehicleTotal);
    putFormula(ws, r, left, `${addr(r, left + 1)}+${addr(r, left + 2)}+${addr(r, left + 5)}`, v.total);
  }
  box(ws, top, 1, r, width);
}
