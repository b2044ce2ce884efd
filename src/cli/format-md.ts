/** Markdown output: a heading per table, a list per severity, the summary line; a folder ends with a table. */
import type { Language } from "./args";
import { cellValueLookup } from "./cell-values";
import { findingParts } from "./finding-parts";
import { groupFindings } from "../validation/report-groups";
import { folderRow, severityName, summaryLine, tableName, WORDS } from "./labels";
import type { FileOutcome } from "./outcome";

/** Keeps sheet names and messages from breaking Markdown tables and emphasis. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_|])/g, "\\$1");
}

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
        lines.push(`- \`${parts.location}\` ${escapeMd(parts.message)}${parts.detail ? ` — ${escapeMd(parts.detail)}` : ""}`);
        for (const caused of group.caused.get(finding) ?? []) {
          const sub = findingParts(caused, lang, lookup);
          lines.push(`  - ${lang === "zh" ? "由此引起" : "follows from it"}: \`${sub.location}\` ${escapeMd(sub.message)}`);
        }
      }
      lines.push("");
    }
  }
  if (report.findings.length === 0 && report.tables.length > 0) lines.push(words.noFindings, "");
  if (report.unrecognized.length > 0) {
    lines.push(`## ${words.unrecognized}`, "");
    for (const item of report.unrecognized) lines.push(`- \`${item.sheet}!${item.cell}\` ${escapeMd(item.title)}: ${escapeMd(item.reason)}`);
    lines.push("");
  }
  for (const note of report.notes) lines.push(`> ${escapeMd(note)}`, "");
  lines.push(`**${summaryLine(report.tables.length, report.summary, lang)}**`);
  return lines.join("\n");
}

export function formatMdFolder(outcomes: FileOutcome[], lang: Language): string {
  const header = [...WORDS[lang].folderHeader];
  const rows = outcomes.map((outcome) => folderRow(outcome, lang).map(escapeMd));
  const table = [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
  const reports = outcomes.map((outcome) => formatMdReport(outcome, lang));
  return [...reports, `# ${lang === "zh" ? "汇总" : "Summary"}`, table].join("\n\n");
}
