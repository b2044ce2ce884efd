import { messageKeys, severityLabel, t, tableLabel } from "../../taskpane/i18n";

describe("i18n", () => {
  test("Chinese and English define the same keys, each non-empty, with the same placeholders", () => {
    expect(messageKeys("en").sort()).toEqual(messageKeys("zh").sort());
    for (const key of messageKeys("zh")) {
      const zh = t("zh", key as never);
      const en = t("en", key as never);
      expect(zh.length * en.length).toBeGreaterThan(0);
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(en)).toEqual(names(zh));
    }
  });

  test("placeholders are filled as plain text; unknown ones stay visible", () => {
    expect(t("zh", "explainWritten", { sheets: "<b>说明底稿</b>" })).toBe("已生成工作表：<b>说明底稿</b>");
    expect(t("en", "seconds", { n: "1.25" })).toBe("1.25 s");
    expect(t("zh", "seconds")).toBe("{{n}} 秒");
  });

  test("labels for severities and tables, with a fallback for findings without a table", () => {
    expect(severityLabel("zh", "error")).toBe("错误");
    expect(severityLabel("en", "info")).toBe("Rounding · convention");
    expect(tableLabel("zh", "perf-project")).toBe("项目支出绩效自评表");
    expect(tableLabel("zh", undefined)).toBe("其他");
  });
});
