// The part of the Excel custom-functions runtime we use (@types/custom-functions-runtime is not installed).
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function associate(id: string, functionObject: (...args: any[]) => unknown): void;
}
