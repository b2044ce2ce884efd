/**
 * A HyperFormula stand-in for Excel: the FA functions registered as one FunctionPlugin, each method
 * calling the SAME definitions and runner the add-in uses (functions/definitions.ts, runner.ts).
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { DEFINITIONS, type FunctionDef } from "../../functions/definitions";
import { runDefinition } from "../../functions/runner";

const ERROR_TEXT: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
};

function toCell(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toCell));
  if (value instanceof CellError) return { error: ERROR_TEXT[value.type] ?? `#${value.type}!` };
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val; // rich numbers
  return value;
}

function evaluate(def: FunctionDef, args: unknown[]) {
  const result = runDefinition(def, args.map(toCell));
  if ("value" in result) return result.value;
  return new CellError(result.error === "#DIV/0!" ? ErrorType.DIV_BY_ZERO : ErrorType.VALUE, result.message);
}

class FaPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    DEFINITIONS.map((def) => [
      `FA.${def.id}`,
      {
        method: `fa${def.id}`,
        parameters: def.args.map((a) => ({
          argumentType: a.type === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
          optionalArg: a.optional,
        })),
      },
    ]),
  );
}
for (const def of DEFINITIONS) {
  Object.defineProperty(FaPlugin.prototype, `fa${def.id}`, {
    value: function (this: FaPlugin & { runFunction: FunctionPlugin["runFunction"] }, ast: { args: never[] }, state: never) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (this as any).runFunction(ast.args, state, (this as any).metadata(`FA.${def.id}`), (...args: unknown[]) => evaluate(def, args));
    },
  });
}

let registered = false;
export function registerFaPlugin(): void {
  if (registered) return;
  const names = Object.fromEntries(DEFINITIONS.map((d) => [`FA.${d.id}`, `FA.${d.id}`]));
  HyperFormula.registerFunctionPlugin(FaPlugin, { enGB: names, enUS: names });
  registered = true;
}
