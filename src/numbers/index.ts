export * from "./decimal";
export * from "./parse";
export * from "./format";
export * from "./tolerance";
export * from "./fastpath";
export * from "./quote";
