/**
 * 生成说明 on the Excel stand-in, per build: where custom functions do not run (volume-licensed
 * Office LTSC 2021) the 说明底稿 carries built-in formulas only, never =FA.… (#NAME? there).
 */
import { PaneController } from "../../taskpane/controller";
import { createEngine } from "../../taskpane/engine";
import { storageSettingsStore } from "../../taskpane/settings";
import { BUILD_PROFILES } from "../hosts/excel/build-profiles";
import { excelModel } from "../hosts/excel/fixture-model";
import { hostOn } from "../hosts/excel/host-on";
import { fixtureOf } from "../hosts/excel/sample-workbook";
import { readXlsxFile } from "../../src/hosts/file";

function memory() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

async function explainOn(profileId: string): Promise<string[]> {
  const profile = BUILD_PROFILES.find((p) => p.id === profileId)!;
  const model = excelModel(fixtureOf(await readXlsxFile("examples/changji-education-2024.xlsx")));
  const host = hostOn(profile, model);
  const controller = new PaneController({ host, engine: createEngine(), view: { render: () => undefined }, settingsStore: () => storageSettingsStore(memory()) });
  await controller.init();
  await controller.validate();
  expect(controller.state.report?.tables.length).toBeGreaterThan(0);
  await controller.explain();
  expect(controller.state.status).toMatchObject({ kind: "info" });
  const working = model.sheets.find((s) => s.name === "说明底稿");
  expect(working).toBeDefined();
  const formulas = [...working!.cells.values()].flatMap((c) => (c.formula ? [c.formula] : []));
  return formulas;
}

test("LTSC 2021 (no custom functions): the 说明底稿 is written with built-in formulas only", async () => {
  const formulas = await explainOn("ltsc2021");
  expect(formulas.length).toBeGreaterThan(10);
  expect(formulas.filter((f) => /FA\./i.test(f))).toEqual([]);
});

test("Microsoft 365 (custom functions run): the 说明底稿 uses the FA functions", async () => {
  const formulas = await explainOn("m365");
  expect(formulas.some((f) => /\bFA\.VARIANCETEXT\(/.test(f))).toBe(true);
});
