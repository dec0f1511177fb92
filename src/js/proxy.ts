// The `lisp` object JavaScript uses to reach a Lisp world: `lisp.get_buffer_create("*x*")` calls
// `get-buffer-create` (GNU: no counterpart; emacs-ng's `lisp` object is the model for the names).
import { LispObject, LSymbol, LString, NIL, Cons, T, Subr, UNEVALLED, mkFloat, arrayToList, defsym } from "../lisp.js";
import { E, specbind, unbindTo, setInternal, symbolValue, setDefault } from "../env.js";
import { evalForm, funcall, resolve } from "../eval.js";
import { readAll, readFromString } from "../lread.js";
import { defvarBegin } from "../compile/runtime.js";
import { Q } from "../compile/scope.js";
import {
  Bridge, LispError, LispProxy, Realm, callIntoLisp, isProxy, jsFunctionToLisp, lispExceptionToJs, listFrom, proxyFor, toArray, toJs, toLisp,
  toMap, toObject,
} from "./convert.js";

/** `get_buffer_create` -> `get-buffer-create`; a name with a dash is taken as it is. */
export function lispName(prop: string): string {
  return prop.includes("-") ? prop : prop.replace(/_/g, "-");
}

/** A symbol from a proxy or an exact name. */
function symbolArg(b: Bridge, x: unknown): LSymbol {
  if (typeof x === "string") return b.env.intern(x);
  const o = toLisp(x, b);
  if (o instanceof LSymbol) return o;
  throw new TypeError(`tsmacs: expected a symbol or a symbol name, got ${String(x)}`);
}

/** A Lisp closure made once per world from SRC (a lambda expression), for forms JS cannot express as calls. */
export function lispHelper(b: Bridge, src: string): LispObject {
  let f = b.helpers.get(src);
  if (f === undefined) { f = evalForm(readFromString(src), T); b.helpers.set(src, f); }
  return f;
}

/**
 * Calls FN from inside the Lisp form SRC (a lambda whose last parameter is the thunk to funcall), returning
 * FN's JS result untouched (it never passes through Lisp). A JS exception from FN unwinds the Lisp form and
 * reaches the caller as itself.
 */
function withinForm(b: Bridge, src: string, args: unknown[], fn: () => unknown): unknown {
  let result: unknown;
  const thunk = jsFunctionToLisp(() => { result = fn(); }, b);
  callIntoLisp(b, () => {
    const la = args.map((a) => toLisp(a, b));
    return funcall(lispHelper(b, src), ...la, thunk);
  });
  return result;
}

export interface DefunOptions {
  name: string;
  func: Function;
  /** The docstring (`doc` is accepted too). */
  docString?: string;
  doc?: string;
  /** true (or an interactive spec string) makes the function a command. */
  interactive?: boolean | string;
  /** emacs-ng's name for the interactive spec, e.g. "MInput: ". */
  args?: string;
  /** Lisp argument list, as a string "(a &optional b)" or an array of names; default (&rest args). */
  arglist?: string | string[];
}

export interface DefvarOptions { name: string; value?: unknown; docString?: string; doc?: string }

/** The `lisp` object of world B for code running in realm R (the host's, or a JS context's). */
export function makeLispObject(b: Bridge, R: Realm): any {
  const cached = b.lispObjects.get(R);
  if (cached !== undefined) return cached;
  const fnCache = new Map<string, Function>();
  const fn = (name: string): Function => {
    let f = fnCache.get(name);
    if (f !== undefined) return f;
    const sym = b.env.intern(name);
    const env = b.env;
    const call = (args: unknown[]): unknown => {
      const def = sym.f;
      if (def instanceof Subr && def.maxArgs === UNEVALLED || def instanceof Cons && def.car === Q.macro) {
        throw new TypeError(`tsmacs: ${name} is a special form or macro; use lisp.eval or lisp.evalString`);
      }
      const jf = sym.jf || resolve(sym);
      switch (args.length) {
        case 0: return toJs(jf(), b);
        case 1: return toJs(jf(toLisp(args[0], b)), b);
        case 2: return toJs(jf(toLisp(args[0], b), toLisp(args[1], b)), b);
        default: {
          const la = new Array<LispObject>(args.length);
          for (let i = 0; i < args.length; i++) la[i] = toLisp(args[i], b);
          return toJs(jf.apply(undefined, la), b);
        }
      }
    };
    f = function (...args: unknown[]): unknown {
      // The common case, a call from code already running in this world, without a closure per call.
      if (E !== env) return callIntoLisp(b, () => call(args));
      const sp = env.sp, depth = env.depth, hn = env.hn;
      try {
        return call(args);
      } catch (e) {
        if (env.sp > sp) unbindTo(sp);
        env.depth = depth; env.hn = hn;
        throw lispExceptionToJs(e, b);
      } finally {
        if (depth === 0 && env.btFun.length > 1) { env.btFun.length = 1; env.btArgs.length = 1; }
      }
    };
    Object.defineProperty(f, "name", { value: name });
    fnCache.set(name, f);
    return f;
  };
  const symbolsOf = (prefix: string): any => new Proxy(Object.create(null), {
    get: (_t, prop) => (typeof prop === "string" ? toJs(b.env.intern(prefix + lispName(prop)), b) : undefined),
  });

  const make = {
    list: (xs: ArrayLike<unknown>): unknown => toJs(listFrom(b, xs), b),
    vector: (xs: ArrayLike<unknown>): unknown => toJs(Array.from(xs, (x) => toLisp(x, b)), b),
    array: (xs: ArrayLike<unknown>): unknown => make.vector(xs),
    cons: (car: unknown, cdr: unknown): unknown => toJs(new Cons(toLisp(car, b), toLisp(cdr, b)), b),
    /** Symbol keys, as json-parse-string's :object-type alist makes them. */
    alist: (obj: Record<string, unknown> | Map<unknown, unknown>): unknown => {
      const cells = entries(obj).map(([k, v]) => new Cons(keyOf(k, ""), toLisp(v, b)));
      return toJs(arrayToList(cells), b);
    },
    /** Keyword keys, as json-parse-string's :object-type plist makes them. */
    plist: (obj: Record<string, unknown> | Map<unknown, unknown>): unknown => {
      const items: LispObject[] = [];
      for (const [k, v] of entries(obj)) items.push(keyOf(k, ":"), toLisp(v, b));
      return toJs(arrayToList(items), b);
    },
    /** String keys and test `equal', as json-parse-string makes them; `test` may be "eq", "eql" or "equal". */
    hashtable: (obj: Record<string, unknown> | Map<unknown, unknown>, opts: { test?: string } = {}): unknown =>
      callIntoLisp(b, () => {
        const h = funcall(b.env.intern("make-hash-table"), defsym(":test"), b.env.intern(opts.test ?? "equal"));
        const puthash = b.env.intern("puthash");
        for (const [k, v] of entries(obj)) funcall(puthash, toLisp(k, b), toLisp(v, b), h);
        return toJs(h, b);
      }),
    /** A Lisp string object (multibyte unless UNIBYTE), as a proxy only when it cannot be a JS string. */
    string: (s: string): unknown => toJs(LString.fromJs(s), b),
    /** A float even when N is integral: a proxy acting as a number, which stays a float in Lisp. */
    float: (n: number): unknown => proxyFor(mkFloat(n), b),
    symbol: (name: string): unknown => toJs(b.env.intern(name), b),
    keyword: (name: string): unknown => toJs(b.env.intern(name.startsWith(":") ? name : ":" + name), b),
  };
  function keyOf(k: unknown, prefix: string): LispObject {
    return typeof k === "string" ? b.env.intern(prefix + k) : toLisp(k, b);
  }

  const builtins: Record<string, unknown> = {
    fn,
    symbols: symbolsOf(""),
    keywords: symbolsOf(":"),
    make,
    LispError,
    isProxy,
    /** `type-of` of the value as Lisp sees it, as a string. */
    typeOf: (x: unknown): string => callIntoLisp(b, () => (funcall(b.env.intern("type-of"), toLisp(x, b)) as LSymbol).name),
    toArray: (x: unknown): unknown[] => toArray(b, toLisp(x, b), R),
    toObject: (x: unknown): Record<string, unknown> => toObject(b, toLisp(x, b), R),
    toMap: (x: unknown): Map<unknown, unknown> => toMap(b, toLisp(x, b), R),
    /** Evaluates a form (a proxy, or any value) with lexical binding. */
    eval: (form: unknown): unknown => callIntoLisp(b, () => toJs(evalForm(toLisp(form, b), T), b)),
    /** Reads and evaluates every form of SRC; returns the last value. */
    evalString: (src: string): unknown => callIntoLisp(b, () => {
      let v: LispObject = NIL;
      for (const form of readAll(src)) v = evalForm(form, T);
      return toJs(v, b);
    }),
    read: (src: string): unknown => callIntoLisp(b, () => toJs(readFromString(src), b)),
    intern: (name: string): unknown => toJs(b.env.intern(name), b),
    /** lisp.setq(symbolOrName, value) or lisp.setq({name: value, ...}); returns the (last) value. */
    setq: (target: unknown, value?: unknown): unknown => callIntoLisp(b, () => {
      if (target !== null && typeof target === "object" && !(target instanceof LispProxy)) {
        let last: unknown = null;
        for (const [k, v] of Object.entries(target)) { setInternal(b.env.intern(lispName(k)), toLisp(v, b)); last = v; }
        return last;
      }
      setInternal(symbolArg(b, target), toLisp(value, b));
      return value;
    }),
    symbolValue: (name: unknown): unknown => callIntoLisp(b, () => toJs(symbolValue(symbolArg(b, name)), b)),
    /** Defines a Lisp function (a subr) calling FUNC; `documentation` and `commandp` see its docstring and spec. */
    defun: (o: DefunOptions): unknown => callIntoLisp(b, () => {
      if (!o || typeof o.name !== "string" || typeof o.func !== "function") throw new TypeError("tsmacs: lisp.defun needs {name, func}");
      const sym = b.env.intern(o.name);
      const spec = typeof o.interactive === "string" ? o.interactive : o.interactive ? o.args : undefined;
      const arglist = Array.isArray(o.arglist) ? `(${o.arglist.join(" ")})` : o.arglist;
      const def = jsFunctionToLisp(o.func, b, {
        name: o.name, arglist, doc: o.docString ?? o.doc ?? "",
        intspec: o.interactive ? (spec !== undefined ? LString.fromJs(spec) : NIL) : undefined,
      });
      funcall(b.env.intern("defalias"), sym, def);
      return toJs(sym, b);
    }),
    /** Like `defvar`: declares NAME special and sets it only when it has no value yet. */
    defvar: (o: DefvarOptions | string, value?: unknown, doc?: string): unknown => callIntoLisp(b, () => {
      const opts: DefvarOptions = typeof o === "string" ? { name: o, value, doc } : o;
      const sym = b.env.intern(opts.name);
      const d = opts.docString ?? opts.doc;
      if (defvarBegin(sym, d === undefined ? NIL : LString.fromJs(d)) === NIL) setDefault(sym, toLisp(opts.value, b));
      return toJs(sym, b);
    }),
    /** Binds variables dynamically around FN, as `let` does for special variables. */
    let: (bindings: Record<string, unknown>, body: () => unknown): unknown => {
      const env = b.env;
      return callIntoLisp(b, () => {
        const count = env.sp;
        const pairs = Object.entries(bindings).map(([k, v]) => [env.intern(lispName(k)), toLisp(v, b)] as const);
        try {
          for (const [s, v] of pairs) specbind(s, v);
          return body();
        } finally {
          unbindTo(count);
        }
      });
    },
    with_current_buffer: (buf: unknown, body: () => unknown): unknown =>
      withinForm(b, "(lambda (b f) (with-current-buffer b (funcall f)))", [buf], body),
    with_temp_buffer: (body: () => unknown): unknown =>
      withinForm(b, "(lambda (f) (with-temp-buffer (funcall f)))", [], body),
    save_current_buffer: (body: () => unknown): unknown =>
      withinForm(b, "(lambda (f) (save-current-buffer (funcall f)))", [], body),
    save_excursion: (body: () => unknown): unknown =>
      withinForm(b, "(lambda (f) (save-excursion (funcall f)))", [], body),
    save_restriction: (body: () => unknown): unknown =>
      withinForm(b, "(lambda (f) (save-restriction (funcall f)))", [], body),
    /** Runs BODY inside (catch TAG ...): a Lisp `throw` to TAG returns its value here. */
    catch: (tag: unknown, body: () => unknown): unknown => {
      let result: unknown;
      let normal = false;
      const thunk = jsFunctionToLisp(() => { result = body(); normal = true; }, b);
      const thrown = callIntoLisp(b, () => toJs(funcall(lispHelper(b, "(lambda (tag f) (catch tag (funcall f)))"), toLisp(tag, b), thunk), b));
      return normal ? result : thrown;
    },
    /** Runs BODY, then CLEANUP however BODY exits (Lisp unwind-protect semantics in JS terms). */
    unwind_protect: (body: () => unknown, cleanup: () => void): unknown => {
      try { return body(); } finally { cleanup(); }
    },
    /** The world's Env, for embedding code that needs the low-level API. */
    env: b.env,
  };

  // Property name -> function, so `lisp.car` in a loop costs one Map lookup.
  const byProp = new Map<string, unknown>();
  for (const k of Object.keys(builtins)) byProp.set(k, builtins[k]);
  const lisp = new Proxy(builtins, {
    get(_target, prop) {
      if (typeof prop !== "string") return undefined;
      let v = byProp.get(prop);
      if (v === undefined) {
        // Never look like a thenable: `await lisp` must not call a Lisp function named `then'.
        if (prop === "then") return undefined;
        v = fn(lispName(prop));
        byProp.set(prop, v);
      }
      return v;
    },
    has(target, prop) {
      if (typeof prop !== "string") return false;
      if (Object.prototype.hasOwnProperty.call(target, prop)) return true;
      const s = b.env.obarray.get(lispName(prop));
      return s !== undefined && s.f !== NIL;
    },
    set() { return false; },
  });
  b.lispObjects.set(R, lisp);
  return lisp;
}

function entries(obj: Record<string, unknown> | Map<unknown, unknown>): [unknown, unknown][] {
  if (obj instanceof Map || Object.prototype.toString.call(obj) === "[object Map]") return [...(obj as Map<unknown, unknown>).entries()];
  return Object.entries(obj);
}

void E;
