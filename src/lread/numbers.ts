// Number syntax of the reader: decimal/radix integers, floats, INF and NaN (GNU: lread.c string_to_number, read_integer).
import { LFloat, LispObject, normInt } from "../lisp.js";

/** Digit value of char code C in BASE; -1 when a letter/digit out of range, -2 when not alphanumeric. */
export function digitValue(c: number, base: number): number {
  let d: number;
  if (c >= 48 && c <= 57) d = c - 48;
  else if (c >= 97 && c <= 122) d = c - 87;
  else if (c >= 65 && c <= 90) d = c - 55;
  else return -2;
  return d < base ? d : -1;
}

/** Length of the numeric prefix found by the last successful `parseNumber` call. */
export let parsedLength = 0;

const LEAD_INT = 2, TRAIL_INT = 4, E_EXP = 16;

/** A float whose bits are NaN with the given sign and 51-bit payload (GNU reads `N.0e+NaN` this way). */
function makeNaN(negative: boolean, payload: bigint): LFloat {
  const dv = new DataView(new ArrayBuffer(8));
  const p = payload & ((1n << 51n) - 1n);
  dv.setUint32(0, (negative ? 0x80000000 : 0) | 0x7ff80000 | Number(p >> 32n));
  dv.setUint32(4, Number(p & 0xffffffffn));
  return new LFloat(dv.getFloat64(0));
}

/** Integer value of the digits S[from, to) in BASE (all known to be valid digits). */
export function digitsToInt(s: string, from: number, to: number, base: number, negative: boolean): number | bigint {
  // 15 hex digits stay below 2^60, 13 decimal digits below 2^44...: keep JS numbers while exact.
  if (to - from <= (base <= 10 ? 15 : base <= 16 ? 13 : 10)) {
    let n = 0;
    for (let i = from; i < to; i++) n = n * base + digitValue(s.charCodeAt(i), base);
    if (Number.isSafeInteger(n)) return negative ? (n === 0 ? 0 : -n) : n;
  }
  let b: bigint;
  if (base === 10) b = BigInt(s.slice(from, to));
  else if (base === 16 || base === 8 || base === 2) b = BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + s.slice(from, to));
  else {
    b = 0n;
    const B = BigInt(base);
    for (let i = from; i < to; i++) b = b * B + BigInt(digitValue(s.charCodeAt(i), base));
  }
  return normInt(negative ? -b : b);
}

/**
 * Parses the numeric prefix of S[start, end) in BASE (GNU string_to_number): optional sign, digits, and
 * for base 10 an optional fraction and exponent (incl. `e+INF` and `e+NaN`). Returns the number, or
 * undefined when there is no number syntax; `parsedLength` is then the prefix length. "1." is the integer 1.
 */
export function parseNumber(s: string, start: number, end: number, base: number): LispObject | undefined {
  let cp = start;
  const c0 = cp < end ? s.charCodeAt(cp) : 0;
  const negative = c0 === 45;
  if (negative || c0 === 43) cp++;
  const digitsStart = cp;
  let state = 0;
  while (cp < end && digitValue(s.charCodeAt(cp), base) >= 0) cp++;
  if (cp > digitsStart) state |= LEAD_INT;
  const afterDigits = cp;
  if (cp < end && s.charCodeAt(cp) === 46) cp++;
  let special = 0; // 1 = INF, 2 = NaN
  if (base === 10) {
    const fracStart = cp;
    while (cp < end && isDigit(s.charCodeAt(cp))) cp++;
    if (cp > fracStart) state |= TRAIL_INT;
    const ch = cp < end ? s.charCodeAt(cp) : 0;
    if (ch === 101 || ch === 69) {
      const ecp = cp;
      cp++;
      const sign = cp < end ? s.charCodeAt(cp) : 0;
      if (sign === 43 || sign === 45) cp++;
      if (cp < end && isDigit(s.charCodeAt(cp))) {
        state |= E_EXP;
        while (cp < end && isDigit(s.charCodeAt(cp))) cp++;
      } else if (sign === 43 && cp + 3 <= end && s.startsWith("INF", cp)) {
        state |= E_EXP; cp += 3; special = 1;
      } else if (sign === 43 && cp + 3 <= end && s.startsWith("NaN", cp)) {
        state |= E_EXP; cp += 3; special = 2;
      } else cp = ecp;
    }
    if ((state & TRAIL_INT) !== 0 || ((state & LEAD_INT) !== 0 && (state & E_EXP) !== 0)) {
      parsedLength = cp - start;
      if (special === 1) return new LFloat(negative ? -Infinity : Infinity);
      if (special === 2) {
        // The payload is the integer part's value modulo 2^64, as GNU's uintmax_t accumulation.
        const n = afterDigits > digitsStart ? BigInt.asUintN(64, BigInt(s.slice(digitsStart, afterDigits))) : 0n;
        return makeNaN(negative, n);
      }
      const v = Number(s.slice(digitsStart, cp));
      return new LFloat(negative ? -v : v);
    }
  }
  parsedLength = cp - start;
  if ((state & LEAD_INT) === 0) return undefined;
  return digitsToInt(s, digitsStart, afterDigits, base, negative);
}

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }

/**
 * GNU string_to_number on a whole JS string: the number S starts with, or undefined, plus its length.
 * For `string-to-number` and friends.
 */
export function stringToNumber(s: string, base = 10): { value: LispObject | undefined; length: number } {
  const value = parseNumber(s, 0, s.length, base);
  return { value, length: value === undefined ? 0 : parsedLength };
}
