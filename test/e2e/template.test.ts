/**
 * 插入标准表样 in Chromium on the built pane (dist/) over the Office.js stand-in: a blank workbook,
 * click 插入标准表样, then 校验工作簿: every table recognized, zero findings, 未发现问题; a second
 * insert regenerates in place (no sheet added). The 上海 profile chosen in the settings puts 三公 seventh.
 */
import type { Browser, Page } from "playwright-core";
import { ensureDist } from "../support/dist";
import { launchChromium, openRecordedPage, type RecordedPage } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";
import { closeSession, OFFICE_JS, standinScript } from "./session";

jest.setTimeout(400_000);

let server: StaticServer;
let browser: Browser;
let standin: string;
const pages: RecordedPage[] = [];

beforeAll(async () => {
  const dist = ensureDist();
  standin = standinScript();
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(() => closeSession(pages, browser, server));

const BLANK = { name: "工作簿1.xlsx", sheets: [{ name: "Sheet1", cells: [], merges: [] }] };

async function openBlank(): Promise<Page> {
  const r = await openRecordedPage(browser);
  pages.push(r);
  await r.page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: standin }));
  await r.page.addInitScript((fixture) => ((window as unknown as { __FIXTURE__: unknown }).__FIXTURE__ = fixture), BLANK);
  await r.page.goto(`${server.origin}/taskpane.html?mode=office`);
  await r.page.waitForSelector("body[data-host=excel]");
  return r.page;
}

const sheetNames = (page: Page) => page.evaluate(() => (window as unknown as { __standin: { sheets: { name: string }[] } }).__standin.sheets.map((s) => s.name));
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").trim();

async function insert(page: Page): Promise<void> {
  await page.locator("#btn-template").click();
  await page.waitForFunction(() => /已插入标准表样|未插入|失败/.test(document.getElementById("status")?.textContent ?? ""));
  await page.waitForSelector("#btn-template:enabled");
  expect(await text(page, "#status")).toMatch(/^已插入标准表样：01收入支出决算总表、/);
}

async function validate(page: Page): Promise<void> {
  await page.locator("#btn-validate").click();
  await page.waitForFunction(() => !document.getElementById("summary")?.hidden || document.getElementById("status")?.classList.contains("error"), undefined, { timeout: 300_000 });
  await page.waitForSelector("#btn-validate:enabled", { timeout: 300_000 });
}

test("插入标准表样 then 校验工作簿 on a blank workbook: nine tables, zero findings, 未发现问题; twice = in place", async () => {
  const page = await openBlank();
  await insert(page);
  const names = await sheetNames(page);
  expect(names).toEqual([
    "Sheet1", "01收入支出决算总表", "02收入决算表", "03支出决算表", "04财政拨款收入支出决算总表", "05一般公共预算财政拨款支出决算表",
    "06一般公共预算财政拨款基本支出决算表", "07政府性基金预算财政拨款收入支出决算表", "08国有资本经营预算财政拨款收入支出决算表",
    "09财政拨款“三公”经费支出决算表", "说明底稿", "说明信息",
  ]);
  await validate(page);
  expect(await text(page, "#status")).toBe("未发现问题。");
  expect(await text(page, "#sum-tables")).toBe("9");
  for (const id of ["#sum-error", "#sum-warning", "#sum-info"]) expect(await text(page, id)).toBe("0");
  await insert(page);
  expect(await sheetNames(page)).toEqual(names);
});

test("the 上海 profile chosen in the settings: 三公 is the seventh table, still zero findings", async () => {
  const page = await openBlank();
  await page.locator("#settings > summary").click();
  await page.selectOption("#set-profile", "shanghai");
  await page.locator("#btn-save-settings").click();
  await page.waitForFunction(() => /设置已保存/.test(document.getElementById("status")?.textContent ?? ""));
  await insert(page);
  expect((await sheetNames(page))[7]).toBe("07财政拨款“三公”经费支出决算表");
  await validate(page);
  expect(await text(page, "#status")).toBe("未发现问题。");
  expect(await text(page, "#sum-profile")).toContain("上海");
});
