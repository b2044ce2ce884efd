import type { Finding } from "../../src/rules/shared/types";
import { lapsed, review, sanitizeWaivers, waiverKey, withReason } from "../../src/review/waivers";

const warning: Finding = {
  rule: "perf-target-direction", severity: "warning", sheet: "绩效自评", cell: "F265", related: ["绩效自评!G265"],
  message: "目标值为<=5次", messageEn: "", expected: "", actual: "<=5次",
  operands: [{ label: "目标值", sheet: "绩效自评", cell: "F265", value: "<=5次" }, { label: "业绩值", sheet: "绩效自评", cell: "G265", value: "=5次" }],
};
const error: Finding = { ...warning, rule: "perf-exec-score", severity: "error", cell: "I67", operands: [{ label: "得分", sheet: "绩效自评", cell: "I67", value: "9.79" }] };
const at = new Date("2026-12-02T02:00:00Z");

test("a reason marks a warning 已核实 and an error only 已说明", () => {
  let waivers = withReason([], warning, "  上限为文件规定  ", at);
  waivers = withReason(waivers, error, "系统取数口径不同", at);
  const [w, e] = review([warning, error], waivers);
  expect(w).toMatchObject({ status: "verified", reason: "上限为文件规定", at: at.toISOString() });
  expect(e).toMatchObject({ status: "explained", reason: "系统取数口径不同" });
  expect(withReason(waivers, warning, " ", at).map((x) => x.rule)).toEqual(["perf-exec-score"]); // blank reason removes
});

test("the reason lapses when any operand's figure changes", () => {
  const waivers = withReason([], warning, "已核实", at);
  const changed: Finding = { ...warning, operands: [warning.operands![0], { ...warning.operands![1], value: "=6次" }] };
  expect(waiverKey(changed)).not.toBe(waiverKey(warning));
  expect(review([changed], waivers)[0].status).toBe("open");
  expect(lapsed([changed], waivers)).toHaveLength(1);
  expect(lapsed([warning], waivers)).toHaveLength(0);
});

test("stored waivers are untrusted", () => {
  const good = withReason([], warning, "ok", at)[0];
  expect(sanitizeWaivers("x")).toEqual([]);
  expect(sanitizeWaivers([null, 3, { ...good, reason: "" }, { ...good, rule: 5 }, good, { ...good, reason: "y".repeat(900) }])).toEqual([
    { ...good, reason: "y".repeat(500) }, // one per key, the last wins, bounded
  ]);
});
