/**
 * The one place where cell values become function arguments and bad input becomes an Excel error:
 * "1,234.56", full-width digits, "97.66%" and blanks are read here, so every body in
 * definitions.ts is only arithmetic. Empty cells arrive as 0 (Excel desktop) or null (Excel on the
 * web, WPS, HyperFormula): both mean 0 for a required number, and "absent" for an optional one.
 */
import { parseNumber } from "../src/numbers/parse";
import { quote } from "../src/numbers/quote";
import type { Exact } from "../src/numbers/fastpath";
import {
  DEFINITION_BY_ID,
  numError,
  valueError,
  type ArgSpec,
  type Coerced,
  type FnError,
  type FnValue,
  type FunctionDef,
  type FunctionId,
} from "./definitions";

export type RunResult = { value: FnValue } | FnError;

/**
 * Plain numeric text ("1,234.56", "-46.65") of at most 15 digits, read without allocating: N / 10^k
 * of two exact doubles is the correctly rounded decimal, i.e. exactly Number(text), so the float
 * fast path of src/numbers/fastpath.ts applies. Anything else returns undefined (full parser).
 */
export function plainNumber(text: string): number | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // "-"
  let value = 0;
  let digits = 0;
  let decimals = -1;
  let sinceComma = -1;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      if (value > 0 || decimals >= 0) digits++;
      if (decimals >= 0) decimals++;
      else if (sinceComma >= 0) sinceComma++;
    } else if (c === 44 && decimals < 0 && (sinceComma === -1 ? value > 0 && value < 1000 : sinceComma === 3)) {
      sinceComma = 0; // "," only between groups of three
    } else if (c === 46 && decimals < 0) {
      decimals = 0;
    } else return undefined;
  }
  if (digits > 15 || decimals === 0 || (sinceComma >= 0 && sinceComma !== 3)) return undefined;
  if (n === (text.charCodeAt(0) === 45 ? 1 : 0)) return undefined;
  const result = decimals > 0 ? value / POW10[decimals] : value;
  return text.charCodeAt(0) === 45 ? -result : result;
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

const label = (spec: ArgSpec) => `参数 ${spec.name}（${spec.nameZh}）`;

export function isError(x: unknown): x is FnError {
  return typeof x === "object" && x !== null && !Array.isArray(x) && (x as FnError).error !== undefined && "message" in x;
}

function cellError(x: unknown): string | null {
  return typeof x === "object" && x !== null && !Array.isArray(x) && typeof (x as { error?: unknown }).error === "string"
    ? (x as { error: string }).error
    : null;
}

function toNumber(x: unknown, spec: ArgSpec, where = ""): Exact | null | FnError {
  if (typeof x === "number") {
    return Number.isFinite(x) ? x + 0 : valueError(`${label(spec)}${where}不是有限数值 / not a finite number`);
  }
  if (x === null || x === undefined) return null;
  if (typeof x === "string") {
    const fast = x.length > 0 && x.length <= 20 ? plainNumber(x) : undefined;
    if (fast !== undefined) return fast;
    const trimmed = x.trim();
    if (trimmed === "") return null;
    const parsed = parseNumber(trimmed);
    if (!parsed.ok && parsed.tooLong) return valueError(`${label(spec)}${where}：${parsed.reason}`);
    if (!parsed.ok) {
      return valueError(`${label(spec)}${where}不是数字：“${quote(x)}” / argument ${spec.name} is not a number: "${quote(x)}"`);
    }
    return parsed.blank ? null : parsed.value;
  }
  const err = cellError(x);
  if (err) return valueError(`${label(spec)}${where}是错误值 ${err} / argument ${spec.name} is the error ${err}`);
  return valueError(`${label(spec)}${where}不是数字：${quote(String(x))} / argument ${spec.name} is not a number`);
}

function coerce(x: unknown, spec: ArgSpec): Coerced | FnError {
  // the everyday cells first: a finite number for a number, non-empty text for a text
  if (typeof x === "number" && spec.type === "number" && Number.isFinite(x)) return x + 0;
  if (typeof x === "string" && spec.type === "text" && x !== "") return x;
  // A 1×1 range passed to a scalar argument (WPS, HyperFormula) is its single value.
  if (spec.type !== "range" && Array.isArray(x)) {
    const flat = x.flat();
    if (flat.length !== 1) return valueError(`${label(spec)}应为单个单元格 / argument ${spec.name} must be one cell`);
    x = flat[0];
  }
  switch (spec.type) {
    case "number": {
      const n = toNumber(x, spec);
      if (n === null) return spec.optional && spec.default !== undefined ? (spec.default as number) : 0;
      return n;
    }
    case "text": {
      if (x === null || x === undefined || x === "") {
        if (spec.optional) return (spec.default as string) ?? "";
        return valueError(`${label(spec)}为空 / argument ${spec.name} is empty`);
      }
      const err = cellError(x);
      if (err) return valueError(`${label(spec)}是错误值 ${err} / argument ${spec.name} is the error ${err}`);
      return String(x);
    }
    case "boolean": {
      if (x === null || x === undefined || x === "") return Boolean(spec.default);
      if (typeof x === "boolean") return x;
      if (typeof x === "number") return x !== 0;
      const t = String(x).trim().toUpperCase();
      if (["TRUE", "是", "真", "1"].includes(t)) return true;
      if (["FALSE", "否", "假", "0"].includes(t)) return false;
      return valueError(`${label(spec)}应为 TRUE 或 FALSE：“${quote(String(x))}” / argument ${spec.name} must be TRUE or FALSE`);
    }
    case "range": {
      const cells = Array.isArray(x) ? x.flat(2) : [x];
      const items: Exact[] = [];
      for (let i = 0; i < cells.length; i++) {
        const n = toNumber(cells[i], spec, `第${i + 1}个单元格`);
        if (isError(n)) return n;
        if (n !== null) items.push(n);
      }
      return items;
    }
  }
}

/** Coerces the arguments and runs the body: the value, or the error object. */
export function evaluate(def: FunctionDef, raw: ArrayLike<unknown>): FnValue | FnError {
  const specs = def.args;
  const a0 = specs.length > 0 ? coerce(raw[0], specs[0]) : null;
  if (isError(a0)) return a0;
  const a1 = specs.length > 1 ? coerce(raw[1], specs[1]) : null;
  if (isError(a1)) return a1;
  if (specs.length <= 2) return checked(def.body(a0, a1));
  const a2 = coerce(raw[2], specs[2]);
  if (isError(a2)) return a2;
  if (specs.length === 3) return checked(def.body(a0, a1, a2));
  const a3 = coerce(raw[3], specs[3]);
  if (isError(a3)) return a3;
  if (specs.length === 4) return checked(def.body(a0, a1, a2, a3)); // no array per call: the common arities
  const rest: Coerced[] = [a0, a1, a2, a3];
  for (let i = 4; i < specs.length; i++) {
    const c = coerce(raw[i], specs[i]);
    if (isError(c)) return c;
    rest.push(c);
  }
  return checked(def.body(...rest));
}

/** What one Excel/WPS cell can hold (the text limit of the Excel specifications). */
export const MAX_CELL_TEXT = 32_767;

/**
 * No body hands a cell Infinity, NaN or −0 (a quotient past the double range is #NUM!), nor a text
 * longer than a cell holds (#VALUE!).
 */
function checked(out: FnValue | FnError): FnValue | FnError {
  if (typeof out === "string" && out.length > MAX_CELL_TEXT) {
    return valueError(`结果超过${MAX_CELL_TEXT}个字符，单元格无法容纳 / the text result is longer than a cell holds (${MAX_CELL_TEXT})`);
  }
  if (typeof out !== "number") return out;
  if (Number.isFinite(out)) return out + 0;
  return numError("结果超出可表示的数值范围 / the result is outside the range of numbers a cell can hold");
}

/** Runs one FA function on raw cell values: { value } or { error: '#VALUE!' | '#DIV/0!', message }. */
export function runDefinition(def: FunctionDef, raw: ArrayLike<unknown>): RunResult {
  const out = evaluate(def, raw);
  return isError(out) ? out : { value: out };
}

export function runFunction(id: FunctionId, raw: ArrayLike<unknown>): RunResult {
  return runDefinition(DEFINITION_BY_ID[id], raw);
}
