/**
 * The accountant's review workflow in Chromium on the built pane (dist/): in preview mode on the
 * sample, and on the Office.js stand-in (served at Office.js's CDN address, so the page runs its
 * Excel code path): ordering, grouping, filters, search, 现场数据, a reason saved and reloaded,
 * the 审核结果 sheet regenerated once. Expected figures come from validate() run here on the same file.
 * Also measures (printed, never asserted) the validation time and the UI's longest blocked frame,
 * on the sample and on a 20× workbook.
 */
import { REPORT_TITLE } from "../../src/review/report-sheet";
import fs from "fs";
import os from "os";
import nodePath from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { readXlsxFile } from "../../src/hosts/file";
import { RULES } from "../../src/rules/shared/registry";
import type { Report } from "../../src/validation/report-model";
import { sectionsBySeverity } from "../../src/validation/report-groups";
import { validate } from "../../src/validation/validate";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { DEFAULT_PANE_SETTINGS, ruleSettings } from "../../taskpane/settings";
import { fixtureOf } from "../hosts/excel/sample-workbook";
import { ensureDist, ROOT } from "../support/dist";
import { launchChromium, openRecordedPage, type RecordedPage } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";
import { closeSession, OFFICE_JS, standinScript } from "./session";

jest.setTimeout(400_000);

const SAMPLE = nodePath.join(ROOT, "examples", "changji-education-2024.xlsx");
const TITLE = new Map(RULES.map((r) => [r.meta.id, r.meta]));

let server: StaticServer;
let browser: Browser;
let snapshot: WorkbookSnapshot;
let report: Report;
let standin: string;
const pages: RecordedPage[] = [];

beforeAll(async () => {
  const dist = ensureDist();
  snapshot = await readXlsxFile(SAMPLE);
  report = validate(snapshot, ruleSettings(DEFAULT_PANE_SETTINGS));
  standin = standinScript();
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(() => closeSession(pages, browser, server));

async function openPreview(recorded?: RecordedPage): Promise<RecordedPage> {
  const r = recorded ?? (await openRecordedPage(browser));
  if (!recorded) pages.push(r);
  await r.page.goto(`${server.origin}/taskpane.html`);
  await r.page.waitForSelector("body[data-host=preview]");
  return r;
}

/** The pane with ?mode=office and the stand-in served as Office.js, over the sample's cells. */
async function openStandin(recorded?: RecordedPage): Promise<RecordedPage> {
  const r = recorded ?? (await openRecordedPage(browser));
  if (!recorded) {
    pages.push(r);
    await r.page.route(OFFICE_JS, (route) => route.fulfill({ contentType: "text/javascript", body: standin }));
    await r.page.addInitScript((fixture) => ((window as unknown as { __FIXTURE__: unknown }).__FIXTURE__ = fixture), fixtureOf(snapshot));
  }
  await r.page.goto(`${server.origin}/taskpane.html?mode=office`);
  await r.page.waitForSelector("body[data-host=excel]");
  return r;
}

/** Installs a frame-gap recorder: the longest time between two animation frames while it runs. */
async function startFrameProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __probe: { max: number; last: number; on: boolean } };
    w.__probe = { max: 0, last: performance.now(), on: true };
    const tick = (now: number) => {
      const p = w.__probe;
      p.max = Math.max(p.max, now - p.last);
      p.last = now;
      if (p.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrameProbe(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __probe: { max: number; on: boolean } };
    w.__probe.on = false;
    return w.__probe.max;
  });
}

async function pickAndValidate(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<{ ms: number; frameMs: number }> {
  const name = typeof file === "string" ? nodePath.basename(file) : file.name;
  await page.setInputFiles("#file-input", file);
  await page.waitForFunction((n) => document.getElementById("file-name")?.textContent === n, name);
  await page.waitForSelector("#btn-validate:enabled");
  return clickValidate(page);
}

async function clickValidate(page: Page): Promise<{ ms: number; frameMs: number }> {
  await startFrameProbe(page);
  const started = Date.now();
  await page.locator("#btn-validate").click();
  // done: a summary, or a failure message (asserted below, so the test says what went wrong)
  await page.waitForFunction(
    () => !document.getElementById("summary")?.hidden || document.getElementById("status")?.classList.contains("error"),
    undefined,
    { timeout: 300_000 },
  );
  await page.waitForSelector("#btn-validate:enabled", { timeout: 300_000 });
  const ms = Date.now() - started;
  expect(await page.locator("#status").textContent()).not.toMatch(/失败|failed/i);
  return { ms, frameMs: await stopFrameProbe(page) };
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").trim();

async function sectionOrder(page: Page): Promise<string[]> {
  return page.locator("#findings .sev-section").evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.severity ?? ""));
}

async function checkOrderingAndGrouping(page: Page): Promise<void> {
  const expected = sectionsBySeverity(report);
  expect(await sectionOrder(page)).toEqual(expected.map((s) => s.severity));
  // info collapsed by default, but counted
  const info = page.locator("#findings details.sev-info");
  expect(await info.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(await text(page, "#findings details.sev-info > summary")).toContain(`(${report.summary.info})`);
  expect(await page.locator("#findings details.sev-info button.finding").first().isVisible()).toBe(false);
  // within each severity, groups by table with their counts, in the report's table order
  for (const section of expected) {
    const groups = page.locator(`#findings .sev-section[data-severity=${section.severity}] .table-group`);
    expect(await groups.count()).toBe(section.groups.length);
    for (let i = 0; i < section.groups.length; i++) {
      // one entry per fact; the findings a wrong figure causes are nested under it
      const group = section.groups[i];
      const caused = group.findings.reduce((n, f) => n + (group.caused.get(f)?.length ?? 0), 0);
      expect(await groups.nth(i).locator(":scope > ul.finding-list > li.entry").count()).toBe(group.findings.length);
      expect(await groups.nth(i).locator("ul.caused > li.entry").count()).toBe(caused);
      expect(await groups.nth(i).locator("h4 .count").textContent()).toBe(`${section.groups[i].findings.length} 条`);
    }
  }
  // shown counts like the summary (caused findings not again), out of every finding listed
  const shown = expected.reduce((n, s) => n + s.count, 0);
  expect(await text(page, "#filter-count")).toBe(`显示 ${shown} / ${report.findings.length} 条`);
}

/** A finding's own button (nested caused findings have theirs). */
function findingButton(page: Page, cell: string) {
  return page.locator("button.finding", { has: page.locator(".finding-cell", { hasText: cell }) });
}

async function checkOperands(page: Page): Promise<void> {
  const score = report.findings.find((f) => f.sheet === "绩效自评" && f.cell === "I67")!;
  // the entry's own button: the total score it causes is nested in the same entry, with its own
  const own = findingButton(page, "绩效自评!I67");
  expect(await own.count()).toBe(1);
  const entry = own.locator("xpath=..");
  expect(await own.locator(".finding-rule").textContent()).toBe(TITLE.get("perf-exec-score")!.title);
  expect(await own.locator(".finding-formula").textContent()).toBe(TITLE.get("perf-exec-score")!.formula);
  expect(await own.locator(".expected").textContent()).toBe("9.92");
  expect(await own.locator(".actual").textContent()).toBe("9.79");
  const operands = await entry.locator(":scope > ul.operands button.operand").evaluateAll((bs) =>
    bs.map((b) => [b.querySelector(".operand-label")?.textContent, b.querySelector(".operand-cell")?.textContent, b.querySelector(".operand-value")?.textContent]),
  );
  expect(operands).toEqual(score.operands!.map((o) => [o.label, `${o.sheet}!${o.cell}`, o.value]));
  expect(operands).toContainEqual(["年度资金总额 · 全年执行数", "绩效自评!F67", "94.20"]);
}

async function checkFiltersAndSearch(page: Page): Promise<void> {
  const count = () => page.locator("#findings li.entry").count();
  // rule
  await page.selectOption("#filter-rule", "perf-target-format");
  const byRule = report.findings.filter((f) => f.rule === "perf-target-format").length;
  expect(byRule).toBeGreaterThan(1);
  await page.waitForFunction((n) => document.querySelectorAll("#findings li.entry").length === n, byRule);
  expect(await text(page, "#filter-count")).toBe(`显示 ${byRule} / ${report.findings.length} 条`);
  await page.selectOption("#filter-rule", "");
  // sheet
  const sheet = "05一般公共预算支出表";
  await page.selectOption("#filter-sheet", sheet);
  await page.waitForFunction((n) => document.querySelectorAll("#findings li.entry").length === n, report.findings.filter((f) => f.sheet === sheet).length);
  await page.selectOption("#filter-sheet", "");
  // table: the first table that has findings
  const firstTable = await page.locator("#filter-table option").nth(1).getAttribute("value");
  await page.selectOption("#filter-table", firstTable!);
  const inTable = sectionsBySeverity(report, { table: firstTable! }).reduce((n, s) => n + s.count, 0);
  await page.waitForFunction((n) => document.querySelectorAll("#findings li.entry").length === n, inTable);
  await page.selectOption("#filter-table", "");
  // search, reached by keyboard from the sheet filter
  await page.focus("#filter-sheet");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("filter-search");
  await page.keyboard.type("学生体卫艺科劳研学");
  const hits = report.findings.filter((f) => f.message.includes("学生体卫艺科劳研学") || (f.operands ?? []).some((o) => o.label.includes("学生体卫艺科劳研学"))).length;
  expect(hits).toBeGreaterThan(0);
  await page.waitForFunction((n) => document.querySelectorAll("#findings li.entry").length === n, hits);
  expect(await count()).toBeLessThan(report.findings.length);
  await page.fill("#filter-search", "");
  await page.waitForFunction((n) => document.querySelectorAll("#findings li.entry").length === n, report.findings.length);
}

/** Marks the first warning 已核实 with a reason; returns its cell. */
async function saveReason(page: Page, reason: string): Promise<string> {
  const entry = page.locator("#findings .sev-section[data-severity=warning] li.entry").first();
  const cell = (await entry.locator(":scope > button.finding .finding-cell").textContent())!;
  await entry.locator(":scope > .entry-actions button.edit-reason").click();
  await entry.locator(":scope > .reason-form textarea.reason-input").fill(reason);
  await entry.locator(":scope > .reason-form button.save-reason").click();
  await page.waitForSelector(".finding.verified");
  return cell;
}

async function reasonShown(page: Page, cell: string, reason: string): Promise<void> {
  expect(await findingButton(page, cell).first().locator(".finding-status").textContent()).toBe(`已核实：${reason}`);
  expect(await text(page, "#sum-verified")).toBe("1");
}

describe("review workflow in Chromium", () => {
  test("preview: ordering, grouping, 现场数据, filters, search, a reason saved and reloaded, the report; timing measured", async () => {
    const recorded = await openPreview();
    const { page } = recorded;
    const sample = await pickAndValidate(page, SAMPLE);
    await checkOrderingAndGrouping(page);
    await checkOperands(page);
    await checkFiltersAndSearch(page);

    const reason = "已与项目单位核实：目标值按文件规定填写";
    const cell = await saveReason(page, reason);
    await reasonShown(page, cell, reason);
    expect(await text(page, "#status")).toBe("出错说明已保存在本浏览器中。");

    // reload: the same workbook picked again shows the reason (localStorage, keyed by the workbook)
    await openPreview(recorded);
    await pickAndValidate(page, SAMPLE);
    await reasonShown(page, cell, reason);

    // the 审核报告 in preview arrives as a download of the 审核结果 sheet's text
    const download = page.waitForEvent("download");
    await page.locator("#btn-report").click();
    const file = await (await download).path();
    const body = fs.readFileSync(file, "utf8");
    expect(body).toContain(REPORT_TITLE);
    expect(body).toContain("单位\t昌吉回族自治州教育局");
    expect(body).toContain(`错误\t${report.summary.error}`);
    expect(body).toContain(reason);

    expect(recorded.errors).toEqual([]);
    expect(recorded.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== server.origin)).toEqual([]);

    console.log(`[measure] preview sample: ${sample.ms} ms, longest frame ${sample.frameMs.toFixed(0)} ms`);
    expect(recorded.errors).toEqual([]);
  });

  test("preview: a 20× workbook is validated with every table recognized (time and longest frame printed)", async () => {
    const { page, errors } = await openPreview();
    const big = await twentyTimes(snapshot);
    const large = await pickAndValidate(page, { name: "twenty.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: big });
    expect(Number(await text(page, "#sum-tables"))).toBe(report.tables.length * 20);
    expect(Number(await text(page, "#sum-error"))).toBe(report.summary.error * 20);
    console.log(`[measure] preview 20× workbook (${(big.length / 1e6).toFixed(1)} MB): ${large.ms} ms, longest frame ${large.frameMs.toFixed(0)} ms`);
    expect(errors).toEqual([]);
  });

  test("Excel stand-in: the same list, a reason saved in the workbook's settings and reloaded, 审核结果 regenerated once", async () => {
    const recorded = await openStandin();
    const { page } = recorded;
    await clickValidate(page);
    expect(await text(page, "#sum-error")).toBe(String(report.summary.error));
    await checkOrderingAndGrouping(page);
    await checkOperands(page);

    // a click selects the wrong cell; the second action selects an operand
    await findingButton(page, "绩效自评!I67").click();
    await page.waitForFunction(() => (window as unknown as { __standin: { selection?: { address: string } } }).__standin.selection?.address === "I67");
    await findingButton(page, "绩效自评!I67").locator("xpath=..").locator(":scope > ul.operands button.operand", { hasText: "F67" }).click();
    await page.waitForFunction(() => (window as unknown as { __standin: { selection?: { address: string } } }).__standin.selection?.address === "F67");

    const reason = "经核实无误";
    const cell = await saveReason(page, reason);
    expect(await text(page, "#status")).toBe("出错说明已保存（随工作簿保存）。");
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("__standin_settings") ?? "{}"));
    expect(stored["fa-checker.review"]).toEqual([expect.objectContaining({ reason })]);

    // 审核结果 twice: one sheet, rewritten in place
    for (let i = 0; i < 2; i++) {
      await page.locator("#btn-report").click();
      await page.waitForFunction(() => /审核结果/.test(document.getElementById("status")?.textContent ?? ""));
      await page.waitForSelector("#btn-report:enabled");
    }
    const sheets = await page.evaluate(() =>
      (window as unknown as { __standin: { sheets: { name: string; cells: Map<string, { value: unknown }> }[] } }).__standin.sheets.map((s) => ({
        name: s.name,
        a1: s.cells.get("0,0")?.value,
        text: [...s.cells.values()].map((c) => String(c.value)).join("\n"),
      })),
    );
    const ours = sheets.filter((s) => s.name.startsWith("审核结果"));
    expect(ours.map((s) => s.name)).toEqual(["审核结果"]);
    expect(ours[0].a1).toBe(REPORT_TITLE);
    expect(ours[0].text).toContain(reason);
    expect(sheets.length).toBe(snapshot.sheets.length + 1);

    // reopen (reload): the reason is read back from the workbook's settings
    await openStandin(recorded);
    await clickValidate(page);
    await reasonShown(page, cell, reason);
    expect(recorded.errors).toEqual([]);
  });
});

/** An .xlsx with every sheet of the sample twenty times (names suffixed), for the timing. */
async function twentyTimes(source: WorkbookSnapshot): Promise<Buffer> {
  const cache = nodePath.join(os.tmpdir(), "fa-e2e-twenty.xlsx");
  if (fs.existsSync(cache) && fs.statSync(cache).mtimeMs > fs.statSync(SAMPLE).mtimeMs) return fs.readFileSync(cache);
  const workbook = new ExcelJS.Workbook();
  for (let copy = 1; copy <= 20; copy++) {
    for (const sheet of source.sheets) {
      const ws = workbook.addWorksheet(`${sheet.name.slice(0, 26)}-${copy}`);
      sheet.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null || typeof value === "object") return;
          const cell = ws.getCell(sheet.origin.row + r + 1, sheet.origin.col + c + 1);
          cell.value = value;
          const format = sheet.numberFormats?.[r]?.[c];
          if (format) cell.numFmt = format;
        }),
      );
      for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  fs.writeFileSync(cache, buffer);
  return buffer;
}
