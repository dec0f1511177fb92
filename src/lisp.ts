// The Lisp object model: the tagged union of every Lisp value (GNU: lisp.h).
//
// Representation (chosen for V8 speed, see README "Architecture"):
//   fixnum         JS number (always an integer; |n| <= Number.MAX_SAFE_INTEGER)
//   bignum         JS bigint (only outside the safe-integer range; see `normInt`)
//   float          LFloat (boxed so 1 and 1.0 stay distinct)
//   symbol         LSymbol (nil and t are the singletons NIL and T)
//   cons           Cons
//   string         LString (mutable, multibyte flag, text properties)
//   vector         JS Array of LispObject
//   everything else  a class extending Vectorlike (records, hash tables, subrs, bool-vectors, char-tables,
//                  markers, buffers, byte-code...)
// GNU's fixnum range is 62 bits; integers between 2^53 and 2^61 are bigints here but still answer `fixnump`.

export type LispObject = number | bigint | LFloat | LSymbol | Cons | LString | LispObject[] | Vectorlike;

/** Base class of every "pseudovector" type. `lispType` is what `type-of` answers. */
export abstract class Vectorlike {
  abstract readonly lispType: string;
}

export class LFloat {
  constructor(readonly n: number) {}
}

/** How a symbol's value cell is reached (GNU: enum symbol_redirect). */
export const enum Redirect { Plain = 0, Alias = 1, Localized = 2, Forwarded = 3 }
/** Whether a symbol may be set (GNU: enum symbol_trapped_write). */
export const enum Trapped { Untrapped = 0, NoWrite = 1, Watched = 2 }
/** Interning state (GNU: enum symbol_interned). */
export const enum Interned { Uninterned = 0, Interned = 1, InInitialObarray = 2 }

/** Extra data for forwarded variables: JS-backed value cells (per-buffer built-ins, JS-owned settings). */
export interface Forward {
  get(): LispObject;
  set(v: LispObject): void;
  /** Non-null for per-buffer built-in variables (filled in by buffer.ts). */
  perBuffer?: boolean;
}

export class LSymbol {
  /** Value cell when redirect is Plain; UNBOUND when void. */
  v: LispObject;
  /** Function cell; NIL when fboundp is false. */
  f: LispObject;
  plist: LispObject;
  r: Redirect = Redirect.Plain;
  /** Alias target (Alias), buffer-local-value record (Localized) or Forward (Forwarded). */
  x: any = undefined;
  /** Declared special by defvar (dynamically bound even under lexical-binding). */
  special = false;
  trapped: Trapped = Trapped.Untrapped;
  interned: Interned = Interned.Uninterned;
  /** Evaluator's cached JS callable for the function cell; cleared whenever `f` changes (use setFunction). */
  jf: any = undefined;
  /** Cached Lisp string for `symbol-name` (GNU returns the same object each time). */
  private nameObj: LString | undefined;
  constructor(readonly name: string) {
    // nilRef/unboundRef are undefined only while nil, t and unbound themselves are being made.
    this.v = unboundRef; this.f = nilRef; this.plist = nilRef;
  }
  /** Sets the function cell and drops the evaluator's call cache. */
  setFunction(def: LispObject): void { this.f = def; this.jf = undefined; }
  get nameString(): LString {
    return (this.nameObj ??= LString.fromJs(this.name));
  }
}

// nil, t and the unbound marker are made first, with their cells patched right after.
let nilRef: any = undefined;
let unboundRef: any = undefined;
export const NIL: LSymbol = new LSymbol("nil");
export const T: LSymbol = new LSymbol("t");
/** The "no value" marker of void variables (GNU: Qunbound). Never visible to Lisp. */
export const UNBOUND: LSymbol = new LSymbol("unbound");
for (const s of [NIL, T, UNBOUND]) { s.f = NIL; s.plist = NIL; }
NIL.v = NIL; T.v = T; UNBOUND.v = UNBOUND;
nilRef = NIL; unboundRef = UNBOUND;
NIL.trapped = Trapped.NoWrite; T.trapped = Trapped.NoWrite;
NIL.special = true; T.special = true;

/** Creates a fresh symbol with empty cells (not interned). */
export function makeSymbol(name: string): LSymbol {
  return new LSymbol(name);
}

/** Well-known symbols, created once at module load and interned into every Env's obarray. */
const wellKnown = new Map<string, LSymbol>([["nil", NIL], ["t", T]]);
/** Interns into the current world; set by env.ts once a world exists. */
let internHook: ((name: string) => LSymbol) | null = null;
export function setInternHook(h: ((name: string) => LSymbol) | null): void { internHook = h; }
/**
 * The symbol NAME. At module load this makes a well-known symbol shared by every world; once a world
 * exists, a name that is not well-known is interned in the current world (so it is never an orphan).
 */
export function defsym(name: string): LSymbol {
  let s = wellKnown.get(name);
  if (!s && internHook !== null) return internHook(name);
  if (!s) {
    s = makeSymbol(name);
    if (name.startsWith(":")) { s.v = s; s.trapped = Trapped.NoWrite; s.special = true; }
    wellKnown.set(name, s);
  }
  return s;
}
export function wellKnownSymbols(): IterableIterator<LSymbol> { return wellKnown.values(); }

export class Cons {
  constructor(public car: LispObject, public cdr: LispObject) {}
}

/**
 * A closure made by compiled code: the cons `(closure ENV ARGS . BODY)` that Lisp sees, carrying its JS
 * code. Only closures pay for the extra slot; function lists built by hand are compiled on first call and
 * cached in `Env.compiledLists`.
 */
export class ClosureCons extends Cons {
  constructor(car: LispObject, cdr: LispObject, public fn: any) { super(car, cdr); }
}

// ---------------------------------------------------------------------------------------------
// Strings. `s` holds one UTF-16 unit or surrogate pair per Unicode character; Emacs characters beyond
// Unicode (#x110000..#x3FFFFF, including raw bytes #x3FFF80..#x3FFFFF) are stored as a *reversed*
// surrogate pair (low surrogate first), which well-formed text never contains. Unibyte strings hold bytes
// 0..255 as single units.
// ---------------------------------------------------------------------------------------------
export { MAX_CHAR, MAX_UNICODE_CHAR, BYTE8_FIRST, charToJs, jsCharAt, jsCharWidth, hasSurrogates } from "./text/chars.js";
import { charToJs, jsCharAt, hasSurrogates } from "./text/chars.js";

export class LString {
  /** Text properties (an interval structure owned by textprop.ts), or null. */
  intervals: any = null;
  /** -1 when unknown; otherwise the length in characters. */
  private len = -1;
  constructor(public s: string, public multibyte: boolean) {}
  static fromJs(s: string, multibyte?: boolean): LString {
    return new LString(s, multibyte ?? /[^\x00-\x7f]/.test(s));
  }
  /** Call after mutating `s` in place. */
  changed(): void { this.len = -1; }
  get length(): number {
    if (this.len < 0) this.len = hasSurrogates(this.s) ? countChars(this.s) : this.s.length;
    return this.len;
  }
  /** True when JS indices equal character indices (no surrogates). */
  get simple(): boolean { return this.length === this.s.length; }
  charAt(i: number): number {
    if (this.simple) return this.s.charCodeAt(i);
    return jsCharAt(this.s, jsIndex(this.s, i));
  }
  /** The characters as code points (Emacs characters). */
  chars(): number[] {
    const out: number[] = [];
    const s = this.s;
    for (let i = 0; i < s.length;) { const c = jsCharAt(s, i); out.push(c); i += c >= 0x10000 ? 2 : 1; }
    return out;
  }
  /** JS index of character index i. */
  jsIndex(i: number): number { return this.simple ? i : jsIndex(this.s, i); }
  toString(): string { return this.s; }
}
function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) { const c = jsCharAt(s, i); i += c >= 0x10000 ? 2 : 1; }
  return n;
}
function jsIndex(s: string, ci: number): number {
  let i = 0;
  for (let n = 0; n < ci && i < s.length; n++) { const c = jsCharAt(s, i); i += c >= 0x10000 ? 2 : 1; }
  return i;
}
export function stringFromChars(chars: ArrayLike<number>, multibyte?: boolean): LString {
  let s = "";
  let mb = false;
  for (let i = 0; i < chars.length; i++) { const c = chars[i]; if (c > 0x7f) mb = true; s += charToJs(c); }
  return new LString(s, multibyte ?? mb);
}

// ---------------------------------------------------------------------------------------------
// Pseudovectors defined here because the reader, printer and evaluator all need them.
// ---------------------------------------------------------------------------------------------
/** `(record TYPE SLOTS...)` and cl-defstruct instances. slots[0] is the type. */
export class LRecord extends Vectorlike {
  readonly lispType = "record";
  constructor(public slots: LispObject[]) { super(); }
}

export class BoolVector extends Vectorlike {
  readonly lispType = "bool-vector";
  constructor(public bits: Uint8Array) { super(); }
  get size(): number { return this.bits.length; }
}

/** A byte-code function object `#[ARGS CODE CONSTANTS DEPTH DOC INTERACTIVE]` (VM: a later issue). */
export class ByteCode extends Vectorlike {
  readonly lispType = "compiled-function";
  /** Compiled-code cache, like ClosureCons.fn. */
  fn: any = undefined;
  constructor(public slots: LispObject[]) { super(); }
}

/** Number of args a primitive takes: >= 0, or MANY (&rest), or UNEVALLED (special form). */
export const MANY = -1;
export const UNEVALLED = -2;

/** A primitive (GNU: struct Lisp_Subr). `fn` takes its Lisp arguments positionally (MANY: as JS rest). */
export class Subr extends Vectorlike {
  readonly lispType = "subr";
  constructor(
    readonly name: string,
    readonly minArgs: number,
    readonly maxArgs: number,
    readonly fn: (...args: any[]) => LispObject,
    readonly doc: string,
    readonly arglist: string,
    readonly intspec: LispObject | undefined,
    /** The unwrapped implementation (arity not checked, optionals may be NIL-padded by the caller). */
    readonly impl: (...args: any[]) => LispObject = fn,
    /** For &rest primitives: an allocation-free implementation of the two-argument case. */
    readonly fast2?: (a: any, b: any) => LispObject,
  ) { super(); }
}

// ---------------------------------------------------------------------------------------------
// Small constructors and accessors used everywhere.
// ---------------------------------------------------------------------------------------------
export const MOST_POSITIVE_FIXNUM = 2n ** 61n - 1n;
export const MOST_NEGATIVE_FIXNUM = -(2n ** 61n);

/** Normalises an integer result: bigints inside the safe range become numbers. */
export function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
/** An integer from a JS number that may have left the safe range (caller guarantees it is integral). */
export function intFromNumber(n: number): number | bigint {
  return Number.isSafeInteger(n) ? n : BigInt(n);
}

export const bool = (b: boolean): LSymbol => (b ? T : NIL);
export const isNil = (x: LispObject): x is LSymbol => x === NIL;
export const cons = (a: LispObject, b: LispObject): Cons => new Cons(a, b);
export const mkStr = (s: string): LString => LString.fromJs(s);
export const mkFloat = (n: number): LFloat => new LFloat(n);

export function list(...xs: LispObject[]): LispObject {
  let r: LispObject = NIL;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
}
export function arrayToList(xs: ArrayLike<LispObject>, tail: LispObject = NIL): LispObject {
  let r = tail;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
}
/** Elements of a proper list (stops at the first non-cons tail). */
export function listToArray(l: LispObject): LispObject[] {
  const out: LispObject[] = [];
  while (l instanceof Cons) { out.push(l.car); l = l.cdr; }
  return out;
}

export const isInt = (x: LispObject): x is number | bigint => typeof x === "number" || typeof x === "bigint";
export const isFixnumRange = (x: LispObject): boolean =>
  typeof x === "number" || (typeof x === "bigint" && x >= MOST_NEGATIVE_FIXNUM && x <= MOST_POSITIVE_FIXNUM);
export const isNumber = (x: LispObject): x is number | bigint | LFloat =>
  typeof x === "number" || typeof x === "bigint" || x instanceof LFloat;
export const isString = (x: LispObject): x is LString => x instanceof LString;
export const isSymbol = (x: LispObject): x is LSymbol => x instanceof LSymbol;
export const isCons = (x: LispObject): x is Cons => x instanceof Cons;
export const isVector = (x: LispObject): x is LispObject[] => Array.isArray(x);
export const isList = (x: LispObject): boolean => x === NIL || x instanceof Cons;
