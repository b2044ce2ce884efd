import { DEFAULT_PANE_SETTINGS, ruleSettings, sanitizeSettings, storageSettingsStore } from "../../taskpane/settings";

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe("pane settings", () => {
  test("stored values are untrusted: malformed fields fall back to defaults", () => {
    expect(sanitizeSettings(null)).toEqual(DEFAULT_PANE_SETTINGS);
    expect(sanitizeSettings("junk")).toEqual(DEFAULT_PANE_SETTINGS);
    expect(
      sanitizeSettings({
        disabled: ["a", 3, "a", "b"],
        administrativeUnit: "yes",
        conventions: { thousands: "no", fromZero: "<script>", equal: "flat" },
        lang: "fr",
      }),
    ).toEqual({
      ...DEFAULT_PANE_SETTINGS,
      disabled: ["a", "b"],
      conventions: { ...DEFAULT_PANE_SETTINGS.conventions, equal: "flat" },
    });
    expect(
      sanitizeSettings({ administrativeUnit: false, conventions: { thousands: false, budgetPhrasing: "shanghai" }, lang: "en" }),
    ).toMatchObject({
      administrativeUnit: false,
      conventions: { thousands: false, fromZero: "hundred", budgetPhrasing: "shanghai" },
      lang: "en",
    });
  });

  test("the rule settings passed to the engine carry the switched-off rules and the unit kind", () => {
    expect(ruleSettings({ ...DEFAULT_PANE_SETTINGS, disabled: ["x"], administrativeUnit: false })).toEqual({
      disabled: ["x"],
      administrativeUnit: false,
    });
  });

  test("the browser store keeps one entry per workbook, and the last choice seeds new workbooks", async () => {
    const storage = memoryStorage();
    await storageSettingsStore(storage, "甲.xlsx").save({ ...DEFAULT_PANE_SETTINGS, disabled: ["r1"] });
    const flat = { ...DEFAULT_PANE_SETTINGS.conventions, equal: "flat" as const };
    await storageSettingsStore(storage, "乙.xlsx").save({ ...DEFAULT_PANE_SETTINGS, conventions: flat });
    expect((await storageSettingsStore(storage, "甲.xlsx").load()).disabled).toEqual(["r1"]);
    expect((await storageSettingsStore(storage, "甲.xlsx").load()).conventions.equal).toBe("zero-change");
    expect((await storageSettingsStore(storage, "乙.xlsx").load()).conventions).toEqual(flat);
    expect((await storageSettingsStore(storage, "丙.xlsx").load()).conventions).toEqual(flat);
    storage.setItem("fa-checker.settings:丁.xlsx", "{not json");
    expect(await storageSettingsStore(storage, "丁.xlsx").load()).toEqual(DEFAULT_PANE_SETTINGS);
  });
});

describe("region profile setting", () => {
  test("an unknown profile id falls back to guessing; a known one reaches the rules", () => {
    expect(sanitizeSettings({ profile: "mars" }).profile).toBe("");
    expect(sanitizeSettings({ profile: "shanghai" }).profile).toBe("shanghai");
    expect(ruleSettings({ ...DEFAULT_PANE_SETTINGS, profile: "shanghai" }).profile?.id).toBe("shanghai");
    expect(ruleSettings(DEFAULT_PANE_SETTINGS).profile).toBeUndefined();
  });
});

test("scoring conventions round-trip through the workbook's settings store", async () => {
  const saved = new Map<string, string>();
  const store = storageSettingsStore({ getItem: (k) => saved.get(k) ?? null, setItem: (k, v) => void saved.set(k, v) }, "a.xlsx");
  await store.save({ ...DEFAULT_PANE_SETTINGS, scoring: { costDirection: "upper-bound", overAchievement: "cap" } });
  expect((await store.load()).scoring).toEqual({ costDirection: "upper-bound", overAchievement: "cap" });
  expect(ruleSettings(await store.load()).scoring).toEqual({ costDirection: "upper-bound", overAchievement: "cap" });
});
