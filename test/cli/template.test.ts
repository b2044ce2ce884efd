/** fa-check --template out.xlsx [--profile P]: writes the profile's empty standard tables; the file checks clean. */
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";

jest.setTimeout(120_000);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

test("writes the template, which fa-check then reads with zero findings; a second run regenerates in place", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-template-"));
  const target = path.join(dir, "标准表样.xlsx");
  const first = capture();
  expect(await main(["--template", target, "--profile", "shanghai"], first.io)).toBe(0);
  expect(first.err[0]).toMatch(/^已写入标准表样（上海市）：01收入支出决算总表、.*07财政拨款“三公”经费支出决算表/);
  const checked = capture();
  expect(await main([target, "--format", "json"], checked.io)).toBe(0);
  const report = JSON.parse(checked.out.join(""));
  expect(report.findings).toEqual([]);
  expect(report.tables).toHaveLength(9);
  const second = capture();
  expect(await main(["--template", target, "--profile", "shanghai"], second.io)).toBe(0);
  expect(second.err[0]).toContain("保留已有的 说明底稿、说明信息");
});

test("bad targets are one bilingual line and exit 2", async () => {
  const txt = capture();
  expect(await main(["--template", "表样.txt"], txt.io)).toBe(2);
  expect(txt.err[0]).toBe("--template 只能是 .xlsx：表样.txt / --template must be .xlsx: 表样.txt");
  const both = capture();
  expect(await main(["单位.xlsx", "--template", "表样.xlsx"], both.io)).toBe(2);
  expect(both.err[0]).toMatch(/^--template 只写出表样，不检查工作簿/);
});
