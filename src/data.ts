// Types, predicates, conses, symbols, arithmetic, arrays (GNU: data.c).
export {};
