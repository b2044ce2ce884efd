/**
 * 插入标准表样 through the Excel (Office.js stand-in) and WPS (ET stand-in) hosts: the tables and their
 * merges land in a blank workbook, read back by the same host they are recognized with zero findings,
 * a second insert regenerates in place, and typed figures make it refuse.
 */
import { createExcelHost } from "../../src/hosts/excel";
import { insertTemplate } from "../../src/hosts/insert-template";
import { createWpsHost } from "../../src/hosts/wps";
import type { HostAdapter } from "../../src/hosts/types";
import { PROFILES, profileById } from "../../src/profiles";
import { templateSheets } from "../../src/template";
import { analyze } from "../../src/validation/validate";
import { excelModel } from "../hosts/excel/fixture-model";
import { standinRunner } from "../hosts/excel/office-standin";
import { etModel } from "../hosts/wps/fixture-model";

const blank = { name: "工作簿1.xlsx", sheets: [{ name: "Sheet1", cells: [], merges: [] }] };

const hosts: [string, () => { host: HostAdapter; type: (sheet: string, row: number, col: number, value: number) => void }][] = [
  [
    "excel",
    () => {
      const model = excelModel(blank);
      return {
        host: createExcelHost(standinRunner(model)),
        type: (sheet, row, col, value) => void model.sheets.find((s) => s.name === sheet)!.cells.set(`${row},${col}`, { value }),
      };
    },
  ],
  [
    "wps",
    () => {
      const app = etModel(blank);
      return {
        host: createWpsHost(app),
        type: (sheet, row, col, value) => void app.sheets.find((s) => s.name === sheet)!.cells.set(`${row},${col}`, { value }),
      };
    },
  ],
];

describe.each(hosts)("%s host", (_name, open) => {
  test.each(PROFILES.map((p) => [p.id, p] as const))("%s: inserted, read back, recognized completely with zero findings; twice = in place", async (_id, profile) => {
    const { host } = open();
    const first = await insertTemplate(host, templateSheets(profile));
    expect(first.ok).toBe(true);
    const snapshot = await host.readWorkbook();
    const { recognition, report } = analyze(snapshot, { profile });
    expect(recognition.tables.map((t) => t.kind)).toEqual(profile.tables.map((t) => t.kind));
    expect(recognition.unrecognized).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(snapshot.sheets[1].merges.length).toBeGreaterThan(1);
    const second = await insertTemplate(host, templateSheets(profile));
    expect(second).toMatchObject({ ok: true, written: first.written.slice(0, profile.tables.length), kept: first.written.slice(profile.tables.length) });
    const again = await host.readWorkbook();
    expect(again.sheets.map((s) => s.name)).toEqual(snapshot.sheets.map((s) => s.name));
    expect(again.sheets[1].merges).toEqual(snapshot.sheets[1].merges);
  });

  test("a figure typed into a table: the second insert refuses and writes nothing", async () => {
    const { host, type } = open();
    const first = await insertTemplate(host, templateSheets(profileById("mof")!));
    type(first.written[0], 5, 2, 100);
    const before = await host.readWorkbook();
    const second = await insertTemplate(host, templateSheets(profileById("mof")!));
    expect(second.ok).toBe(false);
    expect(second.refusal).toContain(first.written[0]);
    expect(await host.readWorkbook()).toEqual(before);
  });
});
