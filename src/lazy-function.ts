// Preloaded function bodies kept as text until first used (GNU: lread.c's lazily fetched doc strings and
// byte code, `(#$ . POS)` and `fetch-bytecode`, which keep what a dumped Emacs rarely needs out of its heap).
//
// Why: starting from the snapshot, V8 deserialises every object of the heap one by one, about 0.15 µs each.
// The preloaded library's function definitions are `(closure (t) ARGS . BODY)` lists, 80,000 conses that a
// typical run never looks at: most functions are never called, and those called during the build already
// have compiled code. Before the snapshot is written, the cdr of each such definition becomes a cons whose
// contents are its printed text (one string), read back at the first look inside: calling the function
// when it has no compiled code yet, printing it, `documentation`, `commandp`, `func-arity`… Lisp sees the
// same function object (`eq` to what `symbol-function` returned before), `equal` to what it was.
//
// Only text that reads back as the same code is used: no unreadable object, and no closure environment
// other than `(t)` or nil (whose cells compiled code shares). Uninterned symbols made by macro expansion
// (`dotimes' counters...) read back as fresh ones, which is the same code as long as nothing outside the one
// definition refers to them; `print-circle' keeps every identity inside it.
import { Cons, Interned, LFloat, LispObject, LRecord, LSymbol, LString, NIL, T, UNBOUND, defsym } from "./lisp.js";
import { E, specbind, unbindTo } from "./env.js";
import { funcall } from "./eval.js";
import { LispSignal } from "./signal.js";
import { prin1ToString } from "./print.js";
import { readFromString } from "./lread.js";
import { lreadState, obarrayTable, Vobarray, Vread_symbol_shorthands } from "./lread/obarray.js";

const Qclosure = defsym("closure");
const Qlambda = defsym("lambda");
const Qmacro = defsym("macro");
const Qequal_including_properties = defsym("equal-including-properties");

/**
 * The cons `(ENV ARGS . BODY)` of a definition while it is still text: an object without own `car` and
 * `cdr`, whose prototype reads the text on first access to either and then gives the object both as
 * ordinary properties. All share one V8 map until read (no per-object map, unlike deleting properties).
 */
interface LazyCons extends Cons { lazySrc: string | undefined }

/** Reads the pending text of C, gives C its car and cdr, and returns C. */
function materialize(c: LazyCons): LazyCons {
  const src = c.lazySrc as string;
  const count = E.sp;
  // The text was printed in the initial obarray without shorthands; a caller's bindings must not change
  // which symbols it reads as.
  specbind(Vobarray, lreadState().initialObarray);
  specbind(Vread_symbol_shorthands, NIL);
  let v: LispObject;
  try { v = readFromString(src); } finally { unbindTo(count); }
  const pair = v as Cons;
  define(c, "car", pair.car);
  define(c, "cdr", pair.cdr);
  c.lazySrc = undefined;
  return c;
}
function define(c: LazyCons, key: "car" | "cdr", v: LispObject): void {
  Object.defineProperty(c, key, { value: v, writable: true, enumerable: true, configurable: true });
}

const LazyConsProto: object = Object.create(Cons.prototype, {
  car: {
    get(this: LazyCons) { return materialize(this).car; },
    set(this: LazyCons, v: LispObject) { materialize(this); this.car = v; },
    configurable: true,
  },
  cdr: {
    get(this: LazyCons) { return materialize(this).cdr; },
    set(this: LazyCons, v: LispObject) { materialize(this); this.cdr = v; },
    configurable: true,
  },
});

function makeLazyCons(text: string): Cons {
  const c = Object.create(LazyConsProto) as LazyCons;
  c.lazySrc = text;
  return c;
}

/** The print variables' values that make `read' give back what was printed. */
const PRINT_BINDINGS: [string, LispObject][] = [
  ["print-circle", T], ["print-gensym", T], ["print-length", NIL], ["print-level", NIL], ["print-quoted", T],
  ["print-escape-newlines", NIL], ["print-escape-control-characters", NIL], ["print-escape-nonascii", NIL],
  ["print-escape-multibyte", NIL], ["float-output-format", NIL], ["print-integers-as-characters", NIL],
  ["print-symbols-bare", NIL], ["print-continuous-numbering", NIL], ["print-number-table", NIL],
];

/** True for a function definition whose cdr may become text: a lambda, or a closure over no variables. */
function candidate(f: LispObject): f is Cons {
  if (!(f instanceof Cons) || !(f.cdr instanceof Cons) || isLazy(f.cdr)) return false;
  if (f.car === Qlambda) return true;
  if (f.car !== Qclosure) return false;
  const env = f.cdr.car;
  return env === NIL || (env instanceof Cons && env.car === T && env.cdr === NIL);
}

/**
 * Whether B, read back from A's text, stands for A: the same structure and atoms, where an uninterned
 * symbol of A may be a fresh one in B (one to one, recorded in GENSYMS) provided nothing but code could
 * refer to it (no value, function, property or special declaration).
 */
function sameReadBack(a: LispObject, b: LispObject, gensyms: Map<LSymbol, LSymbol>, seen: Map<object, object>): boolean {
  for (;;) {
    if (a === b) return true;
    if (a instanceof Cons) {
      if (!(b instanceof Cons)) return false;
      const prev = seen.get(a);
      if (prev !== undefined) return prev === b;
      seen.set(a, b);
      if (!sameReadBack(a.car, b.car, gensyms, seen)) return false;
      a = a.cdr; b = b.cdr;
      continue;
    }
    if (a instanceof LSymbol) {
      if (!(b instanceof LSymbol) || a.interned !== Interned.Uninterned || b.interned !== Interned.Uninterned) return false;
      if (a.name !== b.name || a.v !== UNBOUND || a.f !== NIL || a.plist !== NIL || a.special) return false;
      const prev = gensyms.get(a);
      if (prev !== undefined) return prev === b;
      gensyms.set(a, b);
      return true;
    }
    if (typeof a === "number" || typeof a === "bigint") return a === b;
    if (a instanceof LFloat) return b instanceof LFloat && Object.is(a.n, b.n);
    if (a instanceof LString) {
      return b instanceof LString && a.s === b.s && a.multibyte === b.multibyte &&
        (a.intervals === null ? b.intervals === null : funcall(Qequal_including_properties, a, b) !== NIL);
    }
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length || seen.has(a)) return seen.get(a) === b && b !== undefined;
      seen.set(a, b);
      for (let i = 0; i < a.length; i++) if (!sameReadBack(a[i], b[i], gensyms, seen)) return false;
      return true;
    }
    if (a instanceof LRecord) {
      if (!(b instanceof LRecord) || a.slots.length !== b.slots.length || seen.has(a)) return false;
      seen.set(a, b);
      for (let i = 0; i < a.slots.length; i++) if (!sameReadBack(a.slots[i], b.slots[i], gensyms, seen)) return false;
      return true;
    }
    // Hash tables, char-tables, bool-vectors, byte code, buffers, markers...: kept as they are.
    return false;
  }
}

/** The text for F's cdr when it reads back as the same code, with the uninterned symbols it holds; else null. */
function printedCdr(f: Cons): { text: string; gensyms: LSymbol[] } | null {
  try {
    const text = prin1ToString(f.cdr);
    const gensyms = new Map<LSymbol, LSymbol>();
    if (!sameReadBack(f.cdr, readFromString(text), gensyms, new Map())) return null;
    return { text, gensyms: [...gensyms.keys()] };
  } catch (e) {
    if (e instanceof LispSignal || e instanceof RangeError) return null;
    throw e;
  }
}

/**
 * Turns the definitions in the function cells of the initial obarray into lazily read ones (called just
 * before the start-up snapshot is written). Returns how many were turned and the characters of text.
 */
export function makePreloadedBodiesLazy(): { functions: number; chars: number } {
  const count = E.sp;
  for (const [name, val] of PRINT_BINDINGS) specbind(defsym(name) as LSymbol, val);
  specbind(Vobarray, lreadState().initialObarray);
  specbind(Vread_symbol_shorthands, NIL);
  const todo: { f: Cons; text: string; gensyms: LSymbol[] }[] = [];
  // An uninterned symbol met in two definitions would be two symbols once each is read back on its own.
  const owners = new Map<LSymbol, number>();
  const seenDefs = new Set<Cons>();
  try {
    for (const sym of obarrayTable(lreadState().initialObarray).values()) {
      let f = sym.f;
      if (f instanceof Cons && f.car === Qmacro) f = f.cdr;
      if (!candidate(f) || seenDefs.has(f)) continue;
      seenDefs.add(f);
      const p = printedCdr(f);
      if (p === null) continue;
      for (const g of p.gensyms) owners.set(g, (owners.get(g) ?? 0) + 1);
      todo.push({ f, ...p });
    }
  } finally { unbindTo(count); }
  let functions = 0, chars = 0;
  for (const { f, text, gensyms } of todo) {
    if (gensyms.some((g) => owners.get(g) !== 1)) continue;
    f.cdr = makeLazyCons(text);
    functions++; chars += text.length;
  }
  return { functions, chars };
}

/** Whether C is a cons whose contents are still unread text (for tests). */
export function isLazy(c: LispObject): boolean {
  return c instanceof Cons && typeof (c as LazyCons).lazySrc === "string";
}
