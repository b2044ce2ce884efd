/**
 * 导入上年工作簿 in the pane: last year's workbook is read (never made the workbook checked), and the
 * next 生成说明 fills 上年决算数 from it by 科目编码, else item name; typed values are kept; the status
 * says how many were filled and kept and lists this year's items last year's workbook lacks.
 */
import { readXlsxFile } from "../../src/hosts/file";
import type { GeneratedSheet } from "../../src/workbook/generated";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { PaneController, type PaneHost } from "../../taskpane/controller";
import { createEngine } from "../../taskpane/engine";
import { t } from "../../taskpane/i18n";
import { storageSettingsStore } from "../../taskpane/settings";

let sample: WorkbookSnapshot;
beforeAll(async () => {
  sample = await readXlsxFile("examples/changji-education-2024.xlsx");
});

function setup(lastYear: () => Promise<WorkbookSnapshot>) {
  const written: GeneratedSheet[][] = [];
  const host: PaneHost = {
    name: "file",
    readWorkbook: async () => sample,
    markFindings: async () => undefined,
    clearMarks: async () => undefined,
    select: async () => undefined,
    writeSheets: async (sheets) => (written.push(sheets), sheets.map((s) => s.name)),
  };
  const items = new Map<string, string>();
  const controller = new PaneController({
    host,
    engine: createEngine(),
    view: { render: () => undefined },
    settingsStore: (name) => storageSettingsStore({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }, name),
    readFile: lastYear,
  });
  return { controller, written };
}

/** The 上年决算数 input of a 说明底稿 row, by its item name (column B). */
function previousOf(sheet: GeneratedSheet, item: string): unknown {
  const row = sheet.rows.find((r) => r[1]?.value === item);
  if (!row) throw new Error(`no row ${item}`);
  expect(row[3].input).toBe(true);
  return row[3].value;
}

test("last year's workbook fills the empty 上年决算数, keeps the typed ones, and says so", async () => {
  const { controller, written } = setup(async () => sample);
  await controller.validate();
  await controller.explain();
  // without last year's workbook the sample's 公务用车购置费 上年决算数 is empty
  expect(previousOf(written[0][0], "公务用车购置费")).toBeNull();

  await controller.openPrevious("上年.xlsx", new ArrayBuffer(8));
  expect(controller.state.previousName).toBe("上年.xlsx");
  expect(controller.state.status?.text).toContain(t("zh", "previousLoaded", { file: "上年.xlsx" }));
  // the workbook checked is still this year's
  expect(controller.state.fileName).toBeNull();

  await controller.explain();
  const sheet = written[1].find((s) => s.name === "说明底稿")!;
  expect(previousOf(sheet, "公务用车购置费")).toBe(0);
  expect(previousOf(sheet, "公务用车运行维护费")).toBe(13.99);
  // the sample's typed 上年决算数 stay as typed: every row that had one keeps it
  const typed = written[0][0].rows.filter((r) => r[3]?.input && typeof r[3].value === "number");
  for (const row of typed) expect(previousOf(sheet, String(row[1].value))).toBe(row[3].value);
  expect(controller.state.status?.text).toContain(t("zh", "previousCounts", { filled: "2", kept: "13", added: "0" }));
  expect(controller.state.status?.text).not.toContain("上年工作簿中未找到");
});

test("items last year's workbook lacks are listed", async () => {
  const { controller } = setup(async () => ({ ...sample, sheets: sample.sheets.filter((s) => !s.name.includes("三公")) }));
  await controller.validate();
  await controller.openPrevious("上年.xlsx", new ArrayBuffer(8));
  expect(controller.state.status?.text).toContain("上年工作簿中未找到：财政拨款“三公”经费、因公出国（境）费、公务用车购置及运行维护费、公务用车购置费");
});

test("a file that is not an .xlsx: a clear failure, nothing kept", async () => {
  const { controller } = setup(async () => {
    throw new Error("Corrupted zip");
  });
  await controller.openPrevious("坏.xlsx", new ArrayBuffer(8));
  expect(controller.state.previousName).toBeNull();
  expect(controller.state.status).toEqual({ kind: "error", text: t("zh", "failed", { reason: t("zh", "notXlsx") }) });
});
