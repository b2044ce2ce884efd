/**
 * Workbook text into Markdown files (--format md, --explain x.md) as literal text: a cell holding
 * `<script>`, `<img onerror=…>`, a `[link](javascript:…)` or a line break must come out as characters
 * to read, never as HTML, a link or new document structure, whatever renders the file.
 */

/** One line of literal text: HTML as entities, Markdown punctuation backslash-escaped, breaks as spaces. */
export function escapeMd(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/([\\`*_|[\]~])/g, "\\$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^(\s*)([-+]|\d+\.)(\s)/, (_, space: string, marker: string, after: string) => `${space}${marker.replace(/([-+.])$/, "\\$1")}${after}`);
}

/** An inline code span that no backtick in the text can close early (CommonMark: a longer fence). */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * The generated 说明 as Markdown from its lines (explain's heading levels: 0 title … 3 （一）), every
 * text escaped (titles and paragraphs carry project and item names from the workbook).
 */
export function explanationMarkdown(lines: readonly { text: string; level?: number }[]): string {
  return `${lines.map((l) => (l.level === undefined ? escapeMd(l.text) : `${"#".repeat(l.level + 1)} ${escapeMd(l.text)}`)).join("\n\n")}\n`;
}
