/** Caption and label normalization shared by every recognizer. */

const SPACES = /[\s\u00a0\u3000]+/g;
const QUOTES = /[“”"'‘’「」『』]/g;

/** Any character normalize() changes: most cells have none, and are returned as they are. */
const CHANGED = /[\s\u00a0\u3000（）：“”"'‘’「」『』]/;

/** Removes all whitespace, unifies full-width parentheses and colons, drops quote marks. */
export function normalize(text: string): string {
  if (!CHANGED.test(text)) return text;
  return text.replace(SPACES, "").replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":").replace(QUOTES, "");
}

/** Leading list numbering: "一、", "(一)", "1.", "1、", "其中:". */
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十\d]+\)|\d+[、.．](?!\d)|其中:)+/;

/** A row label without indentation, numbering or "其中：" prefix. */
export function labelKey(text: string): string {
  return normalize(text).replace(NUMBERING, "");
}

/** "(类)", "(款)", "(项)" suffixes dropped: "教育支出(类)" → "教育支出". */
export function className(text: string): string {
  return labelKey(text).replace(/\((?:类|款|项)\)$/, "");
}

export function isTotalLabel(text: string): boolean {
  if (text.indexOf("计") < 0) return false;
  const t = normalize(text);
  return t === "合计" || t === "总计";
}

/** A 栏次 caption cell ("栏次", "行次"). */
export function isColumnNumberCaption(text: string): boolean {
  const t = normalize(text);
  return t === "栏次" || t === "行次";
}
