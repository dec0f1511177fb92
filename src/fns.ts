// Sequences, equality, plists, hash-table functions, features, hashing (GNU: fns.c). The primitives live in
// src/fns/*.ts by theme; this module loads them all and re-exports the JS API other modules use.
export * from "./fns/common.js";
export * from "./fns/equal.js";
export * from "./fns/lists.js";
export * from "./fns/seq.js";
export * from "./fns/strings.js";
export * from "./fns/hash.js";
export * from "./fns/misc.js";
export { HashTable, HashTest, TestKind } from "./hashtable.js";
