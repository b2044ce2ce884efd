/**
 * The user guide and the README point at real things: every image and relative link (and its #anchor,
 * by GitHub's heading ids) resolves; the guide's pictures are small PNGs; the buttons the guide names are
 * the pane's labels and the options it shows are ones fa-check accepts.
 */
import fs from "fs";
import nodePath from "path";
import { parseArgs, UsageError } from "../../src/cli/args";
import { t, type MessageKey } from "../../taskpane/i18n";

const ROOT = nodePath.resolve(__dirname, "../..");
const GUIDE = nodePath.join(ROOT, "docs", "user-guide.md");
const DOCUMENTS = [GUIDE, nodePath.join(ROOT, "README.md")];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Markdown without fenced blocks and inline code, where `[x](y)` is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

interface Link {
  image: boolean;
  target: string;
}

function linksOf(markdown: string): Link[] {
  return [...prose(markdown).matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({ image: m[1] === "!", target: m[2] }));
}

/** GitHub's heading id: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of markdown.replace(/^```[\s\S]*?^```/gm, "").split("\n")) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1].replace(/`/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    const base = text.toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "").replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    ids.add(n === 0 ? base : `${base}-${n}`);
  }
  return ids;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe.each(DOCUMENTS.map((file) => [nodePath.relative(ROOT, file), file]))("%s", (_name, file) => {
  const markdown = fs.readFileSync(file, "utf8");
  const links = linksOf(markdown);

  test("has relative links to check", () => {
    expect(links.filter((l) => !isExternal(l.target)).length).toBeGreaterThan(3);
  });

  test("every relative link and image resolves to a file, and every #anchor to a heading", () => {
    const broken: string[] = [];
    for (const { target } of links.filter((l) => !isExternal(l.target))) {
      const [path, anchor] = target.split("#", 2);
      const resolved = path ? nodePath.resolve(nodePath.dirname(file), decodeURI(path)) : file;
      if (!fs.existsSync(resolved)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (anchor !== undefined && resolved.endsWith(".md")) {
        const ids = headingIds(fs.readFileSync(resolved, "utf8"));
        if (!ids.has(decodeURIComponent(anchor))) broken.push(`${target}: no heading #${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test("images are PNG files under 200 KB", () => {
    for (const { target } of links.filter((l) => l.image && !isExternal(l.target))) {
      const bytes = fs.readFileSync(nodePath.resolve(nodePath.dirname(file), decodeURI(target)));
      expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(bytes.length).toBeLessThan(200_000);
    }
  });
});

describe("the checker itself", () => {
  test("finds a missing image, a missing file and a missing anchor", () => {
    const fake = "![a](guide/none.png) [b](nowhere.md) [c](deploy.md#no-such-heading) `[d](code.md)`";
    expect(linksOf(fake).map((l) => l.target)).toEqual(["guide/none.png", "nowhere.md", "deploy.md#no-such-heading"]);
    expect(fs.existsSync(nodePath.join(ROOT, "docs", "guide", "none.png"))).toBe(false);
    expect(headingIds(fs.readFileSync(nodePath.join(ROOT, "docs", "deploy.md"), "utf8")).has("no-such-heading")).toBe(false);
  });

  test("heading ids follow GitHub: punctuation dropped, Chinese kept, repeats numbered", () => {
    const ids = headingIds("# 2.1 Microsoft 365 管理中心（集中部署，推荐）\n## Offline install (x; 信创) / 离线\n## A\n## A\n");
    expect([...ids]).toEqual(["21-microsoft-365-管理中心集中部署推荐", "offline-install-x-信创--离线", "a", "a-1"]);
  });
});

describe("docs/user-guide.md matches the pane and the CLI", () => {
  const guide = fs.readFileSync(GUIDE, "utf8");

  test("links from the README", () => {
    expect(linksOf(fs.readFileSync(nodePath.join(ROOT, "README.md"), "utf8")).map((l) => l.target)).toContain("docs/user-guide.md");
  });

  test("every picture under docs/guide/ it shows is one the Chromium run takes (so none goes stale)", () => {
    const taker = fs.readFileSync(nodePath.join(ROOT, "test", "e2e", "guide-screenshots.test.ts"), "utf8");
    const pictures = linksOf(guide).filter((l) => l.image).map((l) => l.target);
    expect(pictures.length).toBeGreaterThan(2);
    expect(pictures.filter((p) => !p.startsWith("guide/") || !taker.includes(`"${p.slice("guide/".length)}"`))).toEqual([]);
  });

  test("names the pane's buttons by their labels", () => {
    const buttons: MessageKey[] = ["validate", "clearMarks", "explain", "report", "cancel", "pickFile", "markVerified", "explainError", "saveReason", "removeReason", "saveSettings", "settings", "insertTemplate"];
    expect(buttons.filter((key) => !guide.includes(`**${t("zh", key)}**`))).toEqual([]);
  });

  test("every fa-check option it shows is one fa-check accepts", () => {
    // lines about npm (`npm run release -- --url …`) are not fa-check's options
    const lines = guide.split("\n").filter((line) => !/npm (run|install)/.test(line));
    const flags = [...new Set(lines.flatMap((line) => [...line.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0])))];
    expect(flags.length).toBeGreaterThan(8);
    const rejected = flags.filter((flag) => {
      const argv = flag === "--version" ? [flag] : ["book.xlsx", flag, flag === "--jobs" || flag === "--timeout" || flag.startsWith("--max-") ? "1" : flag === "--format" ? "json" : flag === "--lang" ? "en" : flag === "--profile" ? "shanghai" : "x"];
      try {
        parseArgs(argv);
        return false;
      } catch (error) {
        return error instanceof UsageError;
      }
    });
    expect(rejected).toEqual([]);
  });
});
