/**
 * 出错说明 saved by the pane in Excel live in the workbook's add-in settings (Office.js
 * document.settings), which Excel writes into xl/webextensions/webextension*.xml as
 * <we:property name="…" value="JSON"/>. This reads them back from the file's parts, for the CLI.
 */
import { sanitizeWaivers, type Waiver } from "./waivers";

export const REVIEW_SETTINGS_KEY = "fa-checker.review";

/** Decodes the five XML entities and numeric references of an attribute value. */
function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (ref[0] !== "#") return named[ref.toLowerCase()] ?? whole;
    const code = ref[1].toLowerCase() === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

/** The waivers in one webextension part's properties; none when the part has no such property. */
export function waiversFromWebExtension(xml: string): Waiver[] {
  for (const match of xml.matchAll(/<(?:\w+:)?property\b([^>]*)\/?>/g)) {
    const attrs = match[1];
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const value = /\bvalue="([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined || value === undefined || xmlUnescape(name) !== REVIEW_SETTINGS_KEY) continue;
    try {
      return sanitizeWaivers(JSON.parse(xmlUnescape(value)));
    } catch {
      return []; // unreadable: nothing waived, nothing invented
    }
  }
  return [];
}
