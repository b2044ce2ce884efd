/** The pieces every human-readable format prints for one finding, in the chosen language. */
import type { Finding } from "../rules/shared/types";
import { qualified } from "../workbook/address";
import type { Language } from "./args";
import { WORDS } from "./labels";

export interface FindingParts {
  /** Sheet!A1 of the stated figure. */
  location: string;
  message: string;
  /** "应为 9.92，实为 9.79" (empty when the rule gives neither). */
  comparison: string;
  /** "T5!D8 = 1,082.40" per operand; the value is left out when the cell cannot be read. */
  related: string[];
  /** comparison and operands in one phrase: "应为 9.92，实为 9.79；现场数据：T5!D8 = 1,082.40；…". */
  detail: string;
}

export type ValueLookup = (reference: string) => string | undefined;

export function findingParts(finding: Finding, lang: Language, lookup: ValueLookup): FindingParts {
  const words = WORDS[lang];
  const separator = lang === "zh" ? "，" : ", ";
  const comparison = [
    finding.expected !== "" ? `${words.expected} ${finding.expected}` : "",
    finding.actual !== "" ? `${words.actual} ${finding.actual}` : "",
  ]
    .filter(Boolean)
    .join(separator);
  const related = finding.related.map((reference) => {
    const value = lookup(reference);
    return value === undefined ? reference : `${reference} = ${value}`;
  });
  const joiner = lang === "zh" ? "；" : "; ";
  const detail = [comparison, related.length ? `${words.related}${words.colon}${related.join(joiner)}` : ""].filter(Boolean).join(joiner);
  return {
    location: qualified(finding.sheet, finding.cell),
    message: lang === "zh" ? finding.message : finding.messageEn || finding.message,
    comparison,
    related,
    detail,
  };
}
