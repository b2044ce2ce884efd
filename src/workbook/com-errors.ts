/**
 * VBA's CVErr codes (xlErrNull … xlErrNA as the numbers COM hosts hand to JS): how WPS may return an
 * error cell's Value2, or pass it to a custom function. One table for the WPS reader and the
 * functions' argument normalization.
 */
export const CVERR_CODES: Readonly<Record<number, string>> = {
  [-2146826288]: "#NULL!",
  [-2146826281]: "#DIV/0!",
  [-2146826273]: "#VALUE!",
  [-2146826265]: "#REF!",
  [-2146826259]: "#NAME?",
  [-2146826252]: "#NUM!",
  [-2146826246]: "#N/A",
};
