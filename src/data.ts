// Types, predicates, conses, symbols, variables, arithmetic, arrays and bool-vectors (GNU: data.c); the
// pieces live in src/data/ and this module gathers them for all.ts and for importers.
export * from "./data/types.js";
export * from "./data/arith.js";
export * from "./data/symbols.js";
export * from "./data/boolvec.js";
