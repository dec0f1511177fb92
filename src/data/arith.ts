// Integer and mixed arithmetic, comparisons, bit operations, number<->string (GNU: data.c arith part, bignum.c).
//
// Integers are JS numbers while they are safe integers and bigints beyond (see lisp.ts); every integer result
// goes through `makeInteger`/`intFromNumber`, which demote bigints and enforce `integer-width` as GNU's
// make_integer_mpz does. Floats are contagious from the argument where the first float appears, exactly
// as GNU's arith_driver: (+ most-positive-fixnum 1 1.0) adds the integers exactly first.
import {
  LFloat, LispObject, LString, NIL, T, Vectorlike, mkFloat, intFromNumber, MOST_POSITIVE_FIXNUM,
  MOST_NEGATIVE_FIXNUM, isFixnumRange,
} from "../lisp.js";
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue } from "../env.js";
import {
  wrongType, xsignal, argsOutOfRange, Qarith_error, Qoverflow_error, Qnumber_or_marker_p, Qinteger_or_marker_p,
  Qintegerp, Qnumberp, Qstringp, Qfixnump, Qargs_out_of_range,
} from "../signal.js";
import { nanOf2, negateFloat, fmodFloat } from "../floatfns.js";
import { floatToString } from "../print/float.js";
import { Vfloat_output_format } from "../print/vars.js";
import { stringToNumber } from "../lread/numbers.js";

const MAXS = Number.MAX_SAFE_INTEGER;
const MAXS_N = BigInt(MAXS);
// Precomputed: V8 does not fold `-MAXS_N`, and negating a bigint allocates a new one on every call.
const NEG_MAXS_N = -MAXS_N;

// ---------------------------------------------------------------------------------------------
// integer-width and bignum creation.
// ---------------------------------------------------------------------------------------------
interface ArithState {
  integerWidth: number;
  /** 2^max(integer-width, 128): bignums must be smaller in magnitude (GNU: make_bignum_bits). */
  limit: bigint;
  /** -limit, kept so that the bound check allocates nothing (negating a 65537-bit bigint costs 8 KB). */
  negLimit: bigint;
  limitBits: number;
}
function setWidth(st: ArithState, w: number): void {
  st.integerWidth = w;
  // GNU lets bignums reach twice the machine integer width whatever integer-width says.
  st.limitBits = Math.max(w, 128);
  // Beyond 2^24 bits no limit object is built: V8 itself refuses BigInts past 2^30 bits (see bigOp).
  st.limit = st.limitBits <= 1 << 24 ? 1n << BigInt(st.limitBits) : 0n;
  st.negLimit = -st.limit;
}
function state(): ArithState {
  let st = E.ext.arith as ArithState | undefined;
  if (st === undefined) { st = E.ext.arith = { integerWidth: 0, limit: 0n, negLimit: 0n, limitBits: 0 }; setWidth(st, 65536); }
  return st;
}

/** Signals `(overflow-error)`. */
export function overflowError(): never {
  return xsignal(Qoverflow_error);
}

/** Normalises an integer result: safe-range bigints become numbers; too-wide bignums overflow (GNU make_integer_mpz). */
export function makeInteger(b: bigint): number | bigint {
  if (b >= NEG_MAXS_N && b <= MAXS_N) return Number(b);
  const st = state();
  if (st.limit !== 0n && (b > 0n ? b >= st.limit : b <= st.negLimit)) overflowError();
  return b;
}

/** Number of bits of |X| (GNU mpz_sizeinbase (x, 2), but 0 for 0). */
export function bitLength(x: number | bigint): number {
  if (typeof x === "number") {
    const a = Math.abs(x);
    if (a < 2147483648) return 32 - Math.clz32(a);
    return 32 + bitLength(Math.floor(a / 4294967296));
  }
  const a = x < 0n ? -x : x;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + bitLength(parseInt(hex[0], 16));
}

/** Runs a BigInt computation that may exceed V8's BigInt size limit; that limit is an overflow-error too. */
function bigOp(f: () => bigint): number | bigint {
  let r: bigint;
  try { r = f(); } catch (e) { if (e instanceof RangeError) return overflowError(); throw e; }
  return makeInteger(r);
}

// ---------------------------------------------------------------------------------------------
// Markers as numbers. buffer/marker code installs the position function when markers exist.
// ---------------------------------------------------------------------------------------------
let markerPosition: ((m: Vectorlike) => number) | null = null;
/** Installs the function giving a marker's position (it signals if the marker points nowhere). */
export function setMarkerPositionFunction(f: (m: Vectorlike) => number): void { markerPosition = f; }
function isMarker(x: LispObject): x is Vectorlike {
  return x instanceof Vectorlike && x.lispType === "marker" && markerPosition !== null;
}

export type LNumber = number | bigint | LFloat;

/** GNU check_number_coerce_marker. */
export function checkNumberCoerceMarker(x: LispObject): LNumber {
  if (typeof x === "number" || x instanceof LFloat || typeof x === "bigint") return x;
  if (isMarker(x)) return markerPosition!(x);
  return wrongType(Qnumber_or_marker_p, x);
}
/** GNU check_integer_coerce_marker. */
export function checkIntegerCoerceMarker(x: LispObject): number | bigint {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (isMarker(x)) return markerPosition!(x);
  return wrongType(Qinteger_or_marker_p, x);
}
/** A Lisp number as a double (bignums round to nearest, as mpz_get_d_rounded). */
export function toDouble(x: LNumber): number {
  return typeof x === "number" ? x : typeof x === "bigint" ? Number(x) : x.n;
}

// ---------------------------------------------------------------------------------------------
// Two-argument operations. These are the fast paths generated code may call directly.
// ---------------------------------------------------------------------------------------------
const enum Op { Add, Sub, Mul, Div, And, Ior, Xor }

function intOp(op: Op, a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case Op.Add: { const r = a + b; if (r <= MAXS && r >= -MAXS) return r; break; }
      case Op.Sub: { const r = a - b; if (r <= MAXS && r >= -MAXS) return r; break; }
      case Op.Mul: { const r = a * b; if (r <= MAXS && r >= -MAXS) return r + 0; break; }
      case Op.Div:
        if (b === 0) return xsignal(Qarith_error);
        return (a - a % b) / b + 0;
      case Op.And: if ((a | 0) === a && (b | 0) === b) return a & b; break;
      case Op.Ior: if ((a | 0) === a && (b | 0) === b) return a | b; break;
      case Op.Xor: if ((a | 0) === a && (b | 0) === b) return a ^ b; break;
    }
  }
  const x = BigInt(a), y = BigInt(b);
  switch (op) {
    case Op.Add: return makeInteger(x + y);
    case Op.Sub: return makeInteger(x - y);
    case Op.Mul: return bigOp(() => x * y);
    case Op.Div:
      if (y === 0n) return xsignal(Qarith_error);
      return makeInteger(x / y);
    case Op.And: return makeInteger(x & y);
    case Op.Ior: return makeInteger(x | y);
    case Op.Xor: return makeInteger(x ^ y);
  }
}

function floatOp(op: Op, a: number, b: number): number {
  let r: number;
  switch (op) {
    case Op.Add: r = a + b; break;
    case Op.Sub: r = a - b; break;
    case Op.Mul: r = a * b; break;
    default: r = a / b; break;
  }
  // x86 keeps the second NaN operand of commutative + and *, the first of - and /.
  return r === r ? r : nanOf2(a, b, op === Op.Sub || op === Op.Div);
}

/** (+ A B) */
export function arithAdd2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAXS && r >= -MAXS) return r;
  }
  return arith2(Op.Add, a, b);
}
/** (- A B) */
export function arithSub2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAXS && r >= -MAXS) return r;
  }
  return arith2(Op.Sub, a, b);
}
/** (* A B) */
export function arithMul2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAXS && r >= -MAXS) return r + 0;
  }
  return arith2(Op.Mul, a, b);
}
/** (/ A B) */
export function arithDiv2(a: LispObject, b: LispObject): LispObject {
  return arith2(Op.Div, a, b);
}
function arith2(op: Op, a0: LispObject, b0: LispObject): LispObject {
  const a = checkNumberCoerceMarker(a0);
  const b = checkNumberCoerceMarker(b0);
  if (a instanceof LFloat || b instanceof LFloat) return mkFloat(floatOp(op, toDouble(a), toDouble(b)));
  return intOp(op, a, b);
}
/** (1+ N) */
export function arithAdd1(n: LispObject): LispObject {
  if (typeof n === "number" && n < MAXS) return n + 1;
  const x = checkNumberCoerceMarker(n);
  if (x instanceof LFloat) return mkFloat(x.n !== x.n ? x.n : 1 + x.n);
  return intOp(Op.Add, x, 1);
}
/** (1- N) */
export function arithSub1(n: LispObject): LispObject {
  if (typeof n === "number" && n > -MAXS) return n - 1;
  const x = checkNumberCoerceMarker(n);
  if (x instanceof LFloat) return mkFloat(x.n !== x.n ? x.n : x.n - 1);
  return intOp(Op.Sub, x, 1);
}

// ---------------------------------------------------------------------------------------------
// Comparisons. JS compares bigints with numbers by mathematical value, which is exactly GNU's
// arithcompare (no rounding of the integer to a double), and NaN compares false everywhere.
// ---------------------------------------------------------------------------------------------
export const enum Cmp { Eq, Ne, Lt, Le, Gt, Ge }

/** GNU arithcompare as a JS boolean. */
export function arithCompare(a0: LispObject, b0: LispObject, cmp: Cmp): boolean {
  const a = checkNumberCoerceMarker(a0), b = checkNumberCoerceMarker(b0);
  const x = a instanceof LFloat ? a.n : a, y = b instanceof LFloat ? b.n : b;
  switch (cmp) {
    // eslint-disable-next-line eqeqeq
    case Cmp.Eq: return x == y;
    // eslint-disable-next-line eqeqeq
    case Cmp.Ne: return !(x == y);
    case Cmp.Lt: return x < y;
    case Cmp.Le: return x <= y;
    case Cmp.Gt: return x > y;
    case Cmp.Ge: return x >= y;
  }
}
/** (< A B) as a JS boolean. */
export function numLt(a: LispObject, b: LispObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return arithCompare(a, b, Cmp.Lt);
}
export function numLe(a: LispObject, b: LispObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return arithCompare(a, b, Cmp.Le);
}
export function numGt(a: LispObject, b: LispObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  return arithCompare(a, b, Cmp.Gt);
}
export function numGe(a: LispObject, b: LispObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return arithCompare(a, b, Cmp.Ge);
}
export function numEq(a: LispObject, b: LispObject): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return arithCompare(a, b, Cmp.Eq);
}
/** (< A B) as t/nil, for generated code. */
export const arithLess2 = (a: LispObject, b: LispObject): LispObject => (numLt(a, b) ? T : NIL);
export const arithLeq2 = (a: LispObject, b: LispObject): LispObject => (numLe(a, b) ? T : NIL);
export const arithGtr2 = (a: LispObject, b: LispObject): LispObject => (numGt(a, b) ? T : NIL);
export const arithGeq2 = (a: LispObject, b: LispObject): LispObject => (numGe(a, b) ? T : NIL);
export const arithEq2 = (a: LispObject, b: LispObject): LispObject => (numEq(a, b) ? T : NIL);

function compareDriver(args: LispObject[], cmp: Cmp): LispObject {
  // Like GNU, a lone argument is not even type-checked, and the scan stops at the first false pair.
  for (let i = 1; i < args.length; i++) if (!arithCompare(args[i - 1], args[i], cmp)) return NIL;
  return T;
}

defun("=", "(number-or-marker &rest numbers-or-markers)", "Return t if args, all numbers or markers, are equal.",
  function (...args: LispObject[]) {
    if (args.length === 2) return numEq(args[0], args[1]) ? T : NIL;
    return compareDriver(args, Cmp.Eq);
  }, { fast2: (a: LispObject, b: LispObject) => (numEq(a, b) ? T : NIL) });
defun("<", "(number-or-marker &rest numbers-or-markers)", "Return t if each arg (a number or marker), is less than the next arg.",
  function (...args: LispObject[]) {
    if (args.length === 2) return numLt(args[0], args[1]) ? T : NIL;
    return compareDriver(args, Cmp.Lt);
  }, { fast2: (a: LispObject, b: LispObject) => (numLt(a, b) ? T : NIL) });
defun(">", "(number-or-marker &rest numbers-or-markers)", "Return t if each arg (a number or marker) is greater than the next arg.",
  function (...args: LispObject[]) {
    if (args.length === 2) return numGt(args[0], args[1]) ? T : NIL;
    return compareDriver(args, Cmp.Gt);
  }, { fast2: (a: LispObject, b: LispObject) => (numGt(a, b) ? T : NIL) });
defun("<=", "(number-or-marker &rest numbers-or-markers)", "Return t if each arg (a number or marker) is less than or equal to the next.",
  function (...args: LispObject[]) {
    if (args.length === 2) return numLe(args[0], args[1]) ? T : NIL;
    return compareDriver(args, Cmp.Le);
  }, { fast2: (a: LispObject, b: LispObject) => (numLe(a, b) ? T : NIL) });
defun(">=", "(number-or-marker &rest numbers-or-markers)", "Return t if each arg (a number or marker) is greater than or equal to the next.",
  function (...args: LispObject[]) {
    if (args.length === 2) return numGe(args[0], args[1]) ? T : NIL;
    return compareDriver(args, Cmp.Ge);
  }, { fast2: (a: LispObject, b: LispObject) => (numGe(a, b) ? T : NIL) });
defun("/=", "(num1 num2)", "Return t if first arg is not equal to second arg.  Both must be numbers or markers.",
  (a: LispObject, b: LispObject) => (arithCompare(a, b, Cmp.Ne) ? T : NIL));

// ---------------------------------------------------------------------------------------------
// N-ary arithmetic (GNU arith_driver / float_arith_driver).
// ---------------------------------------------------------------------------------------------
function floatDriver(op: Op, args: LispObject[], argnum: number, accum: number, next: number): LispObject {
  if (argnum === 0) accum = next;
  else accum = floatOp(op, accum, next);
  for (let i = argnum + 1; i < args.length; i++) accum = floatOp(op, accum, toDouble(checkNumberCoerceMarker(args[i])));
  return mkFloat(accum);
}

/** ARGS has at least two elements; FIRST is args[0] already checked. */
function arithDriver(op: Op, args: LispObject[], first: LNumber): LispObject {
  if (first instanceof LFloat) {
    if (op >= Op.And) return wrongType(Qinteger_or_marker_p, first);
    return floatDriver(op, args, 0, 0, first.n);
  }
  let acc: number | bigint = first;
  for (let i = 1; i < args.length; i++) {
    const v = checkNumberCoerceMarker(args[i]);
    if (v instanceof LFloat) {
      if (op >= Op.And) return wrongType(Qinteger_or_marker_p, v);
      return floatDriver(op, args, i, toDouble(acc), v.n);
    }
    acc = intOp(op, acc, v);
  }
  return acc;
}

defun("+", "(&rest numbers-or-markers)", "Return sum of any number of arguments, which are numbers or markers.",
  function (...args: LispObject[]) {
    if (args.length === 2) return arithAdd2(args[0], args[1]);
    if (args.length === 0) return 0;
    const a = checkNumberCoerceMarker(args[0]);
    return args.length === 1 ? a : arithDriver(Op.Add, args, a);
  }, { fast2: arithAdd2 });

defun("-", "(&optional number-or-marker &rest more-numbers-or-markers)", "Negate number or subtract numbers or markers and return the result.",
  function (...args: LispObject[]) {
    if (args.length === 2) return arithSub2(args[0], args[1]);
    if (args.length === 0) return 0;
    const a = checkNumberCoerceMarker(args[0]);
    if (args.length === 1) {
      if (typeof a === "number") return a === 0 ? 0 : -a;
      if (a instanceof LFloat) return mkFloat(negateFloat(a.n));
      return makeInteger(-a);
    }
    return arithDriver(Op.Sub, args, a);
  }, { fast2: arithSub2 });

defun("*", "(&rest numbers-or-markers)", "Return product of any number of arguments, which are numbers or markers.",
  function (...args: LispObject[]) {
    if (args.length === 2) return arithMul2(args[0], args[1]);
    if (args.length === 0) return 1;
    const a = checkNumberCoerceMarker(args[0]);
    return args.length === 1 ? a : arithDriver(Op.Mul, args, a);
  }, { fast2: arithMul2 });

defun("/", "(number &rest divisors)", "Divide number by divisors and return the result.",
  function (...args: LispObject[]) {
    const a = checkNumberCoerceMarker(args[0]);
    if (args.length === 1) {
      if (typeof a === "number") {
        if (a === 0) return xsignal(Qarith_error);
        return (1 - 1 % a) / a + 0;
      }
      if (a instanceof LFloat) return mkFloat(floatOp(Op.Div, 1, a.n));
      return 0; // 1 divided by any bignum
    }
    // Any float among the divisors makes the whole computation floating-point.
    for (let i = 2; i < args.length; i++) {
      if (args[i] instanceof LFloat) return floatDriver(Op.Div, args, 0, 0, toDouble(a));
    }
    return arithDriver(Op.Div, args, a);
  });

/** Integer remainder (MODULO: with the divisor's sign), GNU integer_remainder. */
export function integerRemainder(a: number | bigint, b: number | bigint, modulo: boolean): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) return xsignal(Qarith_error);
    let r = a % b + 0;
    if (modulo && (b < 0 ? r > 0 : r < 0)) r += b;
    return r;
  }
  const x = BigInt(a), y = BigInt(b);
  if (y === 0n) return xsignal(Qarith_error);
  let r = x % y;
  if (modulo && (y < 0n ? r > 0n : r < 0n)) r += y;
  return makeInteger(r);
}

defun("%", "(x y)", "Return remainder of X divided by Y.", (x: LispObject, y: LispObject) =>
  integerRemainder(checkIntegerCoerceMarker(x), checkIntegerCoerceMarker(y), false));

defun("mod", "(x y)", "Return X modulo Y.", (x0: LispObject, y0: LispObject) => {
  const x = checkNumberCoerceMarker(x0), y = checkNumberCoerceMarker(y0);
  if (x instanceof LFloat || y instanceof LFloat) return mkFloat(fmodFloat(toDouble(x), toDouble(y)));
  return integerRemainder(x, y, true);
});

function minmax(args: LispObject[], cmp: Cmp): LispObject {
  let accum: LNumber = checkNumberCoerceMarker(args[0]);
  for (let i = 1; i < args.length; i++) {
    const val = checkNumberCoerceMarker(args[i]);
    if (arithCompare(val, accum, cmp)) accum = val;
    else if (val instanceof LFloat && val.n !== val.n) return val;
  }
  return accum;
}
defun("max", "(number-or-marker &rest numbers-or-markers)", "Return largest of all the arguments (which must be numbers or markers).",
  (...args: LispObject[]) => minmax(args, Cmp.Gt));
defun("min", "(number-or-marker &rest numbers-or-markers)", "Return smallest of all the arguments (which must be numbers or markers).",
  (...args: LispObject[]) => minmax(args, Cmp.Lt));

function logDriver(op: Op, identity: number, args: LispObject[]): LispObject {
  if (args.length === 0) return identity;
  const a = checkIntegerCoerceMarker(args[0]);
  return args.length === 1 ? a : arithDriver(op, args, a);
}
defun("logand", "(&rest ints-or-markers)", "Return bitwise-and of all the arguments.", (...args: LispObject[]) => logDriver(Op.And, -1, args));
defun("logior", "(&rest ints-or-markers)", "Return bitwise-or of all the arguments.", (...args: LispObject[]) => logDriver(Op.Ior, 0, args));
defun("logxor", "(&rest ints-or-markers)", "Return bitwise-exclusive-or of all the arguments.", (...args: LispObject[]) => logDriver(Op.Xor, 0, args));

function checkInteger(x: LispObject): number | bigint {
  if (typeof x === "number" || typeof x === "bigint") return x;
  return wrongType(Qintegerp, x);
}

/** Bits set in each hex digit, indexed by the digit's char code ('0'..'9', 'a'..'f'). */
const HEX_POP = new Uint8Array(128);
for (let d = 0; d < 16; d++) HEX_POP[d.toString(16).charCodeAt(0)] = (d & 1) + ((d >> 1) & 1) + ((d >> 2) & 1) + ((d >> 3) & 1);

function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
defun("logcount", "(value)", "Return population count of VALUE.", (value: LispObject) => {
  const v = checkInteger(value);
  if (typeof v === "number") {
    const n = v < 0 ? -1 - v : v;
    return popcount32(n % 4294967296) + popcount32(Math.floor(n / 4294967296));
  }
  const n = v < 0n ? ~v : v;
  // Hex digits are counted through a table indexed by char code: no per-digit parseInt or string.
  const hex = n.toString(16);
  let count = 0;
  for (let i = 0; i < hex.length; i++) count += HEX_POP[hex.charCodeAt(i)];
  return count;
});

/** (ash VALUE COUNT) on integers (GNU Fash, including its overflow rules). */
export function ash(value: number | bigint, count: number | bigint): number | bigint {
  if (!isFixnumRange(count)) {
    if (value === 0) return 0;
    if (count < 0) return value < 0 ? -1 : 0;
    return overflowError();
  }
  if (count === 0 || count === 0n) return value;
  if (count < 0) {
    const shift = -Number(count);
    if (typeof value === "number") {
      if (shift >= 64) return value < 0 ? -1 : 0;
      return Math.floor(value / 2 ** shift) + 0;
    }
    if (shift > bitLength(value)) return value < 0n ? -1 : 0;
    return makeInteger(value >> BigInt(shift));
  }
  const c = Number(count);
  if (value === 0) {
    // GMP refuses shifts of more than INT_MAX-1 limbs even for zero.
    return c / 64 > 2147483646 ? overflowError() : 0;
  }
  if (typeof value === "number" && c < 53) {
    const r = value * 2 ** c;
    if (r <= MAXS && r >= -MAXS) return r;
  }
  if (bitLength(value) + c > state().limitBits) return overflowError();
  return bigOp(() => BigInt(value) << BigInt(c));
}

defun("ash", "(value count)", "Return VALUE with its bits shifted left by COUNT.", (value: LispObject, count: LispObject) =>
  ash(checkInteger(value), checkInteger(count)));

// `lsh' is Lisp in GNU 28's subr.el; same steps here, so the same errors come out (`<' checks its arguments
// first, then `ash' wants integers): a negative VALUE shifted right is treated as an unsigned fixnum.
defun("lsh", "(value count)", "Return VALUE with its bits shifted left by COUNT.", (value: LispObject, count: LispObject) => {
  if (numLt(value, 0) && numLt(count, 0)) {
    if (numLt(value, MOST_NEGATIVE_FIXNUM)) return argsOutOfRange(value, count);
    value = intOp(Op.And, ash(checkInteger(value), -1), MOST_POSITIVE_FIXNUM);
    count = arithAdd1(count);
  }
  return ash(checkInteger(value), checkInteger(count));
});

defun("1+", "(number)", "Return NUMBER plus one.  NUMBER may be a number or a marker.", arithAdd1);
defun("1-", "(number)", "Return NUMBER minus one.  NUMBER may be a number or a marker.", arithSub1);

defun("lognot", "(number)", "Return the bitwise complement of NUMBER.  NUMBER must be an integer.", (number: LispObject) => {
  const v = checkInteger(number);
  if (typeof v === "number") return intFromNumber(-v - 1);
  return makeInteger(~v);
});

defun("byteorder", "()", "Return the byteorder for the machine.", () => {
  const probe = new Uint8Array(new Uint32Array([0x04030201]).buffer);
  return probe[0] === 1 ? 108 : 66;
});

/** X ** Y for integers, Y >= 0 (GNU expt_integer). */
export function expInteger(x: number | bigint, y: number | bigint): number | bigint {
  if (x === 1) return x;
  if (x === 0) return y === 0 ? 1 : 0;
  if (x === -1) return (typeof y === "number" ? y % 2 !== 0 : (y & 1n) !== 0n) ? -1 : 1;
  // GNU needs Y to fit an unsigned long; any such exponent of |X| >= 2 with Y beyond 2^53 overflows anyway.
  if (typeof y === "bigint") return overflowError();
  if (typeof x === "number") {
    // Exact by repeated squaring while the result stays a safe integer.
    let result = 1, base = x, e = y;
    for (;;) {
      if (e & 1) { result *= base; if (Math.abs(result) > MAXS) break; }
      e = Math.floor(e / 2);
      if (e === 0) return result;
      base *= base;
      if (Math.abs(base) > MAXS) break;
    }
  }
  const lowBits = (bitLength(x) - 1) * y + 1;
  if (lowBits > state().limitBits) return overflowError();
  return bigOp(() => BigInt(x) ** BigInt(y));
}

// ---------------------------------------------------------------------------------------------
// Conversions.
// ---------------------------------------------------------------------------------------------
/** `number-to-string`'s text for a number. */
export function numberToJs(n: LNumber): string {
  if (n instanceof LFloat) return floatToString(n.n, findSymbolValue(Vfloat_output_format));
  return String(n);
}

defun("number-to-string", "(number)", "Return the decimal representation of NUMBER as a string.", (number: LispObject) => {
  if (typeof number === "number" || typeof number === "bigint" || number instanceof LFloat) {
    return new LString(numberToJs(number), false);
  }
  return wrongType(Qnumberp, number);
});

defun("string-to-number", "(string &optional base)", "Parse STRING as a decimal number and return the number.",
  (string: LispObject, base: LispObject) => {
    if (!(string instanceof LString)) return wrongType(Qstringp, string);
    let b = 10;
    if (base !== NIL) {
      if (typeof base !== "number") return wrongType(Qfixnump, base);
      if (!(base >= 2 && base <= 16)) return xsignal(Qargs_out_of_range, base);
      b = base;
    }
    const s = string.s;
    let i = 0;
    while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
    const v = stringToNumber(i === 0 ? s : s.slice(i), b).value;
    // Like the reader (make_bignum_str), this does not enforce integer-width.
    return v === undefined ? 0 : v;
  });

// ---------------------------------------------------------------------------------------------
// Variables.
// ---------------------------------------------------------------------------------------------
defvar("most-positive-fixnum", MOST_POSITIVE_FIXNUM, "The largest value that is representable in a Lisp fixnum.", { constant: true });
defvar("most-negative-fixnum", MOST_NEGATIVE_FIXNUM, "The smallest value that is representable in a Lisp fixnum.", { constant: true });
defvar("integer-width", 65536, "Maximum number N of bits in safely-calculated integers.\nIntegers with absolute values less than 2**N do not signal a range error.\nN should be nonnegative.", {
  forward: () => ({
    get: () => state().integerWidth,
    set: (v: LispObject) => {
      if (typeof v === "bigint") {
        // GNU stores any intmax_t; widths that large just mean "no limit" here.
        if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return overflowError();
        setWidth(state(), Number(v));
      } else if (typeof v === "number") setWidth(state(), v);
      else wrongType(Qintegerp, v);
    },
  }),
});
