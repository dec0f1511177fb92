// Evaluating JavaScript and TypeScript in a world's JS context, and waiting for promises (GNU: no
// counterpart; emacs-ng's eval-js family and its top-level-await rule are the model).
//
// Source that parses as a script runs as one, and its value is the value of its last expression statement
// (like `eval`). Source with ES module syntax (import/export) or top-level await runs as a module through
// the loader, and its value is its default export (nil without one). Either way, the context's microtasks
// are drained afterwards, so a module whose top-level await needs no I/O has finished when this returns;
// one still waiting for I/O or timers yields its promise (wait with `js-await', or chain with `js-call').
import type { Script } from "node:vm";
import { dirname, resolve as resolvePath } from "node:path";
import { Bridge } from "./convert.js";
import { jsContext, JsContext, Settlement, defaultDirectory } from "./context.js";
import { ModuleRecord, Loader, esbuild, loaderFor, rewriteMeta, vm } from "./modules.js";
import { JsWorker, jsWorker, hasModuleSyntax } from "./worker.js";
import { readFileSync } from "node:fs";

export interface EvalJsOptions {
  /** Treat the source as TypeScript. */
  typescript?: boolean;
  /** Run in the world's worker thread; the value is a promise `js-await` can block on. */
  worker?: boolean;
  /** The file the source comes from (for messages and for resolving relative imports). */
  filename?: string;
}

/** Evaluates CODE in world B's context; returns the JS value (a promise when top-level await is pending). */
export function evalJs(b: Bridge, code: string, opts: EvalJsOptions = {}): unknown {
  const jc = jsContext(b);
  const loader: Loader = opts.typescript ? "ts" : opts.filename ? loaderFor(opts.filename) : "js";
  const filename = opts.filename ?? jc.modules.anonymousName(defaultDirectory(b), loader);
  if (opts.worker) return jsWorker(b).run(code, filename, loader, hasModuleSyntax(code));
  let js = code;
  if (loader !== "js") js = esbuild().transformSync(code, { loader, sourcefile: filename, target: "node20", logLevel: "silent" }).code;
  let script: Script | undefined;
  try {
    // A block of its own: top-level let/const/class are fresh at each evaluation (re-evaluating a buffer
    // works), while var and function declarations still land on the context's global object; the block's
    // completion value is the script's value.
    script = new (vm().Script)(`{\n${rewriteMeta(js)}\n}`, { filename, lineOffset: -1 });
  } catch (e) {
    if (!isModuleSyntaxError(e, js)) throw e;
  }
  if (script !== undefined) return script.runInContext(jc.context, { displayErrors: false });
  const awaited = awaitExpression(jc, js, filename);
  if (awaited !== undefined) return awaited;
  return moduleResult(jc, jc.modules.evalSource(code, filename, loader));
}

/** Evaluates FILE as a module (re-evaluated at each call; its imports come from the module cache). */
export function evalJsFile(b: Bridge, file: string, opts: { typescript?: boolean; worker?: boolean } = {}): unknown {
  const jc = jsContext(b);
  const abs = jc.modules.resolveFile(resolvePath(defaultDirectory(b), file));
  if (opts.worker) return jsWorker(b).run(readFileSync(abs, "utf8"), abs, opts.typescript ? "ts" : loaderFor(abs), true);
  return moduleResult(jc, jc.modules.loadFile(abs, true, opts.typescript ? "ts" : undefined));
}

/**
 * CODE that is a single expression using await (`await fetch(url)`), evaluated as an async arrow function so
 * that its value is known: the value once the microtasks ran, or the promise when it waits for I/O. Returns
 * undefined when CODE is not such an expression.
 */
function awaitExpression(jc: JsContext, js: string, filename: string): unknown {
  let script: Script;
  try {
    script = new (vm().Script)(`(async () => (\n${rewriteMeta(js)}\n))()`, { filename, lineOffset: -1 });
  } catch {
    return undefined;
  }
  const p = script.runInContext(jc.context, { displayErrors: false });
  const s = settle(jc, p);
  if (s.state === 1) return s.value;
  if (s.state === 2) throw s.value;
  return p;
}

/** Whether a script's syntax error may come from module syntax or top-level await (then try those). */
function isModuleSyntaxError(e: unknown, src: string): boolean {
  if ((e as Error)?.name !== "SyntaxError") return false;
  return /\bimport\b|\bexport\b|\bawait\b/.test((e as Error).message) || /\bawait\b|^\s*(import|export)\b/m.test(src);
}

/** What a module evaluates to: its default export (ES modules) or module.exports (CommonJS), else undefined. */
function moduleValue(rec: ModuleRecord): unknown {
  const ex = rec.module.exports;
  if (rec.esm) return ex.default;
  if (ex !== null && typeof ex === "object" && Object.keys(ex).length === 0 && Object.getPrototypeOf(ex) === Object.prototype) return undefined;
  return ex;
}

function moduleResult(jc: JsContext, rec: ModuleRecord): unknown {
  if (rec.promise === undefined) return moduleValue(rec);
  const s = settle(jc, rec.promise);
  if (s.state === 1) return moduleValue(rec);
  if (s.state === 2) throw s.value;
  return jc.after(rec.promise, () => moduleValue(rec));
}

const settlements = new WeakMap<object, Settlement>();

/** Whether X is a promise or other thenable. */
export function isThenable(x: unknown): x is PromiseLike<unknown> {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

/** The state of promise P after running every microtask that can run now. */
export function settle(jc: JsContext, p: unknown): Settlement {
  let rec = settlements.get(p as object);
  if (rec === undefined) {
    rec = { state: 0, value: undefined };
    jc.track(p, rec);
    settlements.set(p as object, rec);
  }
  // Adopting a thenable takes a few microtask turns; each drain runs until the queue is empty.
  if (rec.state === 0) jc.drain();
  return rec;
}

export interface AwaitResult extends Settlement {
  /** Why a promise is still pending: it needs the main event loop, the time ran out, or the user quit. */
  why?: "pending" | "timeout" | "quit";
}

/**
 * Waits for promise P: runs the context's microtasks, and while the world's worker has tasks running, blocks
 * on it (answering its Lisp calls) until P settles, TIMEOUT_MS passes or QUIT says to stop.
 */
export function awaitPromise(b: Bridge, p: unknown, timeoutMs: number | undefined, quit: () => boolean): AwaitResult {
  const jc = jsContext(b);
  const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  for (;;) {
    const s = settle(jc, p);
    if (s.state !== 0) return s;
    const w = jc.worker as JsWorker | undefined;
    // While answering a worker's Lisp call, the worker itself is blocked: waiting for it would never end.
    if (w === undefined || w.pendingTasks === 0 || w.serving > 0) return { state: 0, value: undefined, why: "pending" };
    if (quit()) return { state: 0, value: undefined, why: "quit" };
    const left = deadline - Date.now();
    if (left <= 0) return { state: 0, value: undefined, why: "timeout" };
    w.waitForMessage(Math.min(left, 50));
    w.pump();
    jc.drain();
  }
}

export { dirname, jsContext };
