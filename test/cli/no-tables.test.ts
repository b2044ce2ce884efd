/** A workbook without any standard table is not "no problems": exit 2, naming the sheets it did find. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE, STACK_LINE } from "./support/run-cli";

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "fa-check-none-"));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("封面").getCell("A1").value = "2024年度部门决算";
  wb.addWorksheet("目录").getCell("A1").value = "1.收入支出决算总表";
  await wb.xlsx.writeFile(path.join(dir, "none.xlsx"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("exits 2 with 未识别到部门决算表 and the sheet names", () => {
  const result = runCli([path.join(dir, "none.xlsx")]);
  expect(result.status).toBe(2);
  expect(result.stderr.trim()).toBe("未识别到部门决算表；工作簿中的工作表：封面、目录 / no final-accounts table recognized; sheets found: 封面, 目录");
  expect(result.stdout).not.toContain("未发现问题");
  expect(result.stderr).not.toMatch(STACK_LINE);
});

test("--profile chooses the profile (the report says so); an unknown one is a usage error", () => {
  const chosen = runCli([SAMPLE, "--profile", "shanghai"]);
  expect(chosen.stdout).toContain("地区口径：上海市（已指定：用户选择）");
  const guessed = runCli([SAMPLE]);
  expect(guessed.stdout).toContain("地区口径：新疆维吾尔自治区（自动判断：单位名称“昌吉回族自治州教育局”属新疆）");
  const bad = runCli([SAMPLE, "--profile", "mars"]);
  expect(bad.status).toBe(2);
  expect(bad.stderr.split("\n")[0]).toBe('--profile 只能是 mof|xinjiang|shanghai，收到 "mars" / --profile must be mof|xinjiang|shanghai, got "mars"');
});
