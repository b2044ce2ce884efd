/**
 * Host glue shared by Excel and WPS: run a definition and hand back its value, or throw the error
 * the host shows. In Excel that is CustomFunctions.Error with our Chinese message; elsewhere a
 * FunctionError carrying the Excel error code.
 */
import { DEFINITION_BY_ID, type FunctionId } from "./definitions";
import { evaluate, isError } from "./runner";

export class FunctionError extends Error {
  constructor(
    readonly code: "#VALUE!" | "#DIV/0!",
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

export function invoke(id: FunctionId, args: ArrayLike<unknown>): number | string | boolean {
  const result = evaluate(DEFINITION_BY_ID[id], args);
  if (!isError(result)) return result;
  if (typeof CustomFunctions !== "undefined") {
    const code = result.error === "#DIV/0!" ? CustomFunctions.ErrorCode.divisionByZero : CustomFunctions.ErrorCode.invalidValue;
    throw new CustomFunctions.Error(code, result.message);
  }
  throw new FunctionError(result.error, result.message);
}
