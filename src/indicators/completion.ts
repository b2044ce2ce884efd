import { Decimal, ONE, ZERO } from "../numbers/decimal";
import {
  failure,
  type ActualExpression,
  type IndicatorFailure,
  type IndicatorWarning,
  type QuantityExpression,
  type TargetExpression,
} from "./types";

/** 完成率 and whether the target is met; rate null when only a judgement can decide (未达到 a qualitative target). */
export interface Completion {
  ok: true;
  /** exact r (1.036 for 1.036万人 against 1万人); null when undeterminable. */
  rate: Decimal | null;
  met: boolean;
  warnings: IndicatorWarning[];
}

/** Units differing only by a dropped 元 (`1000/天` vs `1000元/天`) are a typo: warn and compare. */
function unitCheck(target: QuantityExpression, actual: QuantityExpression): IndicatorWarning | IndicatorFailure | null {
  if (target.unit === actual.unit) return null;
  if (!target.unit || !actual.unit) {
    return {
      code: "unit-missing",
      message: `目标值“${target.text}”与业绩值“${actual.text}”一方缺少单位`,
      messageEn: `one of target "${target.text}" and actual "${actual.text}" has no unit`,
    };
  }
  const strip = (u: string) => u.replace(/元/g, "");
  if (strip(target.unit) === strip(actual.unit)) {
    return {
      code: "unit-typo",
      message: `单位疑似笔误：目标值“${target.text}”，业绩值“${actual.text}”`,
      messageEn: `unit looks mistyped: target "${target.text}", actual "${actual.text}"`,
    };
  }
  return failure(
    `单位不一致，无法比较：目标值“${target.text}”，业绩值“${actual.text}”`,
    `units differ, cannot compare: target "${target.text}", actual "${actual.text}"`,
  );
}

function quantityCompletion(target: QuantityExpression, actual: QuantityExpression): Completion | IndicatorFailure {
  const warnings: IndicatorWarning[] = [];
  const unit = unitCheck(target, actual);
  if (unit && "ok" in unit) return unit;
  if (unit) warnings.push(unit);
  const t = target.value;
  const a = actual.value;
  // a completion rate of a negative quantity has no meaning and would push 指标得分 below 0
  if (t.lt(0) || a.lt(0)) {
    const which = a.lt(0) ? `业绩值“${actual.text}”` : `目标值“${target.text}”`;
    const whichEn = a.lt(0) ? `actual "${actual.text}"` : `target "${target.text}"`;
    return failure(`${which}为负数，无法计算完成率`, `${whichEn} is negative: no completion rate`, "out-of-range");
  }
  const cmp = a.cmp(t);
  switch (target.operator) {
    case ">=":
    case ">": {
      if (t.isZero()) {
        return failure(`目标值“${target.text}”为0，无法计算完成率`, `target "${target.text}" is 0: no completion rate`, "divide-by-zero");
      }
      const met = target.operator === ">=" ? cmp >= 0 : cmp > 0;
      return { ok: true, rate: a.div(t), met, warnings };
    }
    case "=": {
      if (cmp === 0) return { ok: true, rate: ONE, met: true, warnings };
      if (t.isZero()) {
        return failure(`目标值“${target.text}”为0，无法计算完成率`, `target "${target.text}" is 0: no completion rate`, "divide-by-zero");
      }
      return { ok: true, rate: a.div(t), met: false, warnings };
    }
    case "<=":
    case "<": {
      const met = target.operator === "<=" ? cmp <= 0 : cmp < 0;
      if (met || a.isZero()) return { ok: true, rate: ONE, met, warnings };
      if (cmp === 0) {
        // "<5%" with 5%: on the bound of a strict limit; the rate is 100% but the limit is not met.
        warnings.push({
          code: "strict-bound",
          message: `业绩值“${actual.text}”等于目标值“${target.text}”的界限`,
          messageEn: `actual "${actual.text}" equals the strict bound of target "${target.text}"`,
        });
      }
      return { ok: true, rate: t.div(a), met, warnings };
    }
  }
}

/**
 * 完成率 per DOMAIN §3: `>=`/`>` actual/target; `=` 100% when equal else actual/target; `<=`/`<`
 * 100% within the bound else target/actual; deadline on or before → 100%, after → 0;
 * qualitative with 达到预期指标 → 100%.
 */
export function completionRate(target: TargetExpression, actual: ActualExpression): Completion | IndicatorFailure {
  const mismatch = () =>
    failure(
      `业绩值“${actual.text}”与目标值“${target.text}”类型不符`,
      `actual "${actual.text}" does not fit target "${target.text}"`,
    );
  switch (target.kind) {
    case "quantity":
      if (actual.kind === "quantity") return quantityCompletion(target, actual);
      if (actual.kind === "achievement") {
        return {
          ok: true,
          rate: actual.achieved ? ONE : null,
          met: actual.achieved,
          warnings: [
            {
              code: "achieved-for-quantity",
              message: `定量目标“${target.text}”的业绩值应填写数值，而非“${actual.text}”`,
              messageEn: `quantitative target "${target.text}" needs a number, not "${actual.text}"`,
            },
          ],
        };
      }
      return mismatch();
    case "date": {
      if (actual.kind !== "date") return mismatch();
      const met = actual.ordinal <= target.ordinal;
      return { ok: true, rate: met ? ONE : ZERO, met, warnings: [] };
    }
    case "qualitative":
      if (actual.kind !== "achievement") return mismatch();
      return { ok: true, rate: actual.achieved ? ONE : null, met: actual.achieved, warnings: [] };
  }
}

