// Helpers called by generated code: variable access, calls, arithmetic fast paths, closures, handler
// support (GNU: the small inline functions of lisp.h and eval.c that byte-code's fast paths use).
import {
  Cons, ClosureCons, LFloat, LispObject, LSymbol, NIL, T, UNBOUND, Subr, arrayToList, list, Redirect, Trapped, defsym, LString,
} from "../lisp.js";
import { E, setInternal, specbind, unbindTo, symbolValue, setDefault, defaultValue } from "../env.js";
import {
  LispSignal, LispThrow, KillEmacs, raise, wrongType, Qlistp, Qwrong_number_of_arguments, Qinvalid_function,
  Qerror_conditions, Qerror,
} from "../signal.js";
import { subrRegistry } from "../defun.js";
import { Q } from "./scope.js";
import { HashTable } from "../hashtable.js";

export function sv(sym: LSymbol): LispObject { return symbolValue(sym); }

export function setq(sym: LSymbol, val: LispObject): LispObject {
  if (sym.r === Redirect.Plain && sym.trapped === Trapped.Untrapped) sym.v = val;
  else setInternal(sym, val);
  return val;
}

import { car, cdr } from "../data/types.js";
import { makeInteger } from "../data/arith.js";
export { car, cdr };

const originals = new Map<string, Subr>();
/** The primitive originally declared as NAME (for slow paths of inlined operations). */
function original(name: string): Subr {
  let s = originals.get(name);
  if (!s) {
    s = subrRegistry.find((x) => x.name === name);
    if (!s) throw new LispSignal(defsym("void-function"), list(defsym(name)));
    originals.set(name, s);
  }
  return s;
}

const MAXS = 9007199254740991;
/** A fixnum or bignum (fixnums are JS numbers, which floats never are: those are LFloat). */
function isInt(x: LispObject): x is number | bigint { return typeof x === "number" || typeof x === "bigint"; }
export function add2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAXS && r >= -MAXS) return r;
  } else if (a instanceof LFloat) {
    if (b instanceof LFloat) return new LFloat(a.n + b.n);
    if (typeof b === "number") return new LFloat(a.n + b);
  } else if (b instanceof LFloat && typeof a === "number") return new LFloat(a + b.n);
  else if (isInt(a) && isInt(b)) return makeInteger(BigInt(a) + BigInt(b));
  return original("+").fn(a, b);
}
export function sub2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAXS && r >= -MAXS) return r;
  } else if (a instanceof LFloat) {
    if (b instanceof LFloat) return new LFloat(a.n - b.n);
    if (typeof b === "number") return new LFloat(a.n - b);
  } else if (b instanceof LFloat && typeof a === "number") return new LFloat(a - b.n);
  else if (isInt(a) && isInt(b)) return makeInteger(BigInt(a) - BigInt(b));
  return original("-").fn(a, b);
}
export function lt2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") return a < b ? T : NIL;
  if (a instanceof LFloat && b instanceof LFloat) return a.n < b.n ? T : NIL;
  return original("<").fn(a, b);
}
export function le2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") return a <= b ? T : NIL;
  if (a instanceof LFloat && b instanceof LFloat) return a.n <= b.n ? T : NIL;
  return original("<=").fn(a, b);
}
/** `*` of two numbers; integer products are exact below 2^53, and never -0. */
export function mul2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAXS && r >= -MAXS) return r === 0 ? 0 : r;
  } else if (a instanceof LFloat) {
    if (b instanceof LFloat) return new LFloat(a.n * b.n);
    if (typeof b === "number") return new LFloat(a.n * b);
  } else if (b instanceof LFloat && typeof a === "number") return new LFloat(a * b.n);
  // Two integers within integer-width have a product far below V8's BigInt limit; makeInteger applies the
  // integer-width check (overflow-error) and turns small results back into fixnums.
  else if (isInt(a) && isInt(b)) return makeInteger(BigInt(a) * BigInt(b));
  return original("*").fn(a, b);
}
/** `/` of two numbers, the long way (the inlined code handles two floats itself). */
export function div2(a: LispObject, b: LispObject): LispObject {
  // BigInt division truncates towards zero, as GNU's integer division does.
  if (isInt(a) && isInt(b) && b !== 0 && b !== 0n) return makeInteger(BigInt(a) / BigInt(b));
  return original("/").fn(a, b);
}
/** `%` of two fixnums (JS's remainder has the dividend's sign, as C's); zero and others go the long way. */
export function rem2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a % b;
    return r === 0 ? 0 : r;
  }
  // BigInt remainder has the dividend's sign, as C's.
  if (isInt(a) && isInt(b) && b !== 0 && b !== 0n) return makeInteger(BigInt(a) % BigInt(b));
  return original("%").fn(a, b);
}
/** `aref` of a vector at a valid index; everything else (strings, char-tables, errors) the long way. */
export function aref2(v: LispObject, i: LispObject): LispObject {
  if (Array.isArray(v) && typeof i === "number" && i >= 0 && i < v.length) return v[i];
  return original("aref").fn(v, i);
}
/** `aset` of a vector at a valid index. */
export function aset3(v: LispObject, i: LispObject, x: LispObject): LispObject {
  if (Array.isArray(v) && typeof i === "number" && i >= 0 && i < v.length) { v[i] = x; return x; }
  return original("aset").fn(v, i, x);
}
/** `gethash` on a hash table; anything else (errors included) the long way. */
export function gethash3(key: LispObject, table: LispObject, dflt: LispObject): LispObject {
  if (table instanceof HashTable) return table.get(key, dflt);
  return original("gethash").fn(key, table, dflt);
}
/** `puthash` on a hash table. */
export function puthash3(key: LispObject, val: LispObject, table: LispObject): LispObject {
  if (table instanceof HashTable) { table.put(key, val); return val; }
  return original("puthash").fn(key, val, table);
}
export function numeq2(a: LispObject, b: LispObject): LispObject {
  if (typeof a === "number" && typeof b === "number") return a === b ? T : NIL;
  return original("=").fn(a, b);
}

/** Creates the closure object `(closure ENV . ARGSBODY)` whose compiled code is FN. */
export function mkClosure(env: LispObject, argsBody: LispObject, fn: any): Cons {
  const c = new ClosureCons(Q.closure, new Cons(env, argsBody), fn);
  fn.L = c;
  return c;
}

/** wrong-number-of-arguments for an interpreted function: GNU reports the closure without `closure`. */
export function wna(self: LispObject, n: number): never {
  const data = self instanceof Cons && self.car === Q.closure ? self.cdr : self;
  return raise(Qwrong_number_of_arguments, list(data, n));
}

export function invalidFunction(f: LispObject): never {
  return raise(Qinvalid_function, list(f));
}

export function depthErr(): never {
  const d = E.depth--;
  if (d > E.maxDepth) return raise(Qerror, list(LString.fromJs("Lisp nesting exceeds ‘max-lisp-eval-depth’")));
  return raise(Qerror, list(LString.fromJs("Variable binding depth exceeds max-specpdl-size")));
}

export function sig(sym: LSymbol, data: LispObject): never { return raise(sym, data); }

/** Converts anything thrown into a LispSignal, leaving throws and kill-emacs alone. */
export function toSignal(e: unknown): unknown {
  if (e instanceof LispSignal || e instanceof LispThrow || e instanceof KillEmacs) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new LispSignal(Qerror, list(LString.fromJs("Lisp nesting exceeds ‘max-lisp-eval-depth’")));
  }
  const msg = e instanceof Error ? e.message : String(e);
  if (process.env.TSMACS_JS_STACKS && e instanceof Error) process.stderr.write(String(e.stack) + "\n");
  return new LispSignal(defsym("js-error"), list(LString.fromJs(msg)));
}

export function conditionsOf(sym: LSymbol): LispObject {
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) {
    if (p.car === Qerror_conditions) return p.cdr.car;
  }
  return NIL;
}

/** Whether a condition-case clause spec (symbol or list of symbols) matches CONDITIONS. */
export function handlerMatches(conditions: LispObject, spec: LispObject): boolean {
  if (spec === T) return true;
  if (spec instanceof LSymbol) {
    for (let c = conditions; c instanceof Cons; c = c.cdr) if (c.car === spec) return true;
    return false;
  }
  for (let s: LispObject = spec; s instanceof Cons; s = s.cdr) {
    if (s.car === T) return true;
    for (let c = conditions; c instanceof Cons; c = c.cdr) if (c.car === s.car) return true;
  }
  return false;
}

/** defvar's first half: declares SYM special; returns non-nil when it already has a default value. */
export function defvarBegin(sym: LSymbol, doc: LispObject): LispObject {
  defineVariable(sym, doc);
  return defaultValue(sym) === UNBOUND ? NIL : T;
}
export function defineVariable(sym: LSymbol, doc: LispObject): void {
  sym.special = true;
  if (doc !== NIL) putProp(sym, defsym("variable-documentation"), doc);
  loadHistoryHook(sym);
}
/** load.ts replaces this to record `defvar`s in load-history. */
export let loadHistoryHook: (sym: LSymbol) => void = () => undefined;
export function setLoadHistoryHook(h: (sym: LSymbol) => void): void { loadHistoryHook = h; }

export function defconstSet(sym: LSymbol, val: LispObject, doc: LispObject): LispObject {
  defineVariable(sym, doc);
  setDefault(sym, val);
  putProp(sym, defsym("risky-local-variable"), T);
  return sym;
}

export function putProp(sym: LSymbol, prop: LispObject, val: LispObject): void {
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) {
    if (p.car === prop) { p.cdr.car = val; return; }
  }
  sym.plist = new Cons(prop, new Cons(val, sym.plist));
}

/** save-excursion & co.: buffer.ts installs the real implementations. */
export const saveHooks = {
  begin: (kind: string): unknown => (kind === "buffer" ? E.currentBuffer : undefined),
  end: (kind: string, saved: unknown): void => { if (kind === "buffer") E.currentBuffer = saved as typeof E.currentBuffer; },
};
export function saveBegin(kind: string): unknown { return saveHooks.begin(kind); }
export function saveEnd(kind: string, saved: unknown): void { saveHooks.end(kind, saved); }

export const sharedRuntime = {
  NIL, T, UNBOUND, Cons, LFloat, LispThrow, LispSignal,
  sv, setq, specbind, unbindTo, setDefault, car, cdr, add2, sub2, mul2, div2, rem2, aref2, aset3, gethash3, puthash3, lt2, le2, numeq2, mkClosure, wna,
  invalidFunction, depthErr, sig, toSignal, conditionsOf, handlerMatches, defvarBegin, defconstSet,
  saveBegin, saveEnd, arrayToList,
};
