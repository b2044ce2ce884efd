/**
 * A workbook past a read limit, picked in the pane's preview in Chromium (the production build): the
 * pane shows its own notice — which limit, the figure, what to do — in Chinese and, switched, in English,
 * never "not an .xlsx" or a generic failure; a good workbook picked next is checked as usual.
 * The workbook passes a default limit (one text of 40,000 characters, Excel's own cap being 32,767),
 * so nothing is lowered for the test.
 */
import nodePath from "path";
import type { Browser, Locator } from "playwright-core";
import { t } from "../../taskpane/i18n";
import { launchChromium, openRecordedPage, type RecordedPage } from "./browser";
import { ensureDist, ROOT } from "../support/dist";
import { serveStatic, type StaticServer } from "./static-server";
import { closeSession } from "./session";
import { sheetXml, xlsxBytes } from "../reader/support/xlsx-parts";

jest.setTimeout(180_000);

const SAMPLE = nodePath.join(ROOT, "examples", "changji-education-2024.xlsx");
const LONG = xlsxBytes({ sheets: [{ name: "说明", xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], sharedStrings: ["长".repeat(40_000)] });

let server: StaticServer;
let browser: Browser;
const pages: RecordedPage[] = [];

beforeAll(async () => {
  const dist = ensureDist();
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(() => closeSession(pages, browser, server));

const text = async (locator: Locator) => ((await locator.textContent()) ?? "").trim();

test("a picked workbook past a read limit gets the limit notice with the figures and the advice, in both languages", async () => {
  const recorded = await openRecordedPage(browser);
  pages.push(recorded);
  const { page } = recorded;
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector("body[data-host=preview]");

  await page.setInputFiles("#file-input", { name: "超长文本.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: LONG });
  await page.waitForSelector("#limit-notice:not([hidden])");
  await page.waitForSelector("#btn-validate:enabled");
  const notice = page.locator("#limit-notice");
  expect(await notice.getAttribute("role")).toBe("alert");
  expect(await notice.isVisible()).toBe(true);
  expect(await text(notice.locator("h2"))).toBe(t("zh", "limitTitle"));
  expect(await text(page.locator("#limit-what"))).toMatch(/^超出读取限制：单个文本长度达到 40,000，上限 32,767/);
  expect(await text(page.locator("#limit-advice"))).toBe(t("zh", "limitAdvice", { flag: "--max-string" }));
  expect(await text(page.locator("#limit-advice"))).toMatch(/拆分.*--max-string/);
  // a notice, not a failure nor "not an .xlsx"
  expect(await text(page.locator("#status"))).toBe("");
  expect(await page.locator("#summary").isVisible()).toBe(false);

  await page.locator("#lang-toggle").click();
  await page.waitForFunction((title) => document.querySelector("#limit-notice h2")?.textContent === title, t("en", "limitTitle"));
  expect(await text(page.locator("#limit-what"))).toMatch(/^read limit exceeded: length of one text reaches 40,000 characters, limit 32,767/);
  expect(await text(page.locator("#limit-advice"))).toBe(t("en", "limitAdvice", { flag: "--max-string" }));
  await page.locator("#lang-toggle").click();

  // the next workbook is read and checked as usual; the notice goes
  await page.setInputFiles("#file-input", SAMPLE);
  await page.waitForFunction(() => document.getElementById("file-name")?.textContent === "changji-education-2024.xlsx");
  expect(await notice.isVisible()).toBe(false);
  await page.waitForSelector("#btn-validate:enabled");
  await page.getByRole("button", { name: t("zh", "validate"), exact: true }).click();
  await page.waitForSelector("#summary:not([hidden])");
  expect(Number(await text(page.locator("#sum-tables")))).toBeGreaterThan(0);
  expect(recorded.errors).toEqual([]);
});
