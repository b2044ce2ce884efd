/** Turns anything thrown while checking into one bilingual line: no stack trace ever reaches the user. */

/** Errors whose message is already the one-line Chinese / English reason meant for the user. */
const USER_FACING = new Set(["InputError", "UnusableInputError", "UsageError"]);

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0].trim();
}

export function describeFailure(error: unknown, what: "read" | "internal" = "read"): string {
  const raw = error instanceof Error ? error.message : String(error);
  const detail = firstLine(raw) || (error instanceof Error ? error.name : "unknown");
  if (error instanceof Error && USER_FACING.has(error.name)) return detail;
  return what === "read"
    ? `无法读取该工作簿：${detail} / cannot read the workbook: ${detail}`
    : `fa-check 内部错误：${detail} / fa-check internal error: ${detail}`;
}
