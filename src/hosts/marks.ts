import { SEVERITIES, type Finding, type Severity } from "../rules/shared/types";

/** Fill colours per severity, as #RRGGBB (Excel's Office.js form). Light, so the figure stays legible. */
export const MARK_COLORS: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};


/** WPS and VBA colours are BGR integers: 0xBBGGRR. */
export function toBgr(hex: string): number {
  const rgb = parseInt(hex.replace(/^#/, ""), 16);
  const r = (rgb >> 16) & 0xff;
  const g = (rgb >> 8) & 0xff;
  const b = rgb & 0xff;
  return (b << 16) | (g << 8) | r;
}

/** Where a mark goes: one per cell, the most severe finding on that cell wins. */
export interface MarkTarget {
  sheet: string;
  cell: string;
  severity: Severity;
  /** the cell's findings' messages, for a note/comment. */
  messages: string[];
}

/** Groups findings by cell so a cell carries a single mark (several findings on a cell do not stack). */
export function markTargets(findings: Finding[]): MarkTarget[] {
  const byCell = new Map<string, MarkTarget>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell.replace(/\$/g, "").toUpperCase()}`;
    const seen = byCell.get(key);
    const line = `${f.message} / ${f.messageEn}`;
    if (!seen) {
      byCell.set(key, { sheet: f.sheet, cell: f.cell.replace(/\$/g, "").toUpperCase(), severity: f.severity, messages: [line] });
      continue;
    }
    seen.messages.push(line);
    if (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(seen.severity)) seen.severity = f.severity;
  }
  return [...byCell.values()];
}

/** Text of the note the add-in attaches (WPS comment): recognisable by its prefix. */
export const NOTE_PREFIX = "【决算校验】";
export function noteText(target: MarkTarget): string {
  return NOTE_PREFIX + target.messages.join("\n");
}
