/**
 * The user guide's pictures (docs/guide/*.png), taken from the built pane in Chromium in preview mode
 * on the sample, so they show what the pane really draws. Every run walks the same steps the guide
 * describes (validate, 现场数据 with the findings caused by that figure under it, 标记已核实, 设置) and writes the
 * pictures to test/e2e/output/guide/; the committed copies change only with
 * `UPDATE_SCREENSHOT=1 npx jest test/e2e/guide-screenshots.test.ts`, otherwise they must exist.
 */
import fs from "fs";
import nodePath from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { readXlsxFile } from "../../src/hosts/file";
import { validate } from "../../src/validation/validate";
import type { Report } from "../../src/validation/report-model";
import { t } from "../../taskpane/i18n";
import { DEFAULT_PANE_SETTINGS, ruleSettings } from "../../taskpane/settings";
import { ensureDist, ROOT } from "../support/dist";
import { launchChromium, openRecordedPage, type RecordedPage } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

jest.setTimeout(300_000);

const SAMPLE = nodePath.join(ROOT, "examples", "changji-education-2024.xlsx");
const COMMITTED = nodePath.join(ROOT, "docs", "guide");
const RUN_OUTPUT = nodePath.join(ROOT, "test", "e2e", "output", "guide");
/** The pictures docs/user-guide.md shows, by file name. */
const GUIDE_PICTURES = ["validated.png", "operands.png", "verified.png", "settings.png"] as const;
const UPDATE = process.env.UPDATE_SCREENSHOT === "1";

let server: StaticServer;
let browser: Browser;
let report: Report;
let recorded: RecordedPage | undefined;

beforeAll(async () => {
  const dist = ensureDist();
  report = validate(await readXlsxFile(SAMPLE), ruleSettings(DEFAULT_PANE_SETTINGS));
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await recorded?.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

/** Writes one picture of `target` to the run folder; copies it to docs/guide only on request. */
async function picture(target: Page | Locator, name: (typeof GUIDE_PICTURES)[number]): Promise<void> {
  const file = nodePath.join(RUN_OUTPUT, name);
  fs.mkdirSync(RUN_OUTPUT, { recursive: true });
  await target.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(2_000);
  if (UPDATE) {
    fs.mkdirSync(COMMITTED, { recursive: true });
    fs.copyFileSync(file, nodePath.join(COMMITTED, name));
  }
}

const entryAt = (page: Page, address: string) =>
  page.locator("li.entry", { has: page.locator(":scope > .finding .finding-cell", { hasText: address }) }).first();

test("the guide's pictures: the steps it describes work on the sample in preview mode", async () => {
  recorded = await openRecordedPage(browser);
  const { page } = recorded;
  // jest's other worker may be building webpack or validating a 20× workbook meanwhile (a fresh clone
  // on 2 cores): Playwright's 30 s default is too short for a validation there, not a hang
  page.setDefaultTimeout(120_000);
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector("body[data-host=preview]");

  // 第一次校验: pick the workbook, press 校验工作簿 (the label the guide names).
  await page.setInputFiles("#file-input", SAMPLE);
  await page.waitForSelector("#btn-validate:enabled");
  await page.getByRole("button", { name: t("zh", "validate"), exact: true }).click();
  await page.waitForSelector("#summary:not([hidden])");
  await page.waitForSelector("#btn-validate:enabled");
  expect(await page.locator("#sum-error").textContent()).toBe(String(report.summary.error));
  await page.evaluate(() => window.scrollTo(0, 0));
  await picture(page, "validated.png");

  // 现场数据 and, nested under it, the findings its wrong figure causes: the 9.79 → 9.92 score.
  const score = entryAt(page, "绩效自评!I67");
  const scoreFinding = report.findings.find((f) => f.sheet === "绩效自评" && f.cell === "I67" && !f.cause)!;
  expect(await score.locator(":scope > .finding .expected").textContent()).toBe("9.92");
  expect(await score.locator(":scope > ul.operands button.operand").count()).toBe(scoreFinding.operands!.length);
  const causedHere = report.findings.filter((f) => f.cause?.sheet === "绩效自评" && f.cause.cell === "I67").length;
  expect(causedHere).toBeGreaterThan(0);
  expect(await score.locator(":scope > ul.caused > li.entry").count()).toBe(causedHere);
  await score.scrollIntoViewIfNeeded();
  await picture(score, "operands.png");

  // 出错说明: a warning 标记已核实 with a reason.
  const warning = page.locator("#findings .sev-section[data-severity=warning] li.entry").first();
  expect(await warning.locator("button.edit-reason").first().textContent()).toBe(t("zh", "markVerified"));
  await warning.locator("button.edit-reason").first().click();
  await warning.locator("textarea.reason-input").fill("经与项目单位核对，目标值按文件规定填写。");
  await warning.locator("button.save-reason").click();
  await page.waitForSelector(".finding.verified");
  expect(await page.locator("#sum-verified").textContent()).toBe("1");
  await warning.scrollIntoViewIfNeeded();
  await picture(warning, "verified.png");

  // 设置: region profile, unit kind, wording, the checks.
  await page.locator("#settings > summary").click();
  await page.waitForSelector("#set-profile");
  await page.locator("#settings").scrollIntoViewIfNeeded();
  await picture(page.locator("#settings"), "settings.png");

  expect(recorded.errors).toEqual([]);
});

test("every picture the guide shows is committed (refresh: UPDATE_SCREENSHOT=1)", () => {
  for (const name of GUIDE_PICTURES) expect(fs.existsSync(nodePath.join(COMMITTED, name))).toBe(true);
});
