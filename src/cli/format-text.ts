/** Plain-text output (the default): Chinese, grouped by table and severity, one line per finding. */
import type { Language } from "./args";
import { cellValueLookup } from "./cell-values";
import { findingParts } from "./finding-parts";
import { groupFindings } from "../validation/report-groups";
import { severityName, summaryLine, tableName, WORDS } from "./labels";
import type { FileOutcome } from "./outcome";
import { renderFolder, type FolderFormat } from "./folder-format";
import { textWidth } from "./text-width";

export function formatTextReport(outcome: FileOutcome, lang: Language): string {
  const words = WORDS[lang];
  const report = outcome.report;
  const lines: string[] = [`${lang === "zh" ? "文件" : "File"}: ${outcome.file}`];
  if (!report) return [...lines, `  ${outcome.error ?? ""}`].join("\n");
  const lookup = cellValueLookup(outcome.snapshot);
  for (const group of groupFindings(report)) {
    const heading = group.table
      ? `【${group.table.title || tableName(group.table.kind, lang)}】${group.table.sheet}!${group.table.range}`
      : `【${group.sheet}】`;
    lines.push("", heading);
    for (const { severity, findings } of group.bySeverity) {
      lines.push(`  ${severityName(severity, lang)} (${findings.length})`);
      for (const finding of findings) {
        if (severity === "info" && group.tails.length > 1 && finding === group.tails[0]) lines.push(`    ${lang === "zh" ? "尾差" : "Tail differences"} (${group.tails.length})`);
        const indent = group.tails.length > 1 && group.tails.includes(finding) ? "      " : "    ";
        const parts = findingParts(finding, lang, lookup);
        lines.push(`${indent}${parts.location}  ${parts.message}${parts.detail ? `  [${parts.detail}]` : ""}`);
        for (const caused of group.caused.get(finding) ?? []) {
          const sub = findingParts(caused, lang, lookup);
          lines.push(`${indent}  ↳ ${lang === "zh" ? "由此引起" : "follows from it"}: ${sub.location}  ${sub.message}`);
        }
      }
    }
  }
  if (report.findings.length === 0 && report.tables.length > 0) lines.push("", words.noFindings);
  if (report.unrecognized.length > 0) {
    lines.push("", `${words.unrecognized}${words.colon.trim()}`);
    for (const item of report.unrecognized) lines.push(`  ${item.sheet}!${item.cell}  ${item.title}: ${item.reason}`);
  }
  if (report.notes.length > 0) {
    lines.push("", `${words.notes}${words.colon.trim()}`);
    for (const note of report.notes) lines.push(`  ${note}`);
  }
  lines.push("", summaryLine(report.tables.length, report.summary, lang));
  return lines.join("\n");
}

/** Columns padded by display width (a Chinese character takes two). */
function alignedTable(rows: string[][]): string[] {
  // a reduce, not Math.max(...rows): a folder of 100k files must not exhaust the stack
  const widths = rows[0].map((_, column) => rows.reduce((widest, row) => Math.max(widest, textWidth(row[column] ?? "")), 0));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + " ".repeat(widths[column] - textWidth(cell))))
      .join("  ")
      .trimEnd(),
  );
}

export const textFolder: FolderFormat = {
  head: "",
  piece: (outcome, lang) => `${formatTextReport(outcome, lang)}\n\n`,
  tail(rows, lang) {
    const table = alignedTable([[...WORDS[lang].folderHeader], ...rows]);
    const rule = "=".repeat(table.reduce((widest, line) => Math.max(widest, textWidth(line)), 0));
    return [rule, ...table].join("\n");
  },
};

export function formatTextFolder(outcomes: FileOutcome[], lang: Language): string {
  return renderFolder(textFolder, outcomes, lang);
}
