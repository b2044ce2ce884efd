/**
 * The pane's integration points in Chromium on the built pane (dist/): the region profile chosen in
 * the settings and shown in the overview, the alert for a workbook without a standard table, 下载
 * Word (a real .docx download in preview; the text to copy on the Office.js stand-in, a desktop
 * Excel where the web view drops downloads) and the version in the footer.
 */
import fs from "fs";
import nodePath from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import packageInfo from "../../package.json";
import { readXlsxFile } from "../../src/hosts/file";
import { PROFILES } from "../../src/profiles";
import { fixtureOf } from "../hosts/excel/sample-workbook";
import { ensureDist, ROOT } from "../support/dist";
import { launchChromium, openRecordedPage, type RecordedPage } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";
import { closeSession, OFFICE_JS, standinScript } from "./session";

jest.setTimeout(400_000);

const SAMPLE = nodePath.join(ROOT, "examples", "changji-education-2024.xlsx");

let server: StaticServer;
let browser: Browser;
const pages: RecordedPage[] = [];

beforeAll(async () => {
  server = await serveStatic(ensureDist());
  browser = await launchChromium();
}, 600_000);

afterAll(() => closeSession(pages, browser, server));

async function open(url: string, host: string, before?: (page: Page) => Promise<void>): Promise<RecordedPage> {
  const recorded = await openRecordedPage(browser);
  pages.push(recorded);
  await before?.(recorded.page);
  await recorded.page.goto(`${server.origin}/${url}`);
  await recorded.page.waitForSelector(`body[data-host=${host}]`);
  return recorded;
}

async function clickAndWait(page: Page, button: string): Promise<void> {
  await page.locator(button).click();
  await page.waitForSelector("#btn-validate:enabled");
}

async function validateFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const name = typeof file === "string" ? nodePath.basename(file) : file.name;
  await page.setInputFiles("#file-input", file);
  await page.waitForFunction((n) => document.getElementById("file-name")?.textContent === n, name);
  await page.waitForSelector("#btn-validate:enabled");
  await page.locator("#btn-validate").click();
  await page.waitForSelector("#summary:not([hidden])");
  await page.waitForSelector("#btn-validate:enabled");
}

const text = (page: Page, selector: string) => page.locator(selector).innerText();

test("preview: the footer shows the version; the profile select lists every profile; the overview names the profile used", async () => {
  const { page, errors } = await open("taskpane.html", "preview");
  expect(await text(page, "#version")).toBe(`版本 ${packageInfo.version}`);
  const options = await page.locator("#set-profile option").evaluateAll((nodes) => nodes.map((n) => [(n as HTMLOptionElement).value, n.textContent]));
  expect(options).toEqual([["", "自动判断"], ...PROFILES.map((p) => [p.id, p.name.zh])]);

  await validateFile(page, SAMPLE);
  expect(await text(page, "#sum-profile")).toMatch(/（自动判断）$/);

  await page.locator("#settings > summary").click();
  await page.locator("#set-profile").selectOption("shanghai");
  await page.locator("#btn-save-settings").click();
  await clickAndWait(page, "#btn-validate");
  expect(await text(page, "#sum-profile")).toBe(`${PROFILES.find((p) => p.id === "shanghai")!.name.zh}（设置中选定）`);
  expect(await page.locator("#set-profile").inputValue()).toBe("shanghai");

  await page.locator("#lang-toggle").click();
  expect(await text(page, "#version")).toBe(`Version ${packageInfo.version}`);
  expect(errors).toEqual([]);
});

test("preview: 下载 Word downloads a .docx (a zip: PK) of the 说明", async () => {
  const { page, errors } = await open("taskpane.html", "preview");
  await validateFile(page, SAMPLE);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#btn-word").click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(bytes.length).toBeGreaterThan(5000);
  await page.waitForSelector("#btn-validate:enabled");
  expect(await text(page, "#status")).toContain(download.suggestedFilename());
  expect(await page.locator("#copy-panel").isHidden()).toBe(true);
  expect(errors).toEqual([]);
});

test("preview: a workbook without a standard table is an alert naming its sheets, never 未发现问题", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("封面").getCell("A1").value = "某单位2024年度部门决算";
  book.addWorksheet("<img src=x onerror=alert(1)>").getCell("A1").value = "目录";
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  const { page, errors, dialogs } = await open("taskpane.html", "preview");
  await validateFile(page, { name: "empty.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  expect(await page.locator("#no-tables").isVisible()).toBe(true);
  expect(await text(page, "#no-tables h2")).toBe("未识别到部门决算表");
  expect(await text(page, "#no-tables-sheets")).toBe("工作簿中的工作表：封面、<img src=x onerror=alert(1)>");
  expect(await text(page, "#status")).toContain("未识别到部门决算表");
  expect(await page.locator("text=未发现问题").count()).toBe(0);
  // the sheet name is text, not markup
  expect(await page.locator("#no-tables img").count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

test("Excel desktop (Office.js stand-in): 下载 Word offers the 说明 text to copy instead", async () => {
  const snapshot = await readXlsxFile(SAMPLE);
  const standin = standinScript();
  const { page, errors } = await open("taskpane.html?mode=office", "excel", async (p) => {
    await p.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: standin }));
    await p.addInitScript((fixture) => ((window as unknown as { __FIXTURE__: unknown }).__FIXTURE__ = fixture), fixtureOf(snapshot));
  });
  expect(await text(page, "#version")).toBe(`版本 ${packageInfo.version}`);
  await clickAndWait(page, "#btn-validate");
  let downloads = 0;
  page.on("download", () => void downloads++);
  await clickAndWait(page, "#btn-word");
  expect(await text(page, "#status")).toContain("此环境不能直接下载文件");
  expect(await page.locator("#copy-panel").isVisible()).toBe(true);
  const copy = await page.locator("#copy-text").inputValue();
  expect(copy).toContain("第一部分");
  expect(copy).toContain("本年收入2,912.86万元");
  expect(downloads).toBe(0);
  await page.locator("#btn-close-copy").click();
  expect(await page.locator("#copy-panel").isHidden()).toBe(true);
  expect(errors).toEqual([]);
});
