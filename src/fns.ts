// Sequences, equality, plists, hash-table functions, features, hashing (GNU: fns.c).
export {};
