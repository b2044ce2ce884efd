/**
 * Reads an empty-table note by meaning, not by one word: a statement that a fund table has no data
 * (…为空表 / 故本表无数据 / 本表无数据 / 本单位没有…收入，也没有使用…安排的支出 / 不涉及).
 */
import { normalize } from "./text";

/** The words naming each fund whose table may be empty. */
export const FUND_WORDS = {
  "gov-fund": ["政府性基金"],
  "soe-capital": ["国有资本经营", "国有资本"],
} as const;

export type FundTableKind = keyof typeof FUND_WORDS;

/** "empty"/"no data": the table itself is said to be empty. */
const EMPTY = /空表|表为空|无数据|没有数据|无任何数据|无相关数据|数据为空|未发生(?:相关)?数据/;
/** a negation of income or spending: 没有…收入, 无…支出, 未安排…支出, 不涉及. */
const NEGATION = /(?:无|没有|未(?:安排|发生|使用)?|不涉及)/;
const MONEY = /收入|支出|收支|结转|结余|经费/;

export interface NoteMeaning {
  /** the note says some table has no data. */
  empty: boolean;
  /** the fund tables it names. */
  funds: FundTableKind[];
}

export function readNote(raw: string): NoteMeaning {
  const t = normalize(raw);
  const funds = (Object.keys(FUND_WORDS) as FundTableKind[]).filter((k) => FUND_WORDS[k].some((w) => t.includes(w)));
  const emptyWord = EMPTY.test(t);
  // "本单位没有政府性基金…收入，也没有使用…安排的支出": negation before the money word, about a fund
  const negatedMoney = funds.length > 0 && NEGATION.test(t) && MONEY.test(t) && !/\d/.test(t.replace(/\d{4}年/g, ""));
  const omitted = /不涉及|不列/.test(t);
  return { empty: emptyWord || negatedMoney || omitted, funds };
}

/**
 * Whether `text` notes that the `kind` table is empty. A note under the table may say just 本表无数据;
 * one elsewhere (beside it, in the 说明) must name the fund.
 */
export function notesEmptyTable(text: string, kind: FundTableKind, underTable: boolean): boolean {
  const meaning = readNote(text);
  if (!meaning.empty) return false;
  if (meaning.funds.includes(kind)) return true;
  return underTable && meaning.funds.length === 0 && /本表|该表|此表|为空/.test(normalize(text));
}
