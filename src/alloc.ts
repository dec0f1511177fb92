// Object constructors and the consing counters (GNU: alloc.c).
export {};
