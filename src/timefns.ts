// Time values, conversion and formatting (GNU: timefns.c).
export {};
