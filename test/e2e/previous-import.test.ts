/**
 * 导入上年工作簿 in Chromium (the production build, preview mode): last year's .xlsx picked beside the
 * checked workbook is named in the pane, the status says how many 上年决算数 it fills and keeps, and
 * the workbook checked stays this year's.
 */
import { readFileSync } from "fs";
import nodePath from "path";
import type { Browser, Locator } from "playwright-core";
import { t } from "../../taskpane/i18n";
import { launchChromium, openRecordedPage, type RecordedPage } from "./browser";
import { ensureDist, ROOT } from "../support/dist";
import { serveStatic, type StaticServer } from "./static-server";
import { closeSession } from "./session";

jest.setTimeout(180_000);

const SAMPLE = nodePath.join(ROOT, "examples", "changji-education-2024.xlsx");

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

test("last year's workbook picked after a check: named, counted, and the checked workbook unchanged", async () => {
  const recorded = await openRecordedPage(browser);
  pages.push(recorded);
  const { page } = recorded;
  await page.goto(`${server.origin}/taskpane.html`);
  await page.waitForSelector("body[data-host=preview]");
  expect(await text(page.locator("label:has(#previous-input) span"))).toBe(t("zh", "importPrevious"));

  await page.setInputFiles("#file-input", SAMPLE);
  await page.waitForFunction(() => document.getElementById("file-name")?.textContent === "changji-education-2024.xlsx");
  await page.waitForSelector("#btn-validate:enabled");
  await page.getByRole("button", { name: t("zh", "validate"), exact: true }).click();
  await page.waitForSelector("#summary:not([hidden])");

  await page.setInputFiles("#previous-input", { name: "上年.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: readFileSync(SAMPLE) });
  await page.waitForFunction(() => document.getElementById("previous-name")?.textContent === "上年.xlsx");
  await page.waitForSelector("#btn-validate:enabled");
  const status = await text(page.locator("#status"));
  expect(status).toContain(t("zh", "previousLoaded", { file: "上年.xlsx" }));
  expect(status).toContain(t("zh", "previousCounts", { filled: "2", kept: "13", added: "0" }));
  expect(await text(page.locator("#file-name"))).toBe("changji-education-2024.xlsx");
});
