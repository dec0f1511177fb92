// Floating-point and rounding functions (GNU: floatfns.c).
export {};
