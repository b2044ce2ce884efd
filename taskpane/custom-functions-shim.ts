/**
 * Stands in for the global `CustomFunctions` in the page bundles (wired by webpack's ProvidePlugin).
 * Inside Office it forwards to Office.js's real object; in a plain browser (preview mode) there is
 * no such global, and registering functions must be a harmless no-op instead of a ReferenceError.
 */
type Associate = (id: string, fn: (...args: never[]) => unknown) => void;

interface CustomFunctionsLike {
  associate: Associate;
  Error: unknown;
  ErrorCode: unknown;
}

/** Office's error codes, for when the real object is absent (same string values as Office.js). */
const fallbackErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class FallbackError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

function real(): CustomFunctionsLike | undefined {
  const value = (globalThis as { CustomFunctions?: CustomFunctionsLike }).CustomFunctions;
  return value && typeof value.associate === "function" ? value : undefined;
}

export const CustomFunctions: CustomFunctionsLike = {
  associate(id, fn) {
    real()?.associate(id, fn);
  },
  get Error() {
    return real()?.Error ?? FallbackError;
  },
  get ErrorCode() {
    return real()?.ErrorCode ?? fallbackErrorCode;
  },
};
