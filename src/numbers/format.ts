import { Decimal, round } from "./decimal";

export interface FormatOptions {
  /** thousands separators: on in Xinjiang (2,970.86), off in Shanghai (2970.86). */
  thousands?: boolean;
  decimals?: number;
}

/** 2,970.86 — half-up to `decimals` (2), always showing them. */
export function formatAmount(value: Decimal.Value, options: FormatOptions = {}): string {
  const { thousands = true, decimals = 2 } = options;
  const fixed = round(value, decimals).toFixed(decimals);
  if (!thousands) return fixed;
  const [intPart, frac] = fixed.split(".");
  const sign = intPart.startsWith("-") ? "-" : "";
  const digits = sign ? intPart.slice(1) : intPart;
  // one pass from the left (a lookahead regex is quadratic in the digit count: 1e308 has 309)
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += "," + digits.slice(i, i + 3);
  return `${sign}${grouped}${frac !== undefined ? "." + frac : ""}`;
}

/** A ratio as percent text: 0.80648 → "80.65%". */
export function formatPercent(ratio: Decimal.Value, options: FormatOptions = {}): string {
  const { decimals = 2, thousands = false } = options;
  return `${formatAmount(new Decimal(ratio).times(100), { decimals, thousands })}%`;
}
