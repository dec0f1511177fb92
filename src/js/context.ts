// Each world's JavaScript realm: a `vm` context with its own microtask queue, Node's globals, `lisp` and
// `require`; draining that queue, JS timers, unhandled rejections (GNU: no counterpart; emacs-ng's
// js-tick-rate loop is the model).
//
// Why a separate realm: Lisp runs synchronously on the main thread, and the main microtask queue only runs
// when the JS stack is empty, so Lisp could never see a promise settle. A context created with
// microtaskMode "afterEvaluate" has a queue of its own that we can drain at any time (running an empty script
// in it), so promise chains that need no I/O settle while Lisp waits (`js-await`, top-level await). Callbacks
// that Node's event loop delivers later (timers, I/O, main-realm promises) land in that queue too and are
// drained: after our wrapped timers, whenever a main-realm promise settles (a V8 promise hook), before the
// process would exit, and every `js-tick-rate` seconds as a fallback. Two worlds also get two realms, so
// JS globals are as isolated as Lisp state.
import type { Context, Script } from "node:vm";
import v8 from "node:v8";
import { LString, mkStr } from "../lisp.js";
import { findSymbolValue } from "../env.js";
import { funcall } from "../eval.js";
import { Bridge, LispError, Realm, callIntoLisp } from "./convert.js";
import { makeLispObject } from "./proxy.js";
import { ModuleLoader, vm } from "./modules.js";

export interface Settlement { state: 0 | 1 | 2; value: unknown }

export class JsContext {
  readonly context: Context;
  /** The context's globalThis. */
  readonly global: any;
  readonly realm: Realm;
  readonly modules: ModuleLoader;
  /** Records a thenable's outcome in REC; the callbacks are the context's, so draining its queue runs them. */
  readonly track: (p: unknown, rec: Settlement) => void;
  /** Chains F after promise P inside the context (same reason as `track`). */
  readonly after: (p: unknown, f: () => unknown) => unknown;
  private readonly drainScript: Script = new (vm().Script)("void 0");
  private tick: ReturnType<typeof setTimeout> | undefined;
  dead = false;
  /** The world's worker thread (src/js/worker.ts), started on first use. */
  worker: { terminate(): void } | undefined;

  constructor(readonly b: Bridge) {
    this.context = vm().createContext({}, { name: "tsmacs", microtaskMode: "afterEvaluate" });
    const g = this.global = vm().runInContext("globalThis", this.context);
    this.realm = vm().runInContext("({ Array, Object, Map })", this.context);
    this.track = vm().runInContext(`(p, rec) => { Promise.resolve(p).then(
      (v) => { rec.state = 1; rec.value = v; }, (e) => { rec.state = 2; rec.value = e; }); }`, this.context);
    this.after = vm().runInContext("(p, f) => Promise.resolve(p).then(() => f())", this.context);
    copyHostGlobals(g);
    // queueMicrotask must queue into this context's queue, which Node's version does not.
    vm().runInContext(`globalThis.queueMicrotask = (f) => { Promise.resolve().then(() => f()); };`, this.context);
    const wrapTimer = <A extends unknown[], R>(real: (cb: (...a: any[]) => void, ...rest: A) => R) =>
      (cb: unknown, ...rest: A): R => real(typeof cb === "function" ? this.callback(cb as (...a: unknown[]) => unknown, "timer") : cb as any, ...rest);
    g.setTimeout = wrapTimer(setTimeout);
    g.setInterval = wrapTimer(setInterval);
    g.setImmediate = wrapTimer(setImmediate);
    g.global = g;
    this.modules = new ModuleLoader(this);
    g.lisp = makeLispObject(b, this.realm);
    const loader = this.modules;
    const req = (spec: string): unknown => loader.require(spec, loader.defaultDir());
    req.resolve = (spec: string): string => loader.resolve(spec, loader.defaultDir());
    g.require = req;
    // Scripts have no module of their own: their import() resolves from default-directory.
    g.__tsmacs_dynamic_import = (spec: string): Promise<unknown> => loader.dynamicImport(spec, loader.defaultDir());
    g.__tsmacs_import_meta = undefined;
    liveContexts.add(new WeakRef(this));
    installProcessHooks();
    this.scheduleTick();
  }

  /** Runs the context's pending microtasks now. */
  drain(): void {
    if (!this.dead) this.drainScript.runInContext(this.context);
  }

  /** Wraps a callback that Node's event loop will call: errors are reported, not fatal; microtasks drain after. */
  callback(cb: (...a: unknown[]) => unknown, what: string): (...a: unknown[]) => void {
    const jc = this;
    return function (this: unknown, ...a: unknown[]): void {
      try { cb.apply(this, a); } catch (e) { reportJsError(jc.b, e, `Error in JavaScript ${what}`); } finally { jc.drain(); }
    };
  }

  private scheduleTick(): void {
    const rate = this.b.tickRate;
    if (this.dead || !(rate > 0)) { this.tick = undefined; return; }
    // Unref'd: the fallback tick never keeps the process alive by itself.
    this.tick = setTimeout(() => { this.drain(); this.scheduleTick(); }, Math.max(1, rate * 1000));
    this.tick.unref();
  }
  /** Restarts the periodic drain after js-tick-rate changed. */
  retick(): void {
    if (this.tick !== undefined) clearTimeout(this.tick);
    this.scheduleTick();
  }

  /** Drops this realm (js-cleanup): its timers stay as they are, its queue is no longer drained, its worker ends. */
  destroy(): void {
    this.dead = true;
    if (this.tick !== undefined) clearTimeout(this.tick);
    this.worker?.terminate();
  }
}

/** The world's JS context, made on first use. */
export function jsContext(b: Bridge): JsContext {
  return (b.context ??= new JsContext(b)) as JsContext;
}

/** Makes Node's globals (console, process, Buffer, fetch, URL, TextEncoder...) visible in context global G. */
function copyHostGlobals(g: any): void {
  const own = new Set(Object.getOwnPropertyNames(g));
  const host = globalThis as any;
  for (const name of Object.getOwnPropertyNames(host)) {
    if (own.has(name) || name === "global" || name === "globalThis") continue;
    const d = Object.getOwnPropertyDescriptor(host, name)!;
    if ("value" in d) Object.defineProperty(g, name, { value: d.value, writable: true, configurable: true, enumerable: false });
    // Node defines some globals lazily (fetch, crypto, navigator): read them from the host when used.
    else Object.defineProperty(g, name, {
      get: () => host[name],
      set(v) { Object.defineProperty(g, name, { value: v, writable: true, configurable: true }); },
      configurable: true, enumerable: false,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Process-wide hooks (one set for all worlds): draining after host promises settle and before exit, and
// reporting unhandled rejections instead of crashing.
// ---------------------------------------------------------------------------------------------
const liveContexts = new Set<WeakRef<JsContext>>();
let hooksInstalled = false;
let drainQueued = false;

function drainAll(): void {
  for (const ref of liveContexts) {
    const jc = ref.deref();
    if (jc === undefined || jc.dead) { liveContexts.delete(ref); continue; }
    jc.drain();
  }
}

function installProcessHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  v8.promiseHooks.onSettled(() => {
    if (drainQueued) return;
    drainQueued = true;
    queueMicrotask(() => { drainQueued = false; drainAll(); });
  });
  process.on("beforeExit", drainAll);
  process.on("unhandledRejection", (reason, promise) => {
    for (const ref of liveContexts) {
      const jc = ref.deref();
      if (jc === undefined || jc.dead) continue;
      if (promise instanceof jc.global.Promise || liveContexts.size === 1) {
        reportJsError(jc.b, reason, "Unhandled JavaScript promise rejection");
        return;
      }
    }
    // Not one of ours and nobody else listening: keep Node's default (fatal) behaviour for the host.
    if (process.listenerCount("unhandledRejection") === 1) process.nextTick(() => { throw reason; });
  });
}

/** The message a JS exception is reported with. */
export function describeException(e: unknown): string {
  if (e instanceof LispError) return e.message;
  if (e !== null && typeof e === "object" && typeof (e as Error).message === "string") {
    const n = (e as Error).name;
    return n ? `${n}: ${(e as Error).message}` : (e as Error).message;
  }
  try { return String(e); } catch { return "(unprintable value)"; }
}

/** Reports an error that happened outside any Lisp call, like the command loop reports a Lisp error. */
export function reportJsError(b: Bridge, e: unknown, context: string): void {
  const text = `${context}: ${describeException(e)}`;
  try {
    callIntoLisp(b, () => funcall(b.env.intern("message"), mkStr("%s"), LString.fromJs(text)));
  } catch {
    process.stderr.write(text + "\n");
  }
}

/** The value of `default-directory` as a plain path, or the process's directory. */
export function defaultDirectory(b: Bridge): string {
  const s = b.env.obarray.get("default-directory");
  if (s === undefined) return process.cwd();
  const v = callIntoLisp(b, () => findSymbolValue(s));
  return v instanceof LString ? v.s : process.cwd();
}
