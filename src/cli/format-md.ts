/** Markdown output: a heading per table, a list per severity, the summary line; a folder ends with a table. */
import type { Language } from "./args";
import { cellValueLookup } from "./cell-values";
import { findingParts } from "./finding-parts";
import { groupFindings } from "../validation/report-groups";
import { severityName, summaryLine, tableName, WORDS } from "./labels";
import { codeSpan, escapeMd } from "./markdown";
import type { FileOutcome } from "./outcome";
import { renderFolder, type FolderFormat } from "./folder-format";


export function formatMdReport(outcome: FileOutcome, lang: Language): string {
  const words = WORDS[lang];
  const report = outcome.report;
  const lines: string[] = [`# ${escapeMd(outcome.file)}`, ""];
  if (!report) return [...lines, outcome.error ?? ""].join("\n");
  const lookup = cellValueLookup(outcome.snapshot);
  for (const group of groupFindings(report)) {
    const heading = group.table
      ? `## ${escapeMd(group.table.title || tableName(group.table.kind, lang))} (${escapeMd(`${group.table.sheet}!${group.table.range}`)})`
      : `## ${escapeMd(group.sheet)}`;
    lines.push(heading, "");
    for (const { severity, findings } of group.bySeverity) {
      lines.push(`### ${severityName(severity, lang)} (${findings.length})`, "");
      for (const finding of findings) {
        const parts = findingParts(finding, lang, lookup);
        lines.push(`- ${codeSpan(parts.location)} ${escapeMd(parts.message)}${parts.detail ? ` — ${escapeMd(parts.detail)}` : ""}`);
        for (const caused of group.caused.get(finding) ?? []) {
          const sub = findingParts(caused, lang, lookup);
          lines.push(`  - ${lang === "zh" ? "由此引起" : "follows from it"}: ${codeSpan(sub.location)} ${escapeMd(sub.message)}`);
        }
      }
      lines.push("");
    }
  }
  if (report.findings.length === 0 && report.tables.length > 0) lines.push(words.noFindings, "");
  if (report.unrecognized.length > 0) {
    lines.push(`## ${words.unrecognized}`, "");
    for (const item of report.unrecognized) lines.push(`- ${codeSpan(`${item.sheet}!${item.cell}`)} ${escapeMd(item.title)}: ${escapeMd(item.reason)}`);
    lines.push("");
  }
  for (const note of report.notes) lines.push(`> ${escapeMd(note)}`, "");
  lines.push(`**${summaryLine(report.tables.length, report.summary, lang)}**`);
  return lines.join("\n");
}

export const mdFolder: FolderFormat = {
  head: "",
  piece: (outcome, lang) => `${formatMdReport(outcome, lang)}\n\n`,
  tail(rows, lang) {
    const header = [...WORDS[lang].folderHeader];
    const table = [header, header.map(() => "---"), ...rows.map((row) => row.map(escapeMd))].map((row) => `| ${row.join(" | ")} |`);
    return [`# ${lang === "zh" ? "汇总" : "Summary"}`, "", ...table].join("\n");
  },
};

export function formatMdFolder(outcomes: FileOutcome[], lang: Language): string {
  return renderFolder(mdFolder, outcomes, lang);
}
