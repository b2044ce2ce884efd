/**
 * 出错说明: an accountant's written reason that a finding has been checked. A reason is keyed by the
 * rule, the cell and the 现场数据's values, so it lapses by itself as soon as any figure changes.
 * A warning or info can be marked 已核实 (verified: it stands); an error can only be explained (it
 * stays an error).
 */
import type { Finding } from "../rules/shared/types";

export type ReviewStatus = "open" | "verified" | "explained";

export interface Waiver {
  /** waiverKey() of the finding when the reason was written. */
  key: string;
  rule: string;
  sheet: string;
  cell: string;
  reason: string;
  /** ISO time the reason was written. */
  at: string;
}

export interface ReviewedFinding {
  finding: Finding;
  status: ReviewStatus;
  reason?: string;
  at?: string;
}

/** The longest reason kept (a settings part is small: Office.js allows 2 MB for all settings). */
export const MAX_REASON = 500;

/** rule | sheet!cell | each operand's value: equal keys mean the same figures were checked. */
export function waiverKey(finding: Finding): string {
  const values = (finding.operands ?? []).map((o) => `${o.sheet}!${o.cell}=${o.value}`);
  if (values.length === 0) values.push(`=${finding.actual}`);
  return [finding.rule, `${finding.sheet}!${finding.cell}`, ...values].join("|");
}

/** What a waiver does to a finding of this severity. */
export function statusFor(finding: Pick<Finding, "severity">): Exclude<ReviewStatus, "open"> {
  return finding.severity === "error" ? "explained" : "verified";
}

/** Stored waivers are untrusted: well-formed entries only, the reason trimmed and bounded, one per key. */
export function sanitizeWaivers(raw: unknown): Waiver[] {
  if (!Array.isArray(raw)) return [];
  const byKey = new Map<string, Waiver>();
  for (const item of raw) {
    if (typeof item !== "object" || item === null) continue;
    const w = item as Record<string, unknown>;
    const fields = [w.key, w.rule, w.sheet, w.cell, w.reason];
    if (!fields.every((f) => typeof f === "string" && f.length > 0)) continue;
    const reason = (w.reason as string).trim().slice(0, MAX_REASON);
    if (!reason) continue;
    byKey.set(w.key as string, {
      key: w.key as string,
      rule: w.rule as string,
      sheet: w.sheet as string,
      cell: w.cell as string,
      reason,
      at: typeof w.at === "string" ? w.at : "",
    });
  }
  return [...byKey.values()];
}

/** The list with the finding's reason set (an empty reason removes it). */
export function withReason(waivers: readonly Waiver[], finding: Finding, reason: string, at: Date): Waiver[] {
  const key = waiverKey(finding);
  const rest = waivers.filter((w) => w.key !== key);
  const text = reason.trim().slice(0, MAX_REASON);
  if (!text) return rest;
  return [...rest, { key, rule: finding.rule, sheet: finding.sheet, cell: finding.cell, reason: text, at: at.toISOString() }];
}

/** Each finding with its status: a waiver applies only while every figure it was written for is unchanged. */
export function review(findings: readonly Finding[], waivers: readonly Waiver[]): ReviewedFinding[] {
  const byKey = new Map(waivers.map((w) => [w.key, w]));
  return findings.map((finding) => {
    const waiver = byKey.get(waiverKey(finding));
    return waiver ? { finding, status: statusFor(finding), reason: waiver.reason, at: waiver.at } : { finding, status: "open" };
  });
}

/** Waivers whose finding is gone or whose figures changed: kept in storage, reported as lapsed. */
export function lapsed(findings: readonly Finding[], waivers: readonly Waiver[]): Waiver[] {
  const keys = new Set(findings.map(waiverKey));
  return waivers.filter((w) => !keys.has(w.key));
}
