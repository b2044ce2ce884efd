import type { ExplainContext, ExplainSection } from "../context";
import { chineseNumber, TABLE_TITLES, TERMS } from "../terms";
import type { TableKind } from "../../tables/types";

function presentKinds(ctx: ExplainContext): Set<TableKind> {
  const t = ctx.t;
  const present: [TableKind, unknown][] = [
    ["summary", t.summary], ["income", t.income], ["expenditure", t.expenditure], ["fiscal-summary", t.fiscal],
    ["gpb-expenditure", t.gpb], ["gpb-basic", t.basic], ["gov-fund", t.govFund], ["soe-capital", t.soe], ["three-public", t.threePublic],
  ];
  return new Set(present.filter(([, table]) => table !== undefined).map(([kind]) => kind));
}

/** 第三部分 专业名词解释: the terms of the tables present, renumbered. */
export function termsSection(ctx: ExplainContext): ExplainSection | undefined {
  const kinds = presentKinds(ctx);
  const terms = TERMS.filter((t) => t.tables.some((k) => kinds.has(k)));
  if (terms.length === 0) return undefined;
  return { part: 3, title: "", paragraphs: terms.map((t, i) => `${chineseNumber(i + 1)}、${t.term}：${t.definition}`) };
}

/** 第四部分: the list of 附表 actually present (the empty 七/八 tables included, as published). */
export function tablesSection(ctx: ExplainContext): ExplainSection | undefined {
  const kinds = presentKinds(ctx);
  const titles = TABLE_TITLES.filter(([kind]) => kinds.has(kind));
  if (titles.length === 0) return undefined;
  return { part: 4, title: "", paragraphs: titles.map(([, title], i) => `${chineseNumber(i + 1)}、《${title}》`) };
}
