/** Loads a host-neutral fixture workbook into the ET stand-in. */
import { toBgr } from "../../../src/hosts/marks";
import type { FixtureWorkbook } from "../excel/sample-workbook";
import { EtStandin, XL_SOLID, type EtOptions } from "./et-standin";

export function etModel(fixture: FixtureWorkbook, options: EtOptions = {}): EtStandin {
  const app = new EtStandin(fixture.name, options);
  for (const s of fixture.sheets) {
    const cells = new Map(
      s.cells.map((c) => [
        `${c.row},${c.col}`,
        {
          value: c.value,
          ...(c.formula ? { formula: c.formula } : {}),
          ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
          ...(c.error ? { error: true } : {}),
          ...(c.fill ? { color: toBgr(c.fill), pattern: XL_SOLID } : {}),
          ...(c.comment ? { comment: c.comment } : {}),
        },
      ]),
    );
    app.sheets.push({ name: s.name, visible: s.hidden ? 0 : -1, cells, merges: s.merges.map((m) => ({ ...m })), widths: new Map() });
  }
  return app;
}
