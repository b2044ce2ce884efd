/** Loads a host-neutral fixture workbook into the Office.js stand-in's model. */
import { isMarkFormula } from "../../../src/hosts/excel";
import type { FixtureWorkbook } from "./sample-workbook";
import { newSheet, newWorkbook, userState, type CfModel, type WorkbookModel } from "./office-standin";

export function excelModel(fixture: FixtureWorkbook): WorkbookModel {
  return newWorkbook(
    fixture.name,
    fixture.sheets.map((s) => {
      const sheet = newSheet(s.name, s.hidden ? "Hidden" : "Visible");
      for (const c of s.cells) {
        sheet.cells.set(`${c.row},${c.col}`, {
          value: c.value,
          ...(c.formula ? { formula: c.formula } : {}),
          ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
          ...(c.error ? { error: true } : {}),
          ...(c.fill ? { fill: c.fill } : {}),
        });
      }
      sheet.merges = s.merges.map((m) => ({ ...m }));
      return sheet;
    }),
  );
}

export const isOurMark = (cf: CfModel) => cf.type === "Custom" && isMarkFormula(cf.formula);
export const ourMarks = (model: WorkbookModel) => model.sheets.flatMap((s) => s.cfs.filter(isOurMark).map((cf) => ({ sheet: s.name, cf })));
export const userBytes = (model: WorkbookModel) => userState(model, isOurMark);
