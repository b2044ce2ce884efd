/**
 * The 说明底稿 formulas written with built-in functions only (IF, ROUND, ABS, SIGN, TRIM, FIXED, &),
 * for hosts without custom functions (volume-licensed Office LTSC 2021): the same text as
 * FA.VARIANCERATE / FA.VARIANCETEXT with their defaults (thousands separators, 增长100.00% from 0).
 */
import { MISSING_PREVIOUS, MISSING_REASON } from "./settings";

/** Cell addresses of one row: 本年, 上年, 科目, 原因. */
export interface RowCells {
  current: string;
  previous: string;
  subject: string;
  reason: string;
}

export type FormulaStyle = "fa" | "builtin";

/** (本年 − 上年) / 上年, with the disclosure convention for a zero base (0 → X is ±100%). */
function rateExpr(current: string, base: string): string {
  return `IF(${base}=0,IF(${current}=0,0,SIGN(${current})),(${current}-${base})/${base})`;
}

export function rateFormula(style: FormulaStyle, current: string, base: string): string {
  const rate = style === "fa" ? `FA.VARIANCERATE(${current},${base})` : rateExpr(current, base);
  return `=IF(${base}="","",${rate})`;
}

export function textFormula(style: FormulaStyle, c: RowCells): string {
  if (style === "fa") return `=IF(${c.previous}="","${MISSING_PREVIOUS}",FA.VARIANCETEXT(${c.current},${c.previous},${c.subject},${c.reason}))`;
  const change = `${c.current}-${c.previous}`;
  const rate = rateExpr(c.current, c.previous);
  // ROUND first: Excel rounds at 15 significant digits, so 12345.675 − 10000 gives 2,345.68 as decimal arithmetic does
  const money = (x: string) => `FIXED(ROUND(${x},2),2)`;
  return (
    `=IF(${c.previous}="","${MISSING_PREVIOUS}",` +
    `IF(TRIM(${c.subject})="","",TRIM(${c.subject})&":")&"支出决算数为"&${money(c.current)}&"万元，比上年决算"&` +
    `IF(${change}<0,"减少","增加")&${money(`ABS(${change})`)}&"万元，"&` +
    `IF(${rate}<0,"下降","增长")&${money(`ABS(${rate})*100`)}&"%,主要原因是："&` +
    `IF(TRIM(${c.reason})="","${MISSING_REASON}",TRIM(${c.reason})))`
  );
}
