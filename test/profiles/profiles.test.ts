import { PROFILE_IDS, PROFILES, profileById } from "../../src/profiles";

test("PROFILE_IDS (read by the CLI without loading profiles) lists every profile, in order", () => {
  expect(PROFILE_IDS).toEqual(PROFILES.map((p) => p.id));
});

test("each profile lists the nine public tables once, numbered in order", () => {
  for (const p of PROFILES) {
    expect(p.tables).toHaveLength(9);
    expect(new Set(p.tables.map((t) => t.kind)).size).toBe(9);
    expect(p.tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  }
});

test("Shanghai: 三公 seventh, fund tables may be omitted with a note, no separators, 完成年初预算的XX%", () => {
  const sh = profileById("shanghai")!;
  expect(sh.tables.find((t) => t.kind === "three-public")?.number).toBe(7);
  expect(sh.tables.filter((t) => t.presence === "optional-with-note").map((t) => t.kind)).toEqual(["gov-fund", "soe-capital"]);
  expect([sh.thousandsSeparator, sh.wording.budgetPhrase, sh.emptyTableRule, sh.operatingCostDefinition]).toEqual([
    false,
    "completion",
    "omit-with-note",
    "public-without-capital",
  ]);
  expect(profileById("xinjiang")!.tables.find((t) => t.kind === "three-public")?.number).toBe(9);
  expect(profileById("nowhere")).toBeUndefined();
});
