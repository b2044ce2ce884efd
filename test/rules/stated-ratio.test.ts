import { rule } from "../../src/rules/stated-ratio";
import { run } from "./harness";
import { coded, fig } from "./models";

const t5 = (share: string, completion: string) => {
  const t = coded("gpb-expenditure", [["", "合计", "2,349.21", "1,196.98", "1,152.23"]], "T5" as "gpb-expenditure");
  t.ratios = [
    { kind: "share", stated: fig(share, "T5", 6, 6, 4), operands: [fig("1,537.21", "T5", 6, 2), fig("2,349.21", "T5", 5, 2)] },
    { kind: "completion", stated: fig(completion, "T5", 6, 7, 4), operands: [fig("2,349.21", "T5", 5, 2), fig("1,327.64", "T5", 5, 8)] },
    { kind: "variance", stated: fig("-5.94%", "T5", 7, 7, 4), operands: [fig("94.06", "T5", 7, 2), fig("100.00", "T5", 7, 8)] },
  ];
  return t;
};

test("passes when every stated share and rate recomputes from the displayed amounts", () => {
  expect(run(rule, [t5("65.44%", "176.95%")])).toEqual([]);
});

test("reports a wrong share as an error and a truncated rate as a tail difference", () => {
  expect(run(rule, [t5("65.54%", "176.94%")])).toEqual([
    { rule: "stated-ratio", severity: "error", cell: "T5!G7", expected: "65.44%", actual: "65.54%" },
    { rule: "stated-ratio", severity: "info", cell: "T5!H7", expected: "176.95%", actual: "176.94%" },
  ]);
});
