/**
 * Host glue shared by Excel and WPS: run a definition and hand back its value, or throw the error
 * the host shows. In Excel that is CustomFunctions.Error with our Chinese message; elsewhere a
 * FunctionError carrying the Excel error code.
 */
import { DEFINITION_BY_ID, type ErrorCode, type FunctionId } from "./definitions";
import { evaluate, isError } from "./runner";

export class FunctionError extends Error {
  constructor(
    readonly code: ErrorCode,
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
    // CustomFunctions.ErrorCode's values are the error texts themselves ("#VALUE!", "#DIV/0!", "#NUM!").
    throw new CustomFunctions.Error(result.error as CustomFunctions.ErrorCode, result.message);
  }
  throw new FunctionError(result.error, result.message);
}
