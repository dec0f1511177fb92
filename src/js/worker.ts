// JavaScript in a worker thread that Lisp can wait for: the way to block on I/O with a timeout, since the
// main thread's event loop cannot turn while Lisp runs (GNU: no counterpart; emacs-ng's blocking top-level
// await is the model, its effect obtained with a thread).
//
// Each world has at most one worker, started on first use. `(eval-js CODE :worker t)` compiles CODE on the
// main thread (esbuild bundles its relative imports and TypeScript; packages stay imports, resolved to
// absolute paths) and sends it to the worker, which runs it with its own event loop: timers, fetch, fs
// promises all progress. The result is a promise on the main side; `js-await` blocks on it with
// Atomics.wait, and meanwhile answers the worker's `lisp.*` calls, which are synchronous for the worker
// (it posts the call and waits on a shared flag). Values cross by structured clone; Lisp objects that have
// no JS form cross as handles ({type, repr} plus an id the main side maps back to the object), released
// when the worker drops them. Limits: JS functions cannot cross in either direction, and `lisp.defun` is
// not available in the worker.
import type { Worker as WorkerT, MessagePort } from "node:worker_threads";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { LispObject, LSymbol, NIL, T } from "../lisp.js";
import { funcall, evalForm } from "../eval.js";
import { readAll } from "../lread.js";
import { prin1ToString } from "../print.js";
import { Bridge, LispError, callIntoLisp, toJs, toLisp } from "./convert.js";
import { jsContext, JsContext } from "./context.js";
import { esbuild, Loader } from "./modules.js";

const WORKER_SOURCE = String.raw`
const { workerData, receiveMessageOnPort } = require("node:worker_threads");
const { rpcPort, taskPort, sab } = workerData;
const flags = new Int32Array(sab);
globalThis.require = require;
const wakeMain = () => { Atomics.store(flags, 0, 1); Atomics.notify(flags, 0); };
class LispError extends Error {
  constructor(e) { super(e.message); this.name = "LispError"; this.symbol = e.symbol; this.data = e.data; this.conditions = e.conditions || []; }
  is(c) { return this.conditions.includes(c); }
}
const pending = [];
const released = new FinalizationRegistry((id) => {
  if (pending.push(id) === 1) setTimeout(() => { rpcPort.postMessage({ t: "release", ids: pending.splice(0) }); wakeMain(); }, 0).unref();
});
class LispHandle {
  constructor(h) { this.__tsmacsHandle = h.__tsmacsHandle; this.type = h.type; this.repr = h.repr; released.register(this, h.__tsmacsHandle); }
  toString() { return this.repr; }
  [Symbol.for("nodejs.util.inspect.custom")]() { return "[Lisp " + this.repr + "]"; }
}
const revive = (v) => {
  if (Array.isArray(v)) return v.map(revive);
  if (v !== null && typeof v === "object" && typeof v.__tsmacsHandle === "number") return new LispHandle(v);
  return v;
};
let nextId = 0;
function rpc(msg) {
  msg.id = ++nextId;
  rpcPort.postMessage(msg);
  wakeMain();
  for (;;) {
    const r = receiveMessageOnPort(rpcPort);
    if (r) {
      const m = r.message;
      if (m.id !== msg.id) continue;
      if (m.ok) return revive(m.value);
      throw new LispError(m.value);
    }
    Atomics.wait(flags, 1, 0);
    Atomics.store(flags, 1, 0);
  }
}
const lispName = (p) => (p.includes("-") ? p : p.replace(/_/g, "-"));
const call = (name, args) => rpc({ t: "call", name, args });
const symbolsOf = (prefix) => new Proxy({}, { get: (_t, p) => (typeof p === "string" ? call("intern", [prefix + lispName(p)]) : undefined) });
const sym = (s) => (typeof s === "string" ? call("intern", [s]) : s);
const builtins = {
  fn: (name) => (...a) => call(name, a),
  evalString: (src) => rpc({ t: "eval", src }),
  symbols: symbolsOf(""),
  keywords: symbolsOf(":"),
  setq: (s, v) => call("set", [sym(s), v]),
  symbolValue: (s) => call("symbol-value", [sym(s)]),
  LispError,
  isProxy: (x) => x instanceof LispHandle,
};
const fns = new Map();
globalThis.lisp = new Proxy(builtins, {
  get(t, p) {
    if (typeof p !== "string" || p === "then") return undefined;
    if (Object.prototype.hasOwnProperty.call(t, p)) return t[p];
    let f = fns.get(p);
    if (!f) { const n = lispName(p); f = (...a) => call(n, a); fns.set(p, f); }
    return f;
  },
});
const describe = (e) => (e && typeof e === "object"
  ? { name: e.name, message: String(e.message), stack: typeof e.stack === "string" ? e.stack : undefined, symbol: e.symbol }
  : { name: "", message: String(e) });
const AsyncFunction = (async () => {}).constructor;
taskPort.on("message", async (m) => {
  let ok = true, value;
  try {
    revive(m.args);
    if (m.kind === "module") value = (await import(m.url)).default;
    else {
      let f;
      try { f = new AsyncFunction("return (" + m.code + "\n)"); } catch { f = new AsyncFunction(m.code); }
      value = await f();
    }
  } catch (e) { ok = false; value = describe(e); }
  try { rpcPort.postMessage({ t: "done", task: m.task, ok, value }); }
  catch (e) { rpcPort.postMessage({ t: "done", task: m.task, ok: false, value: describe(e) }); }
  wakeMain();
});
`;

type WorkerThreads = typeof import("node:worker_threads");
const threads = (): WorkerThreads => process.getBuiltinModule("node:worker_threads") as WorkerThreads;

interface Task { resolve(v: unknown): void; reject(e: unknown): void; done: boolean }

/** A thrown value from the worker, rebuilt as an Error on the main side. */
class WorkerError extends Error {
  constructor(d: { name?: string; message: string; stack?: string; symbol?: string }) {
    super(d.message);
    this.name = d.name || "Error";
    if (d.stack) this.stack = d.stack;
  }
}

export class JsWorker {
  private readonly worker: WorkerT;
  private readonly rpc: MessagePort;
  private readonly taskPort: MessagePort;
  private readonly flags: Int32Array;
  private readonly tasks = new Map<number, Task>();
  private readonly handles = new Map<number, LispObject>();
  /** Task promises (of the JS context's realm) -> task ids, so js-await knows what it may block on. */
  readonly promises = new WeakMap<object, number>();
  /** How many worker requests the main thread is answering right now (the worker waits for each). */
  serving = 0;
  private nextTask = 0;
  private nextHandle = 0;
  private tmp: string | undefined;

  constructor(private readonly b: Bridge, private readonly jc: JsContext) {
    const { Worker, MessageChannel } = threads();
    const sab = new SharedArrayBuffer(8);
    this.flags = new Int32Array(sab);
    const rpc = new MessageChannel();
    const task = new MessageChannel();
    this.rpc = rpc.port1;
    this.taskPort = task.port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true, workerData: { rpcPort: rpc.port2, taskPort: task.port2, sab }, transferList: [rpc.port2, task.port2],
    });
    // Messages that arrive while Lisp is idle are handled by the event loop; during js-await, by `pump`.
    this.rpc.on("message", jc.callback((m) => this.handle(m as Message), "worker message"));
    this.idle();
  }

  /** Starts CODE in the worker; returns a promise of the JS context's realm for its result. */
  run(code: string, filename: string, loader: Loader, module: boolean): unknown {
    const id = ++this.nextTask;
    let task!: Task;
    const P = this.jc.global.Promise as PromiseConstructor;
    const p = new P((resolve, reject) => { task = { resolve, reject, done: false }; });
    this.tasks.set(id, task);
    this.promises.set(p, id);
    if (module) {
      this.tmp ??= mkdtempSync(join(tmpdir(), "tsmacs-worker-"));
      const file = join(this.tmp, `task-${id}.mjs`);
      writeFileSync(file, bundleForWorker(code, filename, loader, this.jc));
      this.taskPort.postMessage({ t: "run", task: id, kind: "module", url: pathToFileURL(file).href });
    } else {
      const js = loader === "js" ? code : esbuild().transformSync(code, { loader, target: "node20", logLevel: "silent" }).code;
      this.taskPort.postMessage({ t: "run", task: id, kind: "script", code: js });
    }
    this.busy();
    return p;
  }

  get pendingTasks(): number { return this.tasks.size; }

  /** Handles every message already sent by the worker. */
  pump(): void {
    const { receiveMessageOnPort } = threads();
    for (let r = receiveMessageOnPort(this.rpc); r !== undefined; r = receiveMessageOnPort(this.rpc)) this.handle(r.message as Message);
  }

  /** Blocks up to MS milliseconds for the worker to send something (returns early when it does). */
  waitForMessage(ms: number): void {
    Atomics.wait(this.flags, 0, 0, Math.max(0, ms));
    Atomics.store(this.flags, 0, 0);
  }

  terminate(): void {
    void this.worker.terminate();
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
  }

  private busy(): void { this.worker.ref(); this.rpc.ref(); }
  private idle(): void { this.worker.unref(); this.rpc.unref(); }

  private handle(m: Message): void {
    switch (m.t) {
      case "done": {
        const task = this.tasks.get(m.task);
        if (task === undefined) return;
        this.tasks.delete(m.task);
        if (m.ok) task.resolve(this.revive(m.value)); else task.reject(new WorkerError(m.value as { message: string }));
        if (this.tasks.size === 0) this.idle();
        return;
      }
      case "release":
        for (const id of m.ids) this.handles.delete(id);
        return;
      default: {
        let reply: { id: number; ok: boolean; value: unknown };
        this.serving++;
        try {
          const v = callIntoLisp(this.b, () => this.serve(m));
          reply = { id: m.id, ok: true, value: this.encode(v) };
        } catch (e) {
          reply = { id: m.id, ok: false, value: errorForWorker(e) };
        } finally {
          this.serving--;
        }
        this.rpc.postMessage(reply);
        Atomics.store(this.flags, 1, 1);
        Atomics.notify(this.flags, 1);
      }
    }
  }

  /** Runs one Lisp request of the worker. */
  private serve(m: Message & { t: "call" | "eval" }): LispObject {
    if (m.t === "eval") {
      let v: LispObject = NIL;
      for (const form of readAll(m.src)) v = evalForm(form, T);
      return v;
    }
    const args = (m.args as unknown[]).map((a) => this.decode(a));
    return funcall(this.b.env.intern(m.name), ...args);
  }

  /** A Lisp value as something structured clone can carry. */
  private encode(v: LispObject): unknown {
    const js = toJs(v, this.b);
    if (js === null || typeof js !== "object" && typeof js !== "function") return js;
    return this.handleFor(v);
  }
  private handleFor(v: LispObject): unknown {
    const id = ++this.nextHandle;
    this.handles.set(id, v);
    return { __tsmacsHandle: id, type: (funcall(this.b.env.intern("type-of"), v) as LSymbol).name, repr: prin1ToString(v) };
  }
  /** A value from the worker as a main-side JS value: handles become proxies of their Lisp objects. */
  private revive(v: unknown): unknown {
    if (Array.isArray(v)) return v.map((x) => this.revive(x));
    if (v !== null && typeof v === "object" && typeof (v as { __tsmacsHandle?: unknown }).__tsmacsHandle === "number") {
      const obj = this.handles.get((v as { __tsmacsHandle: number }).__tsmacsHandle);
      if (obj === undefined) throw new Error("tsmacs: a Lisp handle used after its release");
      return toJs(obj, this.b);
    }
    return v;
  }
  /** A value from the worker as Lisp. */
  private decode(v: unknown): LispObject {
    return toLisp(this.revive(v), this.b);
  }
}

type Message =
  | { t: "done"; task: number; ok: boolean; value: unknown }
  | { t: "release"; ids: number[] }
  | { t: "call"; id: number; name: string; args: unknown[] }
  | { t: "eval"; id: number; src: string };

function errorForWorker(e: unknown): unknown {
  if (e instanceof LispError) return { symbol: e.symbol, message: e.message, conditions: e.conditions };
  const err = e as Error;
  return { symbol: "js-error", message: err && typeof err.message === "string" ? `${err.name}: ${err.message}` : String(e), conditions: ["js-error", "error"] };
}

/**
 * CODE as one ES module file for the worker: esbuild bundles its relative imports (TypeScript included);
 * package and file imports left in the output are rewritten to absolute URLs, since the file is written to a
 * temporary directory.
 */
function bundleForWorker(code: string, filename: string, loader: Loader, jc: JsContext): string {
  const dir = dirname(filename);
  const r = esbuild().buildSync({
    stdin: { contents: code, resolveDir: dir, sourcefile: filename, loader },
    bundle: true, write: false, format: "esm", platform: "node", target: "node20", packages: "external", logLevel: "silent",
  });
  const text = r.outputFiles![0].text;
  const absolute = (spec: string): string => {
    const p = jc.modules.resolve(spec, dir);
    return p === spec ? spec : pathToFileURL(p).href;
  };
  return text
    .replace(/^(import\s[^;'"]*?from\s*|import\s*|export\s[^;'"]*?from\s*)"((?:[^"\\\n]|\\.)*)"/gm, (_all, head: string, spec: string) => `${head}${JSON.stringify(absolute(spec))}`)
    .replace(/\bimport\s*\(\s*"((?:[^"\\\n]|\\.)*)"\s*\)/g, (_all, spec: string) => `import(${JSON.stringify(absolute(spec))})`);
}

/** The world's worker, started on first use. */
export function jsWorker(b: Bridge): JsWorker {
  const jc = jsContext(b);
  return (jc.worker ??= new JsWorker(b, jc)) as JsWorker;
}

/** Whether SOURCE uses ES module syntax (then it runs as a module; otherwise as an async function body). */
export function hasModuleSyntax(source: string): boolean {
  return /^\s*(import\s*[\w*{"']|export\s)/m.test(source);
}
