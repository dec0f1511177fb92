// Floating-point functions, rounding and NaN bit handling (GNU: floatfns.c).
import { Cons, LFloat, LispObject, NIL, T, mkFloat, isFixnumRange, intFromNumber } from "./lisp.js";
import { defun } from "./defun.js";
import { floatToString } from "./print/float.js";
import { wrongType, xsignal, Qarith_error, Qfloatp, Qnumberp, Qfixnump } from "./signal.js";
import { expInteger, makeInteger, bitLength, overflowError } from "./data/arith.js";
import * as libm from "./floatfns/libm.js";

// ---------------------------------------------------------------------------------------------
// NaN bits. GNU prints a NaN's sign and payload ("-0.0e+NaN"), and x86 arithmetic yields the *negative*
// default NaN for invalid operations, while V8 hands out either sign depending on the tier that ran the
// code. So every float operation that can produce a NaN picks the result NaN explicitly.
// ---------------------------------------------------------------------------------------------
const bitsView = new DataView(new ArrayBuffer(8));

/** A NaN with the given sign and 51-bit payload (GNU reads `-N.0e+NaN` so). */
export function makeNaN(negative: boolean, payload: number | bigint = 0): number {
  const p = BigInt.asUintN(51, BigInt(payload));
  bitsView.setUint32(0, (negative ? 0x80000000 : 0) | 0x7ff80000 | Number(p >> 32n));
  bitsView.setUint32(4, Number(p & 0xffffffffn));
  return bitsView.getFloat64(0);
}
/** The NaN x86 produces for invalid operations (0/0, inf-inf, sqrt(-1)...): sign bit set, no payload. */
export const DEFAULT_NAN = makeNaN(true);
/** The positive NaN glibc returns from domain errors of some functions (acos, asin). */
export const POSITIVE_NAN = makeNaN(false);

/** C's signbit, also for NaNs and -0.0. */
export function signBit(x: number): boolean {
  if (x < 0) return true;
  if (x > 0) return false;
  if (x === 0) return Object.is(x, -0);
  bitsView.setFloat64(0, x);
  return (bitsView.getUint32(0) & 0x80000000) !== 0;
}
/** -X with only the sign bit flipped (keeps a NaN's payload, as x86 negation does). */
export function negateFloat(x: number): number {
  if (x === x) return -x;
  bitsView.setFloat64(0, x);
  bitsView.setUint32(0, bitsView.getUint32(0) ^ 0x80000000);
  return bitsView.getFloat64(0);
}
/** The NaN result of a binary operation: the NaN operand (FIRSTWINS picks which when both are), else the default. */
export function nanOf2(a: number, b: number, firstWins: boolean): number {
  if (firstWins) { if (a !== a) return a; if (b !== b) return b; }
  else { if (b !== b) return b; if (a !== a) return a; }
  return DEFAULT_NAN;
}

/**
 * Prints a float as the printer and `number-to-string` do ("1.0", "1e+21", "-0.0", "1.0e+INF", "-0.0e+NaN"),
 * ignoring `float-output-format`. The implementation is the printer's (print/float.ts).
 */
export function formatFloat(x: number): string {
  return floatToString(x, NIL);
}

// ---------------------------------------------------------------------------------------------
// Argument helpers.
// ---------------------------------------------------------------------------------------------
/** GNU extract_float: any number (not a marker) as a double. */
export function extractFloat(x: LispObject): number {
  if (x instanceof LFloat) return x.n;
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return Number(x);
  return wrongType(Qnumberp, x);
}
function checkFloat(x: LispObject): number {
  if (x instanceof LFloat) return x.n;
  return wrongType(Qfloatp, x);
}

/** A one-argument libm function: NaN inputs pass through; a NaN from a finite domain error gets glibc's sign. */
function mathFn(name: string, doc: string, f: (d: number) => number, domainNaN = DEFAULT_NAN): void {
  defun(name, "(arg)", doc, (arg: LispObject) => {
    const d = extractFloat(arg);
    if (d !== d) return mkFloat(d);
    const r = f(d);
    return mkFloat(r === r ? r : domainNaN);
  });
}
// libm.ts rounds like glibc (V8's Math.* differs in the last bit for a few percent of arguments).
mathFn("acos", "Return the inverse cosine of ARG.", libm.acos, POSITIVE_NAN);
mathFn("asin", "Return the inverse sine of ARG.", libm.asin, POSITIVE_NAN);
mathFn("cos", "Return the cosine of ARG.", libm.cos);
mathFn("sin", "Return the sine of ARG.", libm.sin);
mathFn("tan", "Return the tangent of ARG.", libm.tan);
mathFn("exp", "Return the exponential base e of ARG.", libm.exp);
mathFn("sqrt", "Return the square root of ARG.", Math.sqrt);

defun("atan", "(y &optional x)", "Return the inverse tangent of the arguments.", (y: LispObject, x: LispObject) => {
  const d = extractFloat(y);
  if (x === NIL) return mkFloat(d !== d ? d : libm.atan(d));
  const d2 = extractFloat(x);
  if (d !== d || d2 !== d2) return mkFloat(nanOf2(d, d2, true));
  return mkFloat(libm.atan2(d, d2));
});

defun("isnan", "(x)", "Return non-nil if argument X is a NaN.", (x: LispObject) => {
  const d = checkFloat(x);
  return d !== d ? T : NIL;
});

defun("copysign", "(x1 x2)", "Copy sign of X2 to value of X1, and return the result.", (x1: LispObject, x2: LispObject) => {
  const f1 = checkFloat(x1), f2 = checkFloat(x2);
  return signBit(f1) !== signBit(f2) ? mkFloat(negateFloat(f1)) : x1;
});

const DBL_MIN = 2.2250738585072014e-308;

/** C frexp: [significand in [0.5, 1), exponent]; zero, infinities and NaNs come back unchanged with 0. */
export function frexp(d: number): [number, number] {
  if (d === 0 || !Number.isFinite(d)) return [d, 0];
  let scale = 0;
  if (Math.abs(d) < DBL_MIN) { d *= 2 ** 64; scale = -64; }
  bitsView.setFloat64(0, d);
  const hi = bitsView.getUint32(0);
  const e = ((hi >>> 20) & 0x7ff) - 1022;
  bitsView.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [bitsView.getFloat64(0), e + scale];
}
/** C ldexp: X * 2^E rounded once. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x) || e === 0) return x;
  const [m, k] = frexp(x);
  const total = k + Math.max(-5000, Math.min(5000, e));
  if (total > 1024) return m < 0 ? -Infinity : Infinity;
  if (total > 1023) return m * 2 * 2 ** (total - 1);
  if (total >= -1021) return m * 2 ** total;
  if (total < -1075) return m < 0 ? -0 : 0;
  // Subnormal result: scale into the normal range exactly, then round once.
  return (m * 2 ** (total + 100)) * 2 ** -100;
}

defun("frexp", "(x)", "Get significand and exponent of a floating point number.", (x: LispObject) => {
  const [s, e] = frexp(extractFloat(x));
  return new Cons(mkFloat(s), e);
});

defun("ldexp", "(sgnfcand exponent)", "Return SGNFCAND * 2**EXPONENT, as a floating point number.", (sgnfcand: LispObject, exponent: LispObject) => {
  let e: number;
  if (typeof exponent === "number") e = exponent;
  else if (typeof exponent === "bigint" && isFixnumRange(exponent)) e = exponent > 0n ? 1e9 : -1e9;
  else return wrongType(Qfixnump, exponent);
  return mkFloat(ldexp(extractFloat(sgnfcand), e));
});

/** C pow on doubles (JS Math.pow differs for base 1 and for (-1)^±inf). */
export function cPow(x: number, y: number): number {
  if (x === 1) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  if (x !== x || y !== y) return y === 0 ? 1 : nanOf2(x, y, true);
  if (x !== 0 && Number.isFinite(x) && Number.isFinite(y) && y !== 0) {
    if (x < 0 && !Number.isInteger(y)) return DEFAULT_NAN;
    return libm.powFinite(x, y);
  }
  const r = Math.pow(x, y);
  return r === r ? r : DEFAULT_NAN;
}

defun("expt", "(arg1 arg2)", "Return the exponential ARG1 ** ARG2.", (arg1: LispObject, arg2: LispObject) => {
  const x = extractFloat(arg1);
  const y = extractFloat(arg2);
  // Common Lisp rule: integer to a non-negative integer power stays an exact integer.
  if ((typeof arg1 === "number" || typeof arg1 === "bigint") && (typeof arg2 === "number" || typeof arg2 === "bigint") && arg2 >= 0) {
    return expInteger(arg1, arg2);
  }
  return mkFloat(cPow(x, y));
});

defun("log", "(arg &optional base)", "Return the natural logarithm of ARG.", (arg: LispObject, base: LispObject) => {
  const d = extractFloat(arg);
  const ln = (v: number) => (v !== v ? v : v < 0 ? DEFAULT_NAN : libm.log(v));
  if (base === NIL) return mkFloat(ln(d));
  const b = extractFloat(base);
  if (b === 10) return mkFloat(d !== d ? d : d < 0 ? DEFAULT_NAN : libm.log10(d));
  if (b === 2) return mkFloat(d !== d ? d : d < 0 ? DEFAULT_NAN : libm.log2(d));
  const n = ln(d), m = ln(b);
  const r = n / m;
  return mkFloat(r === r ? r : nanOf2(n, m, true));
});

defun("abs", "(arg)", "Return the absolute value of ARG.", (arg: LispObject) => {
  if (typeof arg === "number") return arg < 0 ? -arg : arg;
  if (arg instanceof LFloat) return signBit(arg.n) ? mkFloat(negateFloat(arg.n)) : arg;
  if (typeof arg === "bigint") return arg < 0n ? makeInteger(-arg) : arg;
  return wrongType(Qnumberp, arg);
});

defun("float", "(arg)", "Return the floating point number equal to ARG.", (arg: LispObject) => {
  if (arg instanceof LFloat) return arg;
  return mkFloat(extractFloat(arg));
});

defun("logb", "(arg)", "Returns largest integer <= the base 2 log of the magnitude of ARG.", (arg: LispObject) => {
  if (arg instanceof LFloat) {
    const f = arg.n;
    if (f === 0) return mkFloat(-Infinity);
    if (!Number.isFinite(f)) return f < 0 ? mkFloat(-f) : arg;
    return frexp(f)[1] - 1;
  }
  if (typeof arg === "number") return arg === 0 ? mkFloat(-Infinity) : bitLength(arg) - 1;
  if (typeof arg === "bigint") return bitLength(arg) - 1;
  return wrongType(Qnumberp, arg);
});

// ---------------------------------------------------------------------------------------------
// Rounding with an optional divisor (GNU rounding_driver). Integer operands divide exactly; floats are
// turned into exact rationals M * 2^K so that (floor 5.5 2) and bignum/float mixes are exact, like GMP.
// ---------------------------------------------------------------------------------------------
type IntDiv = (n: bigint, d: bigint) => bigint;
type NumDiv = (n: number, d: number) => number;

const tdivBig: IntDiv = (n, d) => n / d;
const fdivBig: IntDiv = (n, d) => { const q = n / d; return n % d !== 0n && (n < 0n) !== (d < 0n) ? q - 1n : q; };
const cdivBig: IntDiv = (n, d) => { const q = n / d; return n % d !== 0n && (n < 0n) === (d < 0n) ? q + 1n : q; };
const rdivBig: IntDiv = (n, d) => {
  let q = n / d;
  const r = n % d;
  const absR = r < 0n ? -r : r;
  const absR1 = (d < 0n ? -d : d) - absR;
  // Round half to even: take the other side when it is closer, or equally close and q is odd.
  if (absR1 < absR + (q & 1n)) q += (d < 0n) === (r < 0n) ? 1n : -1n;
  return q;
};
// JS-number versions for safe integers; (n - n % d) / d is an exact division.
const tdivNum: NumDiv = (n, d) => (n - n % d) / d + 0;
const fdivNum: NumDiv = (n, d) => { const r = n % d; const q = (n - r) / d + 0; return r !== 0 && (n < 0) !== (d < 0) ? q - 1 : q; };
const cdivNum: NumDiv = (n, d) => { const r = n % d; const q = (n - r) / d + 0; return r !== 0 && (n < 0) === (d < 0) ? q + 1 : q; };
const rdivNum: NumDiv = (n, d) => {
  const r = n % d;
  let q = (n - r) / d + 0;
  const absR = Math.abs(r), absR1 = Math.abs(d) - absR;
  if (absR1 < absR + (q & 1 ? 1 : 0)) q += (d < 0) === (r < 0) ? 1 : -1;
  return q;
};

/** C rint (round half to even, keeping the sign of zero). */
export function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Exact rational view of a finite double: [M, K] with X = M * 2^K. */
function floatToScaled(x: number): [bigint, number] {
  const [m, e] = frexp(x);
  // m has at most 53 significant bits: m * 2^53 is an integer.
  return [BigInt(m * 2 ** 53), e - 53];
}

/** GNU double_to_integer: the integral double D as a Lisp integer; infinities and NaNs overflow. */
export function doubleToInteger(d: number): number | bigint {
  if (!Number.isFinite(d)) return overflowError();
  if (Number.isSafeInteger(d)) return d + 0;
  return makeInteger(BigInt(d));
}

function roundingDriver(n: LispObject, d: LispObject, dround: (x: number) => number, idiv: IntDiv, ndiv: NumDiv): LispObject {
  if (!(typeof n === "number" || typeof n === "bigint" || n instanceof LFloat)) return wrongType(Qnumberp, n);
  if (d === NIL) return n instanceof LFloat ? doubleToInteger(dround(n.n)) : n;
  if (typeof d === "number") {
    if (d === 0) return xsignal(Qarith_error);
    if (typeof n === "number") return intFromNumber(ndiv(n, d));
  } else if (typeof d === "bigint") {
    // never zero
  } else if (d instanceof LFloat) {
    if (d.n === 0) return xsignal(Qarith_error);
  } else return wrongType(Qnumberp, d);
  if (typeof n !== "object" && typeof d !== "object") return makeInteger(idiv(BigInt(n), BigInt(d)));
  const nf = n instanceof LFloat ? n.n : undefined;
  const df = d instanceof LFloat ? d.n : undefined;
  if (nf !== undefined && !Number.isFinite(nf)) return overflowError();
  if (df !== undefined && df !== df) return overflowError();
  if (df !== undefined && !Number.isFinite(df)) return 0;
  let nm: bigint, nk = 0, dm: bigint, dk = 0;
  if (nf !== undefined) [nm, nk] = floatToScaled(nf); else nm = BigInt(n as number | bigint);
  if (df !== undefined) [dm, dk] = floatToScaled(df); else dm = BigInt(d as number | bigint);
  const k = Math.min(nk, dk);
  return makeInteger(idiv(nm << BigInt(nk - k), dm << BigInt(dk - k)));
}

defun("ceiling", "(arg &optional divisor)", "Return the smallest integer no less than ARG.",
  (arg: LispObject, divisor: LispObject) => roundingDriver(arg, divisor, Math.ceil, cdivBig, cdivNum));
defun("floor", "(arg &optional divisor)", "Return the largest integer no greater than ARG.",
  (arg: LispObject, divisor: LispObject) => roundingDriver(arg, divisor, Math.floor, fdivBig, fdivNum));
defun("round", "(arg &optional divisor)", "Return the nearest integer to ARG.",
  (arg: LispObject, divisor: LispObject) => roundingDriver(arg, divisor, rint, rdivBig, rdivNum));
defun("truncate", "(arg &optional divisor)", "Truncate a floating point number to an int.",
  (arg: LispObject, divisor: LispObject) => roundingDriver(arg, divisor, Math.trunc, tdivBig, tdivNum));

/** GNU fmod_float: X mod Y with the sign of Y. */
export function fmodFloat(f1: number, f2: number): number {
  let r = f1 % f2;
  if (r !== r) return nanOf2(f1, f2, true);
  if (f2 < 0 ? r > 0 : r < 0) r += f2;
  return r;
}

function froundFn(name: string, f: (d: number) => number, doc: string): void {
  defun(name, "(arg)", doc, (arg: LispObject) => {
    const d = checkFloat(arg);
    return mkFloat(d !== d ? d : f(d));
  });
}
froundFn("fceiling", Math.ceil, "Return the smallest integer no less than ARG, as a float.");
froundFn("ffloor", Math.floor, "Return the largest integer no greater than ARG, as a float.");
froundFn("fround", rint, "Return the nearest integer to ARG, as a float.");
froundFn("ftruncate", Math.trunc, "Truncate a floating point number to an integral float value.");
