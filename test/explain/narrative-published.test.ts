/**
 * The narrative checker on text as published PDFs and Word exports give it: a space between a
 * figure and its unit, full-width digits and ％, sentences broken across lines. Variants of the seed
 * (whose own text has exactly two findings, L38 and L41) with every error made by hand listed.
 */
import { checkNarrative } from "../../src/explain";
import { normalizeFigures } from "../../src/explain/narrative/sentences";
import type { Finding } from "../../src/rules/shared/types";
import type { TableModel } from "../../src/tables/types";
import { SEED_NARRATIVE, sampleTables } from "./seed-text";

let tables: TableModel[];
beforeAll(async () => {
  tables = await sampleTables();
});

const rules = (findings: Finding[]) => findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule} ${f.actual}→${f.expected}`);
const SEED_FINDINGS = ["L38 narrative-amount 1,327.64→1,326.66", "L41 narrative-amount 1,327.64→1,326.66"];

/** Word/WPS export: "2,970.86 万元", "80.65 %". */
const spaced = (text: string) => text.replace(/(\d)(万元|%)/g, "$1 $2");
/** Full-width digits, point and ％ as some PDFs carry them. */
const fullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/%/g, "％").replace(/(\S)\.(\S)/g, "$1．$2");
/** pdftotext: every long line broken every 33 characters (inside figures too). */
const wrapped = (text: string) =>
  text
    .split("\n")
    .map((line) => (line.length > 40 ? line.match(/.{1,33}/g)!.join("\n") : line))
    .join("\n");

describe("published text reads as the seed", () => {
  test("normalizeFigures: spaces, full-width digits, ％, split figures", () => {
    expect(normalizeFigures("支出 5377.64 万元，占 ８０．６５ ％")).toBe("支出 5377.64万元，占 80.65%");
    expect(normalizeFigures("收入总计2, 970.86 万 元")).toBe("收入总计2,970.86万元");
  });

  test.each([
    ["a space before every unit", spaced],
    ["full-width digits and ％", fullWidth],
  ])("%s: the same two findings, no false error", (_, variant) => {
    expect(rules(checkNarrative(variant(SEED_NARRATIVE), tables))).toEqual(SEED_FINDINGS);
  });

  test("lines broken inside sentences and figures: the same two findings, on the lines where those sentences start", () => {
    const text = wrapped(SEED_NARRATIVE);
    const found = checkNarrative(text, tables).filter((f) => f.severity !== "info");
    expect(found.map((f) => f.actual)).toEqual(["1,327.64", "1,327.64"]);
    const lines = text.split("\n");
    for (const f of found) expect(lines[Number(f.cell.slice(1)) - 1]).toMatch(/^(财政拨款收入支出总体与上年相比|2024年度一般公共预算财政拨款支出)/);
  });
});

describe("errors made by hand are found in published-style text", () => {
  // each variant: [what was changed, from, to, expected error rules]
  const CASES: [string, string, string, string[]][] = [
    ["a T2 amount with a space", "财政拨款收入2,349.21万元，占80.65%", "财政拨款收入 2,394.21 万元，占 80.65 %", ["narrative-amount", "narrative-share", "narrative-sum"]],
    ["a structure share with full-width digits", "1.教育支出(类)1,537.21万元,占65.44%。", "1.教育支出(类)1,537.21万元,占６５．４０％。", ["narrative-share"]],
    ["a direction word", "比上年决算减少46.65万元，下降12.06%", "比上年决算减少46.65万元，增长12.06%", ["narrative-direction"]],
    ["机关运行经费 not T6's 公用经费", "机关运行经费支出114.59万元", "机关运行经费支出 120.59 万元", ["narrative-amount", "narrative-rate"]],
    ["a change without its reason", "比上年增加0.99万元，增长0.87%，主要原因是：本年度采购办公用品次数增多，办公经费增加。", "比上年增加0.99万元，增长0.87%。", ["narrative-reason"]],
  ];

  test.each(CASES)("%s", (_, from, to, expected) => {
    expect(SEED_NARRATIVE.split(from).length).toBe(2);
    const found = rules(checkNarrative(spaced(SEED_NARRATIVE.replace(from, to)), tables)).filter((r) => !SEED_FINDINGS.includes(r));
    expect([...new Set(found.map((r) => r.split(" ")[1]))].sort()).toEqual(expected.sort());
  });
});
