// Floats as text: GNU's shortest round-trip float printing and C printf's %e/%f/%g (GNU: print.c
// float_to_string, gnulib ftoastr.c, and the glibc printf behaviour that editfns.c's `format` relies on).
//
// Everything is correctly rounded with ties to even on the *exact* binary value, as glibc does. JS's
// toFixed/toExponential are exact too but break ties away from zero, so they are used only when the
// bits prove that no tie is possible; otherwise the exact decimal expansion is computed with BigInt.
import { LispObject, LString } from "../lisp.js";

/** A finite non-negative number in decimal: value = 0.d × 10^(e+1), i.e. d[0] is the 10^e digit. */
export interface Dec {
  /** Significant digits without leading or trailing zeros; "0" for zero. */
  d: string;
  e: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the high word in u32 (the host's endianness). */
const HI = (() => { f64[0] = 1; return u32[1] === 0x3ff00000 ? 1 : 0; })();
const LO = 1 - HI;

/** True when X's sign bit is set (distinguishes -0.0 and negative NaNs). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[HI] >>> 31) === 1;
}

function ctz32(v: number): number { return 31 - Math.clz32(v & -v); }

/**
 * Splits a finite nonzero |x| into odd M and E with |x| = M × 2^E. Returns [M (as a number < 2^53), E].
 * Stored in module scratch variables to avoid allocating on the hot path.
 */
let splitM = 0, splitE = 0;
function split(x: number): void {
  f64[0] = x;
  const hi = u32[HI], lo = u32[LO];
  const be = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  let e: number;
  if (be === 0) e = -1074; else { mhi += 0x100000; e = be - 1075; }
  let tz: number;
  if (lo !== 0) tz = ctz32(lo); else tz = 32 + ctz32(mhi);
  // M = (mhi * 2^32 + lo) >> tz, computed exactly in doubles (it stays below 2^53).
  splitM = (mhi * 4294967296 + lo) / Math.pow(2, tz);
  splitE = e + tz;
}

/** The exact decimal expansion of finite |x| (GNU relies on glibc for this; here BigInt does it). */
export function exactDec(x: number): Dec {
  x = Math.abs(x);
  if (x === 0) return { d: "0", e: 0 };
  if (Number.isSafeInteger(x)) return decOfDigits(String(x));
  split(x);
  if (splitE >= 0) return decOfDigits((BigInt(splitM) << BigInt(splitE)).toString());
  const k = -splitE;
  const s = (BigInt(splitM) * 5n ** BigInt(k)).toString();
  // s × 10^-k; s has no trailing zeros (odd × 5^k).
  return { d: s, e: s.length - 1 - k };
}

/** The exact decimal form of a non-negative integer given as decimal digits. */
function decOfDigits(s: string): Dec {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { d: s.slice(0, end), e: s.length - 1 };
}

/** The exact decimal form of |n|. */
export function exactDecBig(n: bigint): Dec {
  return decOfDigits((n < 0n ? -n : n).toString());
}

/** Adds one to a string of decimal digits ("" counts as 0). */
function increment(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return "1" + "0".repeat(s.length);
  return s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1) + "0".repeat(s.length - 1 - i);
}

/**
 * Rounds digit string D (no trailing zeros) to its first KEEP digits, ties to even. The result has KEEP
 * digits, or KEEP+1 when rounding carried out of the top ("99" → "100"), or "" / "1" when KEEP <= 0.
 */
function roundAt(d: string, keep: number): string {
  if (keep >= d.length) return d + "0".repeat(keep - d.length);
  if (keep < 0) return "";
  const next = d.charCodeAt(keep);
  let up: boolean;
  if (next !== 53) up = next > 53;
  else if (d.length > keep + 1) up = true;
  else up = keep > 0 && (d.charCodeAt(keep - 1) & 1) === 1;
  const s = d.slice(0, keep);
  return up ? increment(s) : s;
}

/** %.Pe digits: P+1 significant digits and the exponent of the first one. */
function sigDigits(dec: Dec, n: number): [string, number] {
  if (dec.d === "0") return ["0".repeat(n), 0];
  const s = roundAt(dec.d, n);
  return s.length > n ? [s.slice(0, n), dec.e + 1] : [s, dec.e];
}

/** The integer round(v × 10^F) as digits ("0" when zero). */
function fixedDigits(dec: Dec, f: number): string {
  if (dec.d === "0") return "0";
  const s = roundAt(dec.d, dec.e + 1 + f);
  return s === "" ? "0" : s;
}

// ---------------------------------------------------------------------------------------------
// Tie detection: when can JS's toFixed/toExponential (ties away from zero) be trusted?
// ---------------------------------------------------------------------------------------------

/** Number of fractional decimal digits of the exact value of finite nonzero x. */
function fracDigits(x: number): number {
  split(x);
  return splitE < 0 ? -splitE : 0;
}

/** True when %.Pe of finite nonzero x might be a tie (then the slow exact path is taken). */
function maybeExpTie(x: number, p: number): boolean {
  const ax = Math.abs(x);
  if (ax >= 9007199254740992) return true; // large integers: let the exact path count digits
  split(ax);
  let s: number;
  if (splitE >= 0) {
    // An exact integer below 2^53: its digits, less trailing zeros.
    const str = String(ax);
    let end = str.length;
    while (end > 1 && str.charCodeAt(end - 1) === 48) end--;
    s = end;
  } else {
    // Digits of M × 5^k (odd, so no trailing zeros), estimated by logarithms unless too close to call.
    const l = Math.log10(splitM) + -splitE * 0.6989700043360189;
    const frac = l - Math.floor(l);
    if (frac < 1e-9 || frac > 1 - 1e-9) return true;
    s = Math.floor(l) + 1;
  }
  return s === p + 2;
}

/** %.Pe / %.Pg digits of finite |x| (n = P+1 significant digits). */
function sigOf(x: number, n: number): [string, number] {
  const ax = Math.abs(x);
  if (ax === 0) return ["0".repeat(n), 0];
  if (n <= 101 && !maybeExpTie(ax, n - 1)) {
    const t = ax.toExponential(n - 1);
    const ePos = t.indexOf("e");
    const digits = n === 1 ? t.slice(0, 1) : t.slice(0, 1) + t.slice(2, ePos);
    return [digits, +t.slice(ePos + 1)];
  }
  return sigDigits(exactDec(ax), n);
}

/** round(|x| × 10^F) as digits, for %.Ff. */
function fixedOf(x: number, f: number): string {
  const ax = Math.abs(x);
  if (ax === 0) return "0";
  if (f <= 100 && ax < 1e21 && fracDigits(ax) !== f + 1) {
    const t = ax.toFixed(f);
    return f === 0 ? t : t.slice(0, t.length - f - 1) + t.slice(t.length - f);
  }
  return fixedDigits(exactDec(ax), f);
}

// ---------------------------------------------------------------------------------------------
// C printf conversions %e, %f, %g of a double or an exact integer.
// ---------------------------------------------------------------------------------------------

export interface FloatFlags { plus?: boolean; space?: boolean; sharp?: boolean }

/** A number to format: a double, or an integer formatted exactly (GNU uses long double for those). */
export type Numeric = number | bigint;

function expSuffix(x: number): string {
  const a = Math.abs(x);
  return (x < 0 ? "e-" : "e+") + (a < 10 ? "0" + a : String(a));
}

function eDigits(v: Numeric, n: number): [string, number] {
  if (typeof v === "number") return sigOf(v, n);
  if (v === 0n) return ["0".repeat(n), 0];
  return sigDigits(exactDecBig(v), n);
}

function fDigits(v: Numeric, f: number): string {
  if (typeof v === "number") return fixedOf(v, f);
  const s = (v < 0n ? -v : v).toString();
  return f > 0 ? s + "0".repeat(f) : s;
}

/** Inserts a decimal point F digits from the right of integer digit string N (padding with zeros). */
function placePoint(n: string, f: number, sharp: boolean): string {
  if (f === 0) return sharp ? n + "." : n;
  if (n.length <= f) n = "0".repeat(f - n.length + 1) + n;
  return n.slice(0, n.length - f) + "." + n.slice(n.length - f);
}

/**
 * C's sprintf("%<flags>.<prec><conv>", v) for conv in e, f, g, without field width. PREC < 0 means
 * the default (6). Infinities and NaNs print as glibc does ("inf", "-nan").
 */
export function cFormatFloat(v: Numeric, conv: "e" | "f" | "g", prec: number, flags: FloatFlags = {}): string {
  const neg = typeof v === "number" ? signBit(v) : v < 0n;
  const sign = neg ? "-" : flags.plus ? "+" : flags.space ? " " : "";
  if (typeof v === "number" && !Number.isFinite(v)) return sign + (v !== v ? "nan" : "inf");
  const sharp = !!flags.sharp;
  if (prec < 0) prec = 6;
  if (conv === "f") return sign + placePoint(fDigits(v, prec), prec, sharp);
  if (conv === "e") {
    const [d, x] = eDigits(v, prec + 1);
    return sign + d[0] + (prec > 0 || sharp ? "." : "") + d.slice(1) + expSuffix(x);
  }
  // %g: P significant digits; exponential notation when the exponent is < -4 or >= P.
  const p = prec === 0 ? 1 : prec;
  const [d, x] = eDigits(v, p);
  let body: string;
  if (x < -4 || x >= p) {
    let frac = d.slice(1);
    if (!sharp) frac = stripZeros(frac);
    body = d[0] + (frac || sharp ? "." : "") + frac + expSuffix(x);
  } else {
    const f = p - 1 - x;
    body = placePoint(d, f, sharp);
    if (!sharp && f > 0) body = stripFraction(body);
  }
  return sign + body;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}
/** Drops trailing zeros after a decimal point, and the point itself if nothing remains. */
function stripFraction(s: string): string {
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// The printer's float syntax (GNU: float_to_string).
// ---------------------------------------------------------------------------------------------

const DBL_MIN = 2.2250738585072014e-308;

/** The digits of the shortest decimal that reads back as |x|, and its exponent. */
function shortest(ax: number): [string, number] {
  const t = ax.toExponential();
  const ePos = t.indexOf("e");
  const digits = ePos === 1 ? t[0] : t[0] + t.slice(2, ePos);
  return [digits, +t.slice(ePos + 1)];
}

/**
 * GNU's default float printing: dtoastr's "%.Pg" with the smallest P >= 15 (>= 1 for tiny numbers) that
 * reads back exactly — the same digits as JS's shortest representation, laid out by %g's rules.
 */
function shortestFloatString(x: number): string {
  const ax = Math.abs(x);
  const sign = signBit(x) ? "-" : "";
  // Fast path: plain decimal notation, where %g's layout and JS's agree.
  if (ax >= 1e-4 && ax < 1e15) return sign + String(ax);
  if (ax === 0) return sign + "0";
  let [d, e] = shortest(ax);
  if (d.length === 16 && isPowerOfTwo(ax)) {
    // Just above a power of two the gap below is half the gap above, so the correctly rounded
    // 16 digits (what %.16g gives) may read back as the neighbour even though some other 16-digit
    // decimal would not: dtoastr then goes on to 17 digits.
    const [d16, e16] = sigOf(ax, 16);
    if (Number(d16[0] + "." + d16.slice(1) + "e" + e16) !== ax) [d, e] = sigOf(ax, 17);
  }
  const p = ax < DBL_MIN ? d.length : Math.max(15, d.length);
  if (e < -4 || e >= p) return sign + d[0] + (d.length > 1 ? "." + d.slice(1) : "") + expSuffix(e);
  const f = d.length - 1 - e;
  return sign + (f <= 0 ? d + "0".repeat(-f) : placePoint(d, f, false));
}

/** True when X's significand is exactly a power of two (a normal number with an all-zero fraction). */
function isPowerOfTwo(x: number): boolean {
  f64[0] = x;
  return (u32[HI] & 0xfffff) === 0 && u32[LO] === 0 && (u32[HI] & 0x7ff00000) !== 0;
}

/** The printed form of a NaN: its sign and 51-bit payload (GNU: "-0.0e+NaN" for the default NaN). */
function nanString(x: number): string {
  f64[0] = x;
  const hi = u32[HI], lo = u32[LO];
  const payload = (hi & 0x7ffff) * 4294967296 + lo;
  return (hi >>> 31 ? "-" : "") + payload + ".0e+NaN";
}

/** Validates `float-output-format`; returns [conversion, precision (-1: none given)] or null. */
function parseFloatFormat(fmt: LispObject): [conv: "e" | "f" | "g", width: number] | null {
  if (!(fmt instanceof LString)) return null;
  const s = fmt.s;
  if (s.charCodeAt(0) !== 37 || s.charCodeAt(1) !== 46) return null;
  let i = 2, width = -1;
  if (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
    width = 0;
    do {
      width = width * 10 + s.charCodeAt(i++) - 48;
      if (width > 15) return null; // DBL_DIG
    } while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57);
    if (width === 0 && s[i] !== "f") return null;
  }
  const c = s[i];
  if (c !== "e" && c !== "f" && c !== "g") return null;
  if (i + 1 !== s.length) return null;
  return [c, width];
}

/** The printed representation of float X under `float-output-format` FMT (GNU: float_to_string). */
export function floatToString(x: number, fmt: LispObject): string {
  if (x !== x) return nanString(x);
  if (x === Infinity) return "1.0e+INF";
  if (x === -Infinity) return "-1.0e+INF";
  let s: string;
  let width = 1;
  const spec = parseFloatFormat(fmt);
  if (spec === null) s = shortestFloatString(x);
  else {
    width = spec[1];
    // "%.e" has no digits: C reads that as precision 0.
    s = cFormatFloat(x, spec[0], width < 0 ? 0 : width);
  }
  // The result must read back as a float: ensure a decimal point with a digit after it, or an exponent
  // (but "%.0f" may legitimately produce an integer).
  if (width !== 0) {
    let i = 0;
    while (i < s.length) { const c = s.charCodeAt(i); if ((c < 48 || c > 57) && c !== 45) break; i++; }
    if (i === s.length) s += ".0";
    else if (s.charCodeAt(i) === 46 && i === s.length - 1) s += "0";
  }
  return s;
}
