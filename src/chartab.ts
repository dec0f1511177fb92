// Char-tables (GNU: chartab.c).
export {};
