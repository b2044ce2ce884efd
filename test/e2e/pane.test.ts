/**
 * The task pane end to end in a real browser: the production build (dist/) served on 127.0.0.1,
 * opened in Debian's Chromium with no Office host (preview mode), a workbook picked through the
 * file input and validated by the same core. Expected figures come from validate() run here on
 * the same file, so the page is measured against the engine, not against copied numbers.
 * Also takes the README's picture of the pane on the sample (docs/screenshot-pane.png; refresh it
 * with UPDATE_SCREENSHOT=1 npx jest test/e2e).
 */
import fs from "fs";
import os from "os";
import nodePath from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { readXlsxFile } from "../../src/hosts/file";
import type { Report } from "../../src/validation/report-model";
import type { Finding } from "../../src/rules/shared/types";
import { validate } from "../../src/validation/validate";
import { t } from "../../taskpane/i18n";
import { DEFAULT_PANE_SETTINGS, ruleSettings } from "../../taskpane/settings";
import { launchChromium, openRecordedPage, type RecordedPage } from "./browser";
import { ensureDist, ROOT } from "../support/dist";
import { buildHostileWorkbook, IMG_MARKUP, PLANTED, SCRIPT_MARKUP, SVG_SHEET_NAME } from "./fixtures/hostile-workbook";
import { serveStatic, type StaticServer } from "./static-server";
import { closeSession } from "./session";

jest.setTimeout(180_000);

const SAMPLE = nodePath.join(ROOT, "examples", "changji-education-2024.xlsx");
/** The README's screenshot: written when missing or with UPDATE_SCREENSHOT=1. */
const SCREENSHOT = nodePath.join(ROOT, "docs", "screenshot-pane.png");
/** Every run's screenshot (git-ignored), to look at after a UI change. */
const SCREENSHOT_RUN = nodePath.join(ROOT, "test", "e2e", "output", "screenshot-pane.png");
/** The hostile workbook's file name is markup too: the pane shows it next to the picker. */
const HOSTILE_NAME = `${IMG_MARKUP}.xlsx`;

let server: StaticServer;
let browser: Browser;
let sampleReport: Report;
let hostileReport: Report;
let hostileBytes: Buffer;
const pages: RecordedPage[] = [];

/** What the pane computes in preview: the file host's snapshot, validated with the pane's default settings. */
async function expectedReport(path: string): Promise<Report> {
  return validate(await readXlsxFile(path), ruleSettings(DEFAULT_PANE_SETTINGS));
}

beforeAll(async () => {
  const dist = ensureDist(); // builds only when dist/ is missing or stale
  hostileBytes = await buildHostileWorkbook(SAMPLE);
  const hostilePath = nodePath.join(fs.mkdtempSync(nodePath.join(os.tmpdir(), "fa-e2e-")), "hostile.xlsx");
  fs.writeFileSync(hostilePath, hostileBytes);
  [sampleReport, hostileReport] = await Promise.all([expectedReport(SAMPLE), expectedReport(hostilePath)]);
  fs.rmSync(nodePath.dirname(hostilePath), { recursive: true, force: true });
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(() => closeSession(pages, browser, server));

async function openPane(): Promise<RecordedPage> {
  const recorded = await openRecordedPage(browser);
  pages.push(recorded);
  // No ?mode=preview: a plain browser must be detected as "no Office host" on its own.
  await recorded.page.goto(`${server.origin}/taskpane.html`);
  await recorded.page.waitForSelector("body[data-host]");
  return recorded;
}

/** Picks a file, clicks 校验工作簿 and waits until the pane has finished and shows a summary. */
async function validateFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const name = typeof file === "string" ? nodePath.basename(file) : file.name;
  await page.setInputFiles("#file-input", file);
  await page.waitForFunction((n) => document.getElementById("file-name")?.textContent === n, name);
  await page.waitForSelector("#btn-validate:enabled");
  await page.getByRole("button", { name: t("zh", "validate"), exact: true }).click();
  await page.waitForSelector("#summary:not([hidden])");
  await page.waitForSelector("#btn-validate:enabled"); // busy is over: findings are rendered
}

const text = async (locator: Locator) => ((await locator.textContent()) ?? "").trim();

function findingButton(page: Page, finding: Finding): Locator {
  return page
    .locator("button.finding")
    .filter({ has: page.locator(".finding-cell", { hasText: `${finding.sheet}!${finding.cell}` }) })
    .filter({ has: page.locator(".finding-message", { hasText: finding.message }) });
}

/** Requests that left the page's own origin (none may); data:/blob: URLs never reach a network. */
function offOrigin(recorded: RecordedPage): string[] {
  return recorded.requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== server.origin);
}

describe("task pane in preview mode (Chromium, built dist/)", () => {
  test("validates the sample: summary, the 9.79 → 9.92 finding, click, severity filter, English; screenshot", async () => {
    const recorded = await openPane();
    const { page } = recorded;
    expect(await page.getAttribute("body", "data-host")).toBe("preview");
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

    await validateFile(page, SAMPLE);

    // Summary: what validate() gives for the same file in this process.
    expect(sampleReport.tables.length).toBe(26);
    expect(await text(page.locator("#sum-tables"))).toBe(String(sampleReport.tables.length));
    for (const severity of ["error", "warning", "info"] as const) {
      expect(await text(page.locator(`#sum-${severity}`))).toBe(String(sampleReport.summary[severity]));
    }
    expect(sampleReport.summary.error).toBeGreaterThan(0);
    expect(await page.locator("button.finding").count()).toBe(sampleReport.findings.length);
    expect(await text(page.locator("#sum-time"))).toMatch(/\d/);

    // The execution-rate score the sample gets wrong: 99.16% × 10 = 9.92, the sheet says 9.79.
    const score = sampleReport.findings.find((f) => f.sheet === "绩效自评" && f.cell === "I67");
    expect(score).toMatchObject({ severity: "error", expected: "9.92", actual: "9.79" });
    expect(score!.message).toContain("学生体卫艺科劳研学工作经费");
    expect(score!.message).toContain("执行率得分");
    const scoreButton = findingButton(page, score!);
    expect(await scoreButton.count()).toBe(1);
    expect(await scoreButton.isVisible()).toBe(true);
    expect(await text(scoreButton.locator(".expected"))).toBe("9.92");
    expect(await text(scoreButton.locator(".actual"))).toBe("9.79");
    expect(await text(scoreButton.locator(".finding-cell"))).toBe("绩效自评!I67");
    expect(await scoreButton.getAttribute("title")).toBe(t("zh", "goToCell", { cell: "绩效自评!I67" }));

    // Click: preview has no sheet to scroll, so the pane highlights the finding it went to.
    const background = () => scoreButton.evaluate((b) => getComputedStyle(b).backgroundColor);
    const before = await background();
    await scoreButton.click();
    await page.waitForSelector("button.finding.selected");
    expect(await page.locator("button.finding.selected").count()).toBe(1);
    expect(await scoreButton.evaluate((b) => b.classList.contains("selected"))).toBe(true);
    expect(await background()).not.toBe(before);
    expect(await text(page.locator("#status"))).not.toMatch(/失败|failed/i);

    // Severity filter: only 错误 left.
    await page.locator('input[name="severity"][value="warning"]').uncheck();
    await page.locator('input[name="severity"][value="info"]').uncheck();
    await page.waitForFunction(() => !document.querySelector("button.finding.sev-warning, button.finding.sev-info"));
    const shown = page.locator("button.finding");
    // every error is shown, those caused by another error's wrong figure nested under it; the summary counts only the causes (issue 13)
    expect(await shown.count()).toBe(sampleReport.findings.filter((f) => f.severity === "error").length);
    const classes = await shown.evaluateAll((buttons) => buttons.map((b) => b.className));
    for (const className of classes) expect(className).toMatch(/\bsev-error\b/);
    expect(await page.locator("#findings .sev-section:not(.sev-error)").count()).toBe(0);
    expect(await scoreButton.isVisible()).toBe(true); // still selected after re-render
    expect(await scoreButton.evaluate((b) => b.classList.contains("selected"))).toBe(true);

    // The README's picture: the summary and the errors, the 9.92 finding highlighted.
    await page.evaluate(() => window.scrollTo(0, 0));
    fs.mkdirSync(nodePath.dirname(SCREENSHOT_RUN), { recursive: true });
    await page.screenshot({ path: SCREENSHOT_RUN });
    expect(fs.statSync(SCREENSHOT_RUN).size).toBeGreaterThan(20_000);
    // The committed copy changes only on request (its 用时 differs every run).
    if (!fs.existsSync(SCREENSHOT) || process.env.UPDATE_SCREENSHOT === "1") fs.copyFileSync(SCREENSHOT_RUN, SCREENSHOT);

    // English.
    await page.locator("#lang-toggle").click();
    await page.waitForFunction((label) => document.getElementById("btn-validate")?.textContent === label, t("en", "validate"));
    expect(t("en", "validate")).toMatch(/^[\x20-\x7e]+$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await text(page.locator('[data-i18n="summaryTitle"]'))).toBe(t("en", "summaryTitle"));
    expect(await text(page.locator("#lang-toggle"))).toBe(t("en", "switchLanguage"));
    const scoreEn = page.locator("button.finding.selected .finding-message");
    expect(await text(scoreEn)).toBe(score!.messageEn);

    // 生成说明 in preview: the 说明底稿, 说明信息 and 决算说明 arrive as text downloads; the sample's filled
    // 说明底稿 makes the 决算说明 the seed's own wording.
    const downloads: { name: string; text: string }[] = [];
    const bothSaved = new Promise<void>((resolve) =>
      page.on("download", (d) =>
        void d.path().then((file) => {
          downloads.push({ name: d.suggestedFilename(), text: fs.readFileSync(file, "utf8") });
          if (downloads.length === 3) resolve();
        }),
      ),
    );
    await page.locator("#btn-explain").click();
    await page.waitForFunction(() => /决算说明\.txt/.test(document.getElementById("status")?.textContent ?? ""));
    await bothSaved;
    expect(downloads.map((d) => d.name).sort()).toEqual(["changji-education-2024-决算说明.txt", "changji-education-2024-说明信息.txt", "changji-education-2024-说明底稿.txt"]);
    const narrative = downloads.find((d) => d.name.endsWith("决算说明.txt"))!.text;
    expect(narrative).toContain("3.教育支出(类)教育管理事务(款)行政运行(项):支出决算数为1,196.98万元，比上年决算增加51.31万元，增长4.48%,主要原因是：本年在职人员工资调增，相关人员经费增加。");

    expect(offOrigin(recorded)).toEqual([]);
    expect(recorded.requests.some((url) => /file-host\.[0-9a-f]+\.js$/.test(url))).toBe(true); // the recorder saw the lazy chunk
    expect(recorded.dialogs).toEqual([]);
    expect(recorded.errors).toEqual([]);
  });

  test("workbook text with markup in cells, sheet names and the file name shows as text and runs nothing", async () => {
    // The planted strings reach findings the pane lists (the engine, run here, says where).
    const quoting = (s: string) => hostileReport.findings.filter((f) => f.message.includes(s) || f.sheet === s);
    expect(quoting(SCRIPT_MARKUP).length).toBeGreaterThan(0);
    expect(quoting(IMG_MARKUP).length).toBeGreaterThan(0);
    expect(quoting(SVG_SHEET_NAME).length).toBeGreaterThan(0);

    const recorded = await openPane();
    const { page } = recorded;
    await validateFile(page, {
      name: HOSTILE_NAME,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: hostileBytes,
    });
    expect(await text(page.locator("#sum-tables"))).toBe(String(hostileReport.tables.length));
    expect(await page.locator("button.finding").count()).toBe(hostileReport.findings.length);

    // Literally visible as text.
    expect(await text(page.locator("#file-name"))).toBe(HOSTILE_NAME);
    const rowFinding = hostileReport.findings.find((f) => f.message.includes(SCRIPT_MARKUP) && f.sheet === PLANTED.incomeSheet.to)!;
    const rowButton = findingButton(page, rowFinding);
    // 尾差·惯例 are collapsed by default: open them to see every finding
    if ((await page.locator("#findings details.sev-info").count()) > 0) await page.locator("#findings details.sev-info > summary").click();
    expect(await rowButton.isVisible()).toBe(true);
    expect(await text(rowButton.locator(".finding-message"))).toBe(rowFinding.message);
    expect(await text(rowButton.locator(".finding-cell"))).toBe(`${IMG_MARKUP}!${rowFinding.cell}`);
    const svgCell = page.locator(".finding-cell", { hasText: `${SVG_SHEET_NAME}!` }).first();
    expect(await svgCell.isVisible()).toBe(true);
    const bodyText = await page.locator("body").innerText();
    for (const markup of [IMG_MARKUP, SCRIPT_MARKUP, SVG_SHEET_NAME]) expect(bodyText).toContain(markup);

    // Clicking a finding whose sheet name is markup is still just text.
    await rowButton.click();
    await page.waitForSelector("button.finding.selected");

    // Nothing was parsed as HTML, so nothing could run.
    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      imgX: document.querySelectorAll('img[src="x"]').length,
      imgs: document.querySelectorAll("img").length,
      svgs: document.querySelectorAll("svg").length,
      inlineScripts: Array.from(document.scripts).filter((s) => !s.src).length,
      scripts: Array.from(document.scripts).map((s) => s.src.replace(location.origin + "/", "")),
    }));
    expect(dom).toEqual({ pwned: undefined, imgX: 0, imgs: 0, svgs: 0, inlineScripts: 0, scripts: expect.any(Array) });
    expect(dom.scripts.filter((s) => !/^[\w-]+(\.[0-9a-f]+)?\.js$/.test(s))).toEqual([]);
    expect(offOrigin(recorded)).toEqual([]);
    expect(recorded.requests.some((url) => /\/x$/.test(url))).toBe(false); // no <img src=x> was ever fetched
    expect(recorded.dialogs).toEqual([]);
    expect(recorded.errors).toEqual([]);

    // Control: the dialog recorder does catch a real alert, so the empty list above means something.
    await page.evaluate(() => alert("control"));
    expect(recorded.dialogs).toEqual(["alert: control"]);
  });
});
