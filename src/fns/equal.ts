// Equality and structural hashing: eql, equal, equal-including-properties, sxhash-* (GNU: fns.c
// internal_equal, same_float, sxhash_obj and friends).
import { CharTable, charTableSlots, SubCharTable, subCharTableSlots } from "../chartab.js";
import { defun } from "../defun.js";
import {
  BoolVector, ByteCode, Cons, LFloat, LispObject, LRecord, LString, LSymbol, NIL, T, Vectorlike,
} from "../lisp.js";
import { error } from "../signal.js";
import { circularList, isAscii, textPropHooks } from "./common.js";

// ---------------------------------------------------------------------------------------------
// Floats compared by representation (GNU: same_float): (eql 0.0 -0.0) is nil, a NaN eql itself.
// ---------------------------------------------------------------------------------------------
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export function sameFloat(x: number, y: number): boolean {
  if (x === y) return x !== 0 || Object.is(x, y);
  if (x === x || y === y) return false; // unequal and not both NaN
  f64[0] = x; const lo = u32[0], hi = u32[1];
  f64[0] = y;
  return lo === u32[0] && hi === u32[1];
}

/** A JS Map key that identifies a float up to `eql`: the number itself unless zero or NaN. */
export function floatKey(x: number): number | string {
  if (x !== 0 && x === x) return x;
  f64[0] = x;
  return `${u32[1]}:${u32[0]}`;
}

/** `eq`. Bignums compare by value here: JS bigints have no identity (GNU may answer nil for equal bignums). */
export function eq(a: LispObject, b: LispObject): boolean {
  return a === b;
}

/** `eql`: eq, or floats with the same bits, or integers with the same value. */
export function eql(a: LispObject, b: LispObject): boolean {
  if (a === b) return true;
  if (a instanceof LFloat) return b instanceof LFloat && sameFloat(a.n, b.n);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Pseudovector types owned by other modules (markers, overlays, fonts...) register how `equal` and
// `sxhash-equal` see them; unregistered Vectorlikes are equal only when eq, as in GNU.
// ---------------------------------------------------------------------------------------------
export interface EqualHook<T extends Vectorlike = Vectorlike> {
  /** Called only with two instances of the registered class. `rec` compares sub-objects. */
  equal(a: T, b: T, rec: (x: LispObject, y: LispObject) => boolean): boolean;
  /** Must agree with `equal`. `rec` hashes sub-objects at the next depth. */
  hash(a: T, rec: (x: LispObject) => number): number;
}
const equalHooks = new Map<Function, EqualHook<any>>();
export function defineEqual<C extends Vectorlike>(cls: abstract new (...a: any[]) => C, hook: EqualHook<C>): void {
  equalHooks.set(cls, hook);
}

/**
 * True when `equal` looks inside OBJ (conses, vectors, records, byte-code, bool-vectors, char-tables and
 * registered types) rather than answering `eq`; strings and floats are handled apart by callers.
 */
export function isStructural(obj: LispObject): boolean {
  return obj instanceof Cons || Array.isArray(obj) || obj instanceof LRecord || obj instanceof ByteCode
    || obj instanceof BoolVector || obj instanceof CharTable || obj instanceof SubCharTable
    || (obj instanceof Vectorlike && equalHooks.has(obj.constructor));
}

function stringsEqual(a: LString, b: LString, props: boolean): boolean {
  if (a.s !== b.s) return false;
  // Same text; GNU compares bytes, so a unibyte and a multibyte string agree only when all ASCII.
  if (a.multibyte !== b.multibyte && !isAscii(a.s)) return false;
  if (!props) return true;
  if (a.intervals === null && b.intervals === null) return true;
  const f = textPropHooks.equal;
  return f ? f(a, b) : false;
}

/** `equal`. */
export function equal(a: LispObject, b: LispObject): boolean {
  if (a === b) return true;
  // Fast answers for the commonest keys (member, assoc and equal hash tables compare these a lot).
  if (typeof a !== "object" || a instanceof LSymbol) return false;
  if (a instanceof LString) return b instanceof LString && stringsEqual(a, b, false);
  return internalEqual(a, b, false, 0, null);
}
/** `equal-including-properties`. */
export function equalIncludingProperties(a: LispObject, b: LispObject): boolean {
  if (a === b) return true;
  return internalEqual(a, b, true, 0, null);
}

type SeenTable = Map<object, LispObject[]>;

/**
 * GNU's internal_equal: cdr chains are walked iteratively (with circular-list on a cdr cycle), cars and
 * elements recurse with DEPTH+1; past depth 10 a table of visited pairs stops car/element cycles, and past
 * depth 200 the comparison gives up with (error "Stack overflow in equal"). Like GNU's HT argument, `seen`
 * is passed down but never back up.
 */
function internalEqual(o1: LispObject, o2: LispObject, props: boolean, depth: number, seen: SeenTable | null): boolean {
  for (;;) {
    if (depth > 10) {
      if (depth > 200) error("Stack overflow in equal");
      if (o1 instanceof Cons || typeof o1 === "object" && (Array.isArray(o1) || o1 instanceof Vectorlike)) {
        seen ??= new Map();
        const prev = seen.get(o1 as object);
        if (prev !== undefined) {
          if (prev.includes(o2)) return true;
          prev.push(o2);
        } else seen.set(o1 as object, [o2]);
      }
    }
    if (o1 === o2) return true;
    if (o1 instanceof Cons) {
      if (!(o2 instanceof Cons)) return false;
      let t1: LispObject = o1, t2: LispObject = o2;
      let tortoise: LispObject = o1, n = 2, lam = 0;
      while (t1 instanceof Cons) {
        if (!(t2 instanceof Cons)) return false;
        if (depth >= 200) error("Stack overflow in equal"); // GNU's recursive call would signal on entry
        const a = t1.car, b = t2.car;
        if (a !== b) {
          if (typeof a === "number" || a instanceof LSymbol) return false;
          if (!internalEqual(a, b, props, depth + 1, seen)) return false;
        }
        t2 = t2.cdr;
        if (t1.cdr === t2) return true;
        t1 = t1.cdr;
        if (++lam === n) { tortoise = t1; n *= 2; lam = 0; } else if (t1 === tortoise) circularList(t1);
      }
      o1 = t1; o2 = t2; depth++;
      continue;
    }
    if (o1 instanceof LString) return o2 instanceof LString && stringsEqual(o1, o2, props);
    if (o1 instanceof LFloat) return o2 instanceof LFloat && sameFloat(o1.n, o2.n);
    if (Array.isArray(o1)) return Array.isArray(o2) && slotsEqual(o1, o2, props, depth, seen);
    if (o1 instanceof Vectorlike) {
      if (!(o2 instanceof Vectorlike) || o1.constructor !== o2.constructor) return false;
      if (o1 instanceof LRecord) return slotsEqual(o1.slots, (o2 as LRecord).slots, props, depth, seen);
      if (o1 instanceof ByteCode) return slotsEqual(o1.slots, (o2 as ByteCode).slots, props, depth, seen);
      if (o1 instanceof BoolVector) return boolVectorsEqual(o1, o2 as BoolVector);
      if (o1 instanceof CharTable) return slotsEqual(charTableSlots(o1), charTableSlots(o2 as CharTable), props, depth, seen);
      if (o1 instanceof SubCharTable) {
        return slotsEqual(subCharTableSlots(o1), subCharTableSlots(o2 as SubCharTable), props, depth, seen);
      }
      const hook = equalHooks.get(o1.constructor);
      if (hook) return hook.equal(o1, o2, (x, y) => x === y || internalEqual(x, y, props, depth + 1, seen));
      return false;
    }
    // Fixnums, bignums (compared by value by ===) and symbols: equal only when eq.
    return false;
  }
}

function slotsEqual(a: LispObject[], b: LispObject[], props: boolean, depth: number, seen: SeenTable | null): boolean {
  const n = a.length;
  if (b.length !== n) return false;
  if (n > 0 && depth >= 200) error("Stack overflow in equal");
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x !== y && !internalEqual(x, y, props, depth + 1, seen)) return false;
  }
  return true;
}

function boolVectorsEqual(a: BoolVector, b: BoolVector): boolean {
  const x = a.bits, y = b.bits;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if ((x[i] !== 0) !== (y[i] !== 0)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Hash codes. GNU's exact values depend on addresses and word size and are documented as unstable, so
// only the structure is kept: at most depth 3 and 7 elements per list or vector, floats by bits.
// Results are non-negative 30-bit fixnums.
// ---------------------------------------------------------------------------------------------
const SXHASH_MAX_DEPTH = 3;
const SXHASH_MAX_LEN = 7;

const combine = (x: number, y: number): number => ((x << 4) + (x >>> 28) + y) | 0;
const reduce = (x: number): number => (x ^ (x >>> 30)) & 0x3fffffff;

/** Hash of a JS string's text; long strings are sampled like GNU's hash_string. */
export function hashString(s: string): number {
  const n = s.length;
  let h = n;
  if (n <= 64) {
    for (let i = 0; i < n; i++) h = combine(h, s.charCodeAt(i));
  } else {
    const step = 1 + (n >> 6);
    for (let i = 0; i < n; i += step) h = combine(h, s.charCodeAt(i));
    h = combine(h, s.charCodeAt(n - 1));
  }
  return h;
}

export function hashNumber(n: number): number {
  if ((n | 0) === n) return n;
  return combine(Math.floor(n / 4294967296) | 0, n >>> 0);
}
export function hashBigint(b: bigint): number {
  let h = b < 0n ? 1 : 0;
  let v = b < 0n ? -b : b;
  while (v > 0n) { h = combine(h, Number(v & 0xffffffffn)); v >>= 32n; }
  return h;
}
export function hashFloat(x: number): number {
  f64[0] = x;
  return combine(u32[1], u32[0]);
}

/** Per-object identity hash codes for objects whose `equal` is `eq` (GNU uses the address). */
const identity = new WeakMap<object, number>();
let nextIdentity = 0x2545f491;
export function identityHash(o: object): number {
  let h = identity.get(o);
  if (h === undefined) {
    nextIdentity = (Math.imul(nextIdentity, 0x9e3779b1) + 0x7f4a7c15) | 0;
    h = nextIdentity & 0x3fffffff;
    identity.set(o, h);
  }
  return h;
}

function sxhashObj(obj: LispObject, depth: number): number {
  if (depth > SXHASH_MAX_DEPTH) return 0;
  if (typeof obj === "number") return reduce(hashNumber(obj));
  if (obj instanceof LSymbol) return reduce(hashString(obj.name)); // eq symbols share a name
  if (obj instanceof LString) return reduce(hashString(obj.s));
  if (obj instanceof Cons) return sxhashList(obj, depth);
  if (obj instanceof LFloat) return reduce(hashFloat(obj.n));
  if (typeof obj === "bigint") return reduce(hashBigint(obj));
  if (Array.isArray(obj)) return sxhashSlots(obj, depth);
  if (obj instanceof LRecord || obj instanceof ByteCode) return sxhashSlots(obj.slots, depth);
  if (obj instanceof BoolVector) {
    let h = obj.bits.length;
    for (let i = 0; i < obj.bits.length && i < 64 * SXHASH_MAX_LEN; i++) h = combine(h, obj.bits[i] ? 1 : 0);
    return reduce(h);
  }
  if (obj instanceof CharTable) return sxhashSlots(charTableSlots(obj), depth);
  if (obj instanceof SubCharTable) return 42;
  const hook = equalHooks.get(obj.constructor);
  if (hook) return reduce(hook.hash(obj, (x) => sxhashObj(x, depth + 1)));
  return identityHash(obj);
}

function sxhashList(list: LispObject, depth: number): number {
  let h = 0;
  if (depth < SXHASH_MAX_DEPTH) {
    for (let i = 0; list instanceof Cons && i < SXHASH_MAX_LEN; list = list.cdr, i++) {
      h = combine(h, sxhashObj(list.car, depth + 1));
    }
  }
  if (list !== NIL) h = combine(h, sxhashObj(list, depth + 1));
  return reduce(h);
}

function sxhashSlots(v: LispObject[], depth: number): number {
  let h = v.length;
  const n = Math.min(SXHASH_MAX_LEN, v.length);
  for (let i = 0; i < n; i++) h = combine(h, sxhashObj(v[i], depth + 1));
  return reduce(h);
}

/** sxhash-equal as a JS number. */
export function sxhashEqual(obj: LispObject): number {
  return sxhashObj(obj, 0);
}
/** sxhash-eq as a JS number. */
export function sxhashEq(obj: LispObject): number {
  if (typeof obj === "number") return reduce(hashNumber(obj));
  if (typeof obj === "bigint") return reduce(hashBigint(obj));
  return identityHash(obj);
}
/** sxhash-eql as a JS number. */
export function sxhashEql(obj: LispObject): number {
  return obj instanceof LFloat ? reduce(hashFloat(obj.n)) : sxhashEq(obj);
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------
export const Feql = defun("eql", "(obj1 obj2)", `Return t if the two args are \`eq' or are indistinguishable numbers.
Integers with the same value are \`eql'.
Floating-point values with the same sign, exponent and fraction are \`eql'.
This differs from numeric comparison: (eql 0.0 -0.0) returns nil and
(eql 0.0e+NaN 0.0e+NaN) returns t, whereas \`=' does the opposite.`,
(a: LispObject, b: LispObject) => (eql(a, b) ? T : NIL));

export const Fequal = defun("equal", "(o1 o2)", `Return t if two Lisp objects have similar structure and contents.
They must have the same data type.
Conses are compared by comparing the cars and the cdrs.
Vectors and strings are compared element by element.
Numbers are compared via \`eql', so integers do not equal floats.
(Use \`=' if you want integers and floats to be able to be equal.)
Symbols must match exactly.`,
(a: LispObject, b: LispObject) => (equal(a, b) ? T : NIL));

defun("equal-including-properties", "(o1 o2)", `Return t if two Lisp objects have similar structure and contents.
This is like \`equal' except that it compares the text properties
of strings.  (\`equal' ignores text properties.)`,
(a: LispObject, b: LispObject) => (equalIncludingProperties(a, b) ? T : NIL));

defun("sxhash-eq", "(obj)", `Return an integer hash code for OBJ suitable for \`eq'.
If (eq A B), then (= (sxhash-eq A) (sxhash-eq B)).

Hash codes are not guaranteed to be preserved across Emacs sessions.`, (o: LispObject) => sxhashEq(o));

defun("sxhash-eql", "(obj)", `Return an integer hash code for OBJ suitable for \`eql'.
If (eql A B), then (= (sxhash-eql A) (sxhash-eql B)).

Hash codes are not guaranteed to be preserved across Emacs sessions.`, (o: LispObject) => sxhashEql(o));

defun("sxhash-equal", "(obj)", `Return an integer hash code for OBJ suitable for \`equal'.
If (equal A B), then (= (sxhash-equal A) (sxhash-equal B)).

Hash codes are not guaranteed to be preserved across Emacs sessions.`, (o: LispObject) => sxhashEqual(o));

defun("sxhash-equal-including-properties", "(obj)", `Return an integer hash code for OBJ suitable for
\`equal-including-properties'.
If (sxhash-equal-including-properties A B), then
(= (sxhash-equal-including-properties A) (sxhash-equal-including-properties B)).

Hash codes are not guaranteed to be preserved across Emacs sessions.`, (o: LispObject) => {
  const f = textPropHooks.intervals;
  if (o instanceof LString && o.intervals !== null && f) return reduce(combine(sxhashEqual(o), sxhashEqual(f(o))));
  return sxhashEqual(o);
});
