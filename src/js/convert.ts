// Values crossing between JavaScript and Lisp: the conversion rules, proxies for Lisp objects, Lisp function
// objects for JS functions and JS functions for Lisp ones (GNU: emacs-module.c's value handling, in spirit).
//
// Conversion rules (both directions; the README of the JS bridge and test/js-bridge.test.ts document them):
//   Lisp                          JavaScript
//   fixnum                   <->  number (integral and safe)            bignum <-> bigint
//   float                    <->  number (non-integral, NaN, ±Infinity; `lisp.make.float` forces a float)
//   string                   <->  string (a string with text properties, or a unibyte string with bytes >= 128,
//                                 comes as a proxy instead, so nothing is lost on the way back)
//   nil                      <->  null (and false, undefined going into Lisp)       t <-> true
//   function (closure, subr,  ->  a JS function calling it (the same JS function each time; unwraps when passed back)
//     byte-code, lambda)
//   JS function               ->  a `subr' named js:NAME whose calls convert arguments and results (the same one
//                                 each time; unwraps to the JS function when it comes back)
//   JS array                  ->  vector of the converted elements (cycles preserved)
//   other JS values           ->  a `js-object' wrapping the value (identity kept; unwraps when it comes back)
//   anything else             ->  a LispProxy (symbols, conses, vectors, hash tables, buffers, markers...): identity
//                                 kept, keeps the object alive, unwraps when passed back. Lists, vectors, alists,
//                                 plists and hash tables convert to arrays/objects/Maps only when asked
//                                 (`lisp.toArray`, `lisp.toObject`, `lisp.toMap`, or the proxy's methods).
import {
  ByteCode, Cons, LFloat, LispObject, LString, LSymbol, NIL, T, Subr, UNEVALLED, MANY, Vectorlike, mkStr, mkFloat,
  normInt, arrayToList, defsym,
} from "../lisp.js";
import { E, Env, enterEnv, unbindTo } from "../env.js";
import { LispSignal, LispThrow, KillEmacs, raise, error as lispError } from "../signal.js";
import { wrap, arityOf } from "../defun.js";
import { apply, funcall } from "../eval.js";
import { toSignal } from "../compile/runtime.js";
import { prin1ToString, registerPrinter } from "../print.js";
import { HashTable } from "../hashtable.js";
import { Q } from "../compile/scope.js";

const Qjs_error = defsym("js-error");

/** The intrinsics a conversion builds arrays, objects and Maps with: the host's, or a JS context's. */
export interface Realm { readonly Array: ArrayConstructor; readonly Object: ObjectConstructor; readonly Map: MapConstructor }
export const hostRealm: Realm = { Array, Object, Map };

/** Per-world bridge state (`E.ext.js`): identity caches in both directions and the lazily made JS side. */
export class Bridge {
  /** Lisp object -> its proxy. Weak both ways: the proxy holds the object, the entry dies with the proxy. */
  readonly proxies = new WeakMap<object, LispProxy>();
  /** Lisp function object -> the JS function calling it. */
  readonly fnWrappers = new WeakMap<object, Function>();
  /** JS function -> the Lisp function object calling it. */
  readonly jsFns = new WeakMap<Function, JsFunction>();
  /** JS object -> its `js-object' wrapper. */
  readonly jsObjects = new WeakMap<object, JsObject>();
  /** The `lisp` object of each realm that asked for one. */
  readonly lispObjects = new Map<Realm, unknown>();
  /** Helper closures made once per world from Lisp source (see lispHelper). */
  readonly helpers = new Map<string, LispObject>();
  /** The world's JS evaluation context (src/js/context.ts), made on first use. */
  context: any = undefined;
  /** js-tick-rate in seconds (a forwarded variable), or 0 for no periodic tick; and its Lisp value. */
  tickRate = 0.1;
  tickRateValue: LispObject = new LFloat(0.1);
  constructor(readonly env: Env) {}
}

export function bridgeOf(env: Env = E): Bridge {
  return (env.ext.js ??= new Bridge(env)) as Bridge;
}

// ---------------------------------------------------------------------------------------------
// Lisp objects that stand for JS values
// ---------------------------------------------------------------------------------------------

/**
 * A Lisp function object calling a JS function. It is a `subr' (JS is tsmacs's native language, so a JS
 * function is a primitive): `functionp', `subrp', `func-arity', `documentation', `interactive-form' and the
 * printer (#<subr js:NAME>) work without special cases. GNU's nearest counterpart is a module function.
 */
export class JsFunction extends Subr {
  constructor(name: string, readonly js: Function, min: number, max: number, fn: (...a: any[]) => LispObject,
    doc: string, arglist: string, intspec: LispObject | undefined, impl: (...a: any[]) => LispObject) {
    super(name, min, max, fn, doc, arglist, intspec, impl);
  }
}

/** Any other JS value inside Lisp: `type-of' says `js-object'; prints as #<js-object CLASS>. */
export class JsObject extends Vectorlike {
  readonly lispType = "js-object";
  constructor(readonly value: unknown) { super(); }
}
registerPrinter(JsObject, (obj: JsObject, p) => p.so(`#<js-object ${describeJs(obj.value)}>`));

function describeJs(v: unknown): string {
  if (typeof v === "symbol") return v.toString();
  if (typeof v !== "object" || v === null) return typeof v;
  const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name ? name : "Object";
}

// ---------------------------------------------------------------------------------------------
// Proxies for Lisp objects
// ---------------------------------------------------------------------------------------------

/** Which world and object each Lisp-function wrapper stands for (wrappers are plain JS functions). */
const wrapperInfo = new WeakMap<Function, { b: Bridge; obj: LispObject }>();

/**
 * A Lisp object seen from JavaScript. One proxy per object and world (so `===` is `eq`); it keeps the object
 * alive and is unwrapped when passed back into Lisp.
 */
export class LispProxy {
  readonly #obj: LispObject;
  readonly #b: Bridge;
  constructor(obj: LispObject, b: Bridge) { this.#obj = obj; this.#b = b; }
  /** The Lisp object behind a proxy, or behind the JS function standing for a Lisp function. */
  static unwrap(p: LispProxy | Function): LispObject {
    if (typeof p === "function") {
      const info = wrapperInfo.get(p);
      if (info === undefined) throw new TypeError("tsmacs: not a Lisp function");
      return info.obj;
    }
    return p.#obj;
  }
  static bridge(p: LispProxy): Bridge { return p.#b; }
  /** `type-of' as a string: "cons", "symbol", "buffer"... */
  get type(): string { return typeOfLisp(this.#b, this.#obj); }
  /** The text for string proxies; otherwise the printed representation (prin1). */
  toString(): string {
    const o = this.#obj;
    if (o instanceof LString) return o.s;
    return callIntoLisp(this.#b, () => prin1ToString(o));
  }
  toJSON(): string | number { return this.#obj instanceof LFloat ? this.#obj.n : this.toString(); }
  /** Float proxies (from `lisp.make.float`) act as numbers; others as their text. */
  [Symbol.toPrimitive](hint: string): string | number {
    return this.#obj instanceof LFloat && hint !== "string" ? this.#obj.n : this.toString();
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `[Lisp ${this.toString()}]`;
  }
  /** The elements of a list or vector (or the characters of a string), converted. */
  toArray(): unknown[] { return toArray(this.#b, this.#obj, hostRealm); }
  /** An alist, plist or hash table as a plain object (keys: symbol names, keywords without the colon). */
  toObject(): Record<string, unknown> { return toObject(this.#b, this.#obj, hostRealm); }
  /** A hash table or alist as a Map (keys converted). */
  toMap(): Map<unknown, unknown> { return toMap(this.#b, this.#obj, hostRealm); }
  *[Symbol.iterator](): IterableIterator<unknown> { yield* this.toArray(); }
}

export function isProxy(x: unknown): boolean {
  return x instanceof LispProxy || (typeof x === "function" && wrapperInfo.has(x));
}

function typeOfLisp(b: Bridge, o: LispObject): string {
  return callIntoLisp(b, () => (funcall(defsym("type-of"), o) as LSymbol).name);
}

// ---------------------------------------------------------------------------------------------
// Lisp -> JS
// ---------------------------------------------------------------------------------------------

/** Converts a Lisp value for JavaScript (see the table at the top of this file). */
export function toJs(x: LispObject, b: Bridge): unknown {
  switch (typeof x) {
    case "number": case "bigint": return x;
  }
  if (x === NIL) return null;
  if (x === T) return true;
  if (x instanceof LFloat) return x.n;
  if (x instanceof LString) {
    if (x.intervals === null && (x.multibyte || !/[^\x00-\x7f]/.test(x.s))) return x.s;
    return proxyFor(x, b);
  }
  if (x instanceof JsFunction) return x.js;
  if (x instanceof JsObject) return x.value;
  if (isFunctionObject(x)) return lispFunctionToJs(x, b);
  return proxyFor(x, b);
}

function isFunctionObject(x: LispObject): boolean {
  if (x instanceof Subr) return x.maxArgs !== UNEVALLED;
  if (x instanceof ByteCode) return true;
  return x instanceof Cons && (x.car === Q.closure || x.car === Q.lambda);
}

export function proxyFor(x: LispObject, b: Bridge): LispProxy {
  const o = x as object;
  let p = b.proxies.get(o);
  if (p === undefined) { p = new LispProxy(x, b); b.proxies.set(o, p); }
  return p;
}

/** The JS function for a Lisp function object: converts arguments in and the result out. */
function lispFunctionToJs(f: LispObject, b: Bridge): Function {
  let w = b.fnWrappers.get(f as object);
  if (w !== undefined) return w;
  w = function (this: unknown, ...args: unknown[]): unknown {
    return callIntoLisp(b, () => {
      const la = new Array<LispObject>(args.length);
      for (let i = 0; i < args.length; i++) la[i] = toLisp(args[i], b);
      return toJs(apply(f, la), b);
    });
  };
  const name = f instanceof Subr ? f.name : "lisp-lambda";
  Object.defineProperty(w, "name", { value: name });
  b.fnWrappers.set(f as object, w);
  wrapperInfo.set(w, { b, obj: f });
  return w;
}

// ---------------------------------------------------------------------------------------------
// JS -> Lisp
// ---------------------------------------------------------------------------------------------

/** Converts a JavaScript value for Lisp (see the table at the top of this file). */
export function toLisp(v: unknown, b: Bridge, seen?: Map<unknown[], LispObject[]>): LispObject {
  switch (typeof v) {
    case "number": return Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : mkFloat(v);
    case "string": return LString.fromJs(v);
    case "boolean": return v ? T : NIL;
    case "undefined": return NIL;
    case "bigint": return normInt(v);
    case "function": {
      const info = wrapperInfo.get(v);
      if (info !== undefined) return checkWorld(info.b, b, info.obj);
      return jsFunctionToLisp(v, b);
    }
    case "symbol": return new JsObject(v);
  }
  if (v === null) return NIL;
  if (v instanceof LispProxy) return checkWorld(LispProxy.bridge(v), b, LispProxy.unwrap(v));
  if (Array.isArray(v)) {
    const done = seen?.get(v);
    if (done !== undefined) return done;
    const out = new Array<LispObject>(v.length);
    (seen ??= new Map()).set(v, out);
    for (let i = 0; i < v.length; i++) out[i] = toLisp(v[i], b, seen);
    return out;
  }
  const o = v as object;
  let w = b.jsObjects.get(o);
  if (w === undefined) { w = new JsObject(o); b.jsObjects.set(o, w); }
  return w;
}

function checkWorld(from: Bridge, to: Bridge, obj: LispObject): LispObject {
  if (from !== to) throw new TypeError("tsmacs: a Lisp object of one Emacs instance was passed to another");
  return obj;
}

export interface JsFunctionSpec {
  name?: string;
  /** Lisp argument list for arity checks and `documentation', e.g. "(a b &optional c)"; default (&rest args). */
  arglist?: string;
  doc?: string;
  /** Interactive spec (a string, or NIL for a plain `(interactive)'); undefined for a non-command. */
  intspec?: LispObject;
}

/** The Lisp function object for JS function FN (cached, so the same JS function is the same Lisp object). */
export function jsFunctionToLisp(fn: Function, b: Bridge, spec?: JsFunctionSpec): JsFunction {
  if (spec === undefined) {
    const hit = b.jsFns.get(fn);
    if (hit !== undefined) return hit;
  }
  const arglist = spec?.arglist ?? "(&rest args)";
  const [min, max] = arityOf(arglist);
  const impl = (...args: LispObject[]): LispObject => callJs(fn, args, b);
  let self: JsFunction;
  const callable = max === MANY && min === 0 ? impl : wrap(impl, min, max, () => self);
  const name = spec?.name ?? `js:${fn.name || "anonymous"}`;
  self = new JsFunction(name, fn, min, max, callable, spec?.doc ?? "A JavaScript function.", arglist, spec?.intspec, impl);
  if (spec === undefined || !b.jsFns.has(fn)) b.jsFns.set(fn, self);
  return self;
}

/** Calls JS function FN with Lisp arguments: converts them, and turns a JS exception into a Lisp signal. */
function callJs(fn: Function, args: LispObject[], b: Bridge): LispObject {
  let r: unknown;
  try {
    switch (args.length) {
      case 0: r = fn(); break;
      case 1: r = fn(toJs(args[0], b)); break;
      case 2: r = fn(toJs(args[0], b), toJs(args[1], b)); break;
      default: {
        const ja = new Array<unknown>(args.length);
        for (let i = 0; i < args.length; i++) ja[i] = toJs(args[i], b);
        r = fn.apply(undefined, ja);
      }
    }
  } catch (e) {
    throw jsExceptionToLisp(e);
  }
  return toLisp(r, b);
}

// ---------------------------------------------------------------------------------------------
// Errors crossing the boundary
// ---------------------------------------------------------------------------------------------

/** The JS exception behind each `js-error' signal's data, so that it comes back as itself in JS. */
const jsErrorOrigin = new WeakMap<object, unknown>();

/** A Lisp error seen from JavaScript: `symbol` and `data` as in (signal SYMBOL DATA), message as Emacs prints it. */
export class LispError extends Error {
  /** The error symbol's name, e.g. "wrong-type-argument". */
  readonly symbol: string;
  /** The error data, converted: an array when it is a proper list (it always is for standard errors). */
  readonly data: unknown;
  /** The condition names the error symbol has (its `error-conditions'), for `e.conditions.includes("error")`. */
  readonly conditions: string[];
  /** The signal itself, re-thrown unchanged when this error goes back into Lisp. */
  readonly signal: LispSignal;
  constructor(signal: LispSignal, message: string, data: unknown, conditions: string[], cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "LispError";
    this.symbol = signal.sym.name;
    this.data = data;
    this.conditions = conditions;
    this.signal = signal;
  }
  /** True when a `condition-case' clause for CONDITION would catch this error. */
  is(condition: string): boolean { return this.conditions.includes(condition); }
}

/** A JS exception arriving in Lisp (from a JS function Lisp called) as the signal Lisp should see. */
export function jsExceptionToLisp(e: unknown): unknown {
  if (e instanceof LispSignal || e instanceof LispThrow || e instanceof KillEmacs) return e;
  if (e instanceof LispError) return e.signal;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return toSignal(e);
  const err = e as { stack?: unknown; name?: unknown; message?: unknown } | null;
  let msg: string;
  try {
    msg = err !== null && typeof err === "object" && typeof err.message === "string"
      ? (typeof err.name === "string" && err.name ? `${err.name}: ${err.message}` : err.message)
      : String(e);
  } catch { msg = "(unprintable JavaScript exception)"; }
  const stack = err !== null && typeof err === "object" && typeof err.stack === "string" ? mkStr(trimStack(err.stack)) : NIL;
  const data = new Cons(mkStr(msg), new Cons(stack, NIL));
  jsErrorOrigin.set(data, e);
  try {
    raise(Qjs_error, data);
  } catch (s) {
    return s;
  }
}

/** The file this code was bundled into: stack frames from it are tsmacs's own, not the user's. */
const ownFile = ((): string => {
  const m = /\((?:file:\/\/)?(\/[^:)]+):\d+:\d+\)/.exec(new Error().stack ?? "");
  return m ? m[1] : "\0";
})();

/** A JS stack without the frames of tsmacs itself (the evaluator, the bridge) below the user's code. */
function trimStack(stack: string): string {
  const lines = stack.split("\n");
  const cut = lines.findIndex((l) => /^\s+at /.test(l) && (l.includes(ownFile) || l.includes("(node:vm:")));
  return (cut < 0 ? lines : lines.slice(0, cut)).join("\n");
}

/** A Lisp exception arriving in JS: signals become LispError (or the original JS exception), throws pass. */
export function lispExceptionToJs(e: unknown, b: Bridge): unknown {
  // Throws and kill-emacs pass untouched; so do JS exceptions (a JS caller's own, or a thunk's).
  if (!(e instanceof LispSignal)) return e;
  const s = e;
  if (s.sym === Qjs_error && s.data instanceof Cons && jsErrorOrigin.has(s.data)) return jsErrorOrigin.get(s.data);
  let message: string;
  try {
    const m = funcall(defsym("error-message-string"), new Cons(s.sym, s.data));
    message = m instanceof LString ? m.s : String(m);
  } catch { message = s.sym.name; }
  const conditions: string[] = [];
  try {
    for (let c = funcall(defsym("get"), s.sym, defsym("error-conditions")); c instanceof Cons; c = c.cdr) {
      if (c.car instanceof LSymbol) conditions.push(c.car.name);
    }
  } catch { /* a symbol without conditions */ }
  return new LispError(s, message, dataToJs(s.data, b), conditions);
}

function dataToJs(data: LispObject, b: Bridge): unknown {
  const out: unknown[] = [];
  let l = data;
  for (; l instanceof Cons; l = l.cdr) out.push(toJs(l.car, b));
  return l === NIL ? out : toJs(data, b);
}

/**
 * Runs THUNK inside world B: enters it (restoring the previous world afterwards), and on a non-local exit
 * restores the specpdl, depth and handler stacks as a Lisp catch site would, then converts the exit for JS.
 */
export function callIntoLisp<R>(b: Bridge, thunk: () => R): R {
  const env = b.env;
  const prev = E;
  if (prev !== env) enterEnv(env);
  const sp = env.sp, depth = env.depth, hn = env.hn;
  try {
    return thunk();
  } catch (e) {
    if (env.sp > sp) unbindTo(sp);
    env.depth = depth; env.hn = hn;
    throw lispExceptionToJs(e, b);
  } finally {
    // Frames record their function in btFun and never clear it (cheaper for Lisp); when the outermost call
    // from JS returns, drop those records so the functions they name can be collected.
    if (depth === 0 && env.btFun.length > 1) { env.btFun.length = 1; env.btArgs.length = 1; }
    if (prev !== env && prev !== undefined) enterEnv(prev);
  }
}

// ---------------------------------------------------------------------------------------------
// Conversions on request
// ---------------------------------------------------------------------------------------------

export function toArray(b: Bridge, o: LispObject, R: Realm): unknown[] {
  const out = new R.Array<unknown>();
  if (o instanceof Cons || o === NIL) {
    let l: LispObject = o;
    for (; l instanceof Cons; l = l.cdr) out.push(toJs(l.car, b));
    if (l !== NIL) out.push(toJs(l, b));
  } else if (Array.isArray(o)) {
    for (const x of o) out.push(toJs(x, b));
  } else if (o instanceof LString) {
    for (const c of o.chars()) out.push(c);
  } else {
    callIntoLisp(b, () => lispError("Not a list, vector or string"));
  }
  return out;
}

/** Key of an alist/plist/hash-table entry as an object key: symbol names (keywords without ':'), strings, numbers. */
function keyString(k: LispObject): string {
  if (k instanceof LSymbol) return k.name.startsWith(":") ? k.name.slice(1) : k.name;
  if (k instanceof LString) return k.s;
  if (typeof k === "number" || typeof k === "bigint") return String(k);
  if (k instanceof LFloat) return String(k.n);
  return prin1ToString(k);
}

function isPlist(o: LispObject): boolean {
  return o instanceof Cons && !(o.car instanceof Cons);
}

export function toObject(b: Bridge, o: LispObject, R: Realm): Record<string, unknown> {
  const out = new R.Object() as Record<string, unknown>;
  if (o instanceof HashTable) {
    o.forEach((k, v) => { out[keyString(k)] = toJs(v, b); });
  } else if (isPlist(o)) {
    for (let l: LispObject = o; l instanceof Cons && l.cdr instanceof Cons; l = l.cdr.cdr) {
      const k = keyString(l.car);
      if (!(k in out)) out[k] = toJs(l.cdr.car, b);
    }
  } else if (o instanceof Cons || o === NIL) {
    for (let l: LispObject = o; l instanceof Cons; l = l.cdr) {
      if (!(l.car instanceof Cons)) continue;
      const k = keyString(l.car.car);
      if (!(k in out)) out[k] = toJs(l.car.cdr, b);
    }
  } else {
    callIntoLisp(b, () => lispError("Not an alist, plist or hash table"));
  }
  return out;
}

export function toMap(b: Bridge, o: LispObject, R: Realm): Map<unknown, unknown> {
  const out = new R.Map<unknown, unknown>();
  if (o instanceof HashTable) {
    o.forEach((k, v) => { out.set(toJs(k, b), toJs(v, b)); });
  } else if (o instanceof Cons || o === NIL) {
    for (let l: LispObject = o; l instanceof Cons; l = l.cdr) {
      if (!(l.car instanceof Cons)) continue;
      const k = toJs(l.car.car, b);
      if (!out.has(k)) out.set(k, toJs(l.car.cdr, b));
    }
  } else {
    callIntoLisp(b, () => lispError("Not an alist or hash table"));
  }
  return out;
}

/** Builds a Lisp list from JS values. */
export function listFrom(b: Bridge, xs: ArrayLike<unknown>): LispObject {
  const items = new Array<LispObject>(xs.length);
  for (let i = 0; i < xs.length; i++) items[i] = toLisp(xs[i], b);
  return arrayToList(items);
}

export { LispObject, LSymbol };
