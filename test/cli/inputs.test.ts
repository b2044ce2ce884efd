import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { displayValue, splitReference } from "../../src/cli/cell-values";
import { describeFailure } from "../../src/cli/failure";
import { isWorkbookName, resolveInput, UnusableInputError } from "../../src/cli/inputs";
import { exitCodeOf, worstExitCode } from "../../src/cli/outcome";
import { OUTCOME, REPORT } from "./support/sample-report";

describe("input resolution", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-inputs-"));
    for (const name of ["b.xlsx", "A.XLSX", "~$b.xlsx", "c.xls", "notes.md"]) await fs.writeFile(path.join(dir, name), "x");
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("takes every .xlsx of a folder, sorted, lock files and other types skipped", async () => {
    const input = await resolveInput(dir);
    expect(input.folder).toBe(true);
    expect(input.files.map((f) => path.basename(f))).toEqual(["A.XLSX", "b.xlsx"]);
    // a spreadsheet in another format is named (a note on stderr), a lock file or notes are not
    expect(input.skipped).toEqual(["c.xls"]);
  });

  it("refuses an .xls file saying to save it as .xlsx, in both languages", async () => {
    // issue 11 item 7: the message says what to do (save as .xlsx in Excel/WPS), not only what is wrong
    await expect(resolveInput(path.join(dir, "c.xls"))).rejects.toThrow(/旧版 \.xls.*Excel 或 WPS.*另存为.* \.xlsx.* \/ this is a legacy \.xls workbook; in Excel or WPS use Save As \.xlsx/);
    await expect(resolveInput(path.join(dir, "c.xls"))).rejects.toBeInstanceOf(UnusableInputError);
  });

  it("recognizes lock files by name", () => {
    expect(isWorkbookName("~$决算.xlsx")).toBe(false);
    expect(isWorkbookName("决算.xlsx")).toBe(true);
  });
});

describe("exit codes", () => {
  it("is 1 with errors, 0 without, 2 when unusable; a folder takes the worst", () => {
    const clean = { file: "ok.xlsx", report: { ...REPORT, summary: { error: 0, warning: 2, info: 1 } } };
    const broken = { file: "bad.xlsx", error: "坏 / bad" };
    expect(exitCodeOf(OUTCOME)).toBe(1);
    expect(exitCodeOf(clean)).toBe(0);
    expect(exitCodeOf(broken)).toBe(2);
    expect(worstExitCode([clean, OUTCOME])).toBe(1);
    expect(worstExitCode([clean, broken, OUTCOME])).toBe(2);
  });
});

describe("cell values and failures", () => {
  it("splits quoted references", () => {
    expect(splitReference("'T6 基本''s'!B3")).toEqual({ sheet: "T6 基本's", cell: "B3" });
    expect(splitReference("T5!C6")).toEqual({ sheet: "T5", cell: "C6" });
    expect(splitReference("C6")).toBeUndefined();
  });

  it("shows numbers as the sheet does", () => {
    expect(displayValue(1082.4, "#,##0.00")).toBe("1,082.40");
    expect(displayValue(0.9916, "0.00%")).toBe("99.16%");
    expect(displayValue(0.123456, null)).toBe("0.123456");
    expect(displayValue(null, null)).toBe("空");
    expect(displayValue({ error: "#REF!" }, null)).toBe("#REF!");
  });

  it("keeps only the first line of an unexpected error, in both languages", () => {
    const error = new Error("End of data reached\n    at Foo (x.js:1:2)");
    expect(describeFailure(error)).toBe("无法读取该工作簿：End of data reached / cannot read the workbook: End of data reached");
    const input = Object.assign(new Error("文件已加密 / the file is password-protected"), { name: "InputError" });
    expect(describeFailure(input)).toBe("文件已加密 / the file is password-protected");
  });
});
