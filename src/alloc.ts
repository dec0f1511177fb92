// Object constructors, the consing counters and garbage-collection reporting (GNU: alloc.c).
// V8 owns the heap, so `garbage-collect` reports what tsmacs can count; the dump issue refines this.
import * as v8 from "node:v8";
import { getHeapStatistics } from "node:v8";
import {
  Cons, LispObject, LSymbol, NIL, T, LRecord, ByteCode, LString, makeSymbol, list, LFloat, charToJs,
  defsym, MANY,
} from "./lisp.js";
import { defun, defvar } from "./defun.js";
import { funcall } from "./eval.js";
import { prin1ToString } from "./print.js";
import { LispSignal } from "./signal.js";
import { Vectorlike } from "./lisp.js";
import { E, findSymbolValue } from "./env.js";
import { checkNatnum, checkSymbol, checkString, checkCharacter, wrongType, argsOutOfRange, Qwholenump, error } from "./signal.js";

/** Per-world allocation counters (GNU: cons_cells_consed & co.). */
export interface AllocCounters {
  conses: number; floats: number; vectorCells: number; symbols: number; stringChars: number; intervals: number; strings: number;
  gcsDone: number; gcElapsed: number;
  /** The counters at the last collection (for garbage-collect-maybe). */
  conses0: number; vectorCells0: number; stringChars0: number;
}
export function counters(): AllocCounters {
  return (E.ext.alloc ??= { conses: 0, floats: 0, vectorCells: 0, symbols: 0, stringChars: 0, intervals: 0, strings: 0, gcsDone: 0, gcElapsed: 0,
    conses0: 0, vectorCells0: 0, stringChars0: 0 });
}

defun("cons", "(car cdr)", "Create a new cons, give it CAR and CDR as components, and return it.", (a, b) => {
  counters().conses++;
  return new Cons(a, b);
});
defun("list", "(&rest objects)", "Return a newly created list with specified arguments as elements.", (...xs: LispObject[]) => {
  counters().conses += xs.length;
  let r: LispObject = NIL;
  for (let i = xs.length - 1; i >= 0; i--) r = new Cons(xs[i], r);
  return r;
});
defun("make-list", "(length init)", "Return a newly created list of length LENGTH, with each element being INIT.", (len, init) => {
  const n = checkNatnum(len);
  counters().conses += n;
  let r: LispObject = NIL;
  for (let i = 0; i < n; i++) r = new Cons(init, r);
  return r;
});
defun("vector", "(&rest objects)", "Return a newly created vector with specified arguments as elements.", (...xs: LispObject[]) => {
  counters().vectorCells += xs.length;
  return xs;
});
defun("make-vector", "(length init)", "Return a newly created vector of length LENGTH, with each element being INIT.", (len, init) => {
  if (typeof len !== "number" || len < 0) return wrongType(Qwholenump, len);
  counters().vectorCells += len;
  return new Array(len).fill(init);
});
defun("make-string", "(length init &optional multibyte)", "Return a newly created string of length LENGTH, with INIT in each element.",
  (len, init, multibyte) => {
    const n = checkNatnum(len);
    const c = checkCharacter(init);
    counters().strings++; counters().stringChars += n;
    // One flat string by `repeat` (a per-character array joined by += made a 10M-character rope of 10M nodes).
    return new LString(charToJs(c).repeat(n), c > 127 || multibyte !== NIL);
  });
defun("make-symbol", "(name)", "Return a newly allocated uninterned symbol whose name is NAME.", (name) => {
  counters().symbols++;
  return makeSymbol(checkString(name).s);
});
defun("make-record", "(type slots init)", "Create a new record.", (type, slots, init) => {
  const n = checkNatnum(slots);
  counters().vectorCells += n + 1;
  return new LRecord([type, ...new Array<LispObject>(n).fill(init)]);
});
defun("record", "(type &rest slots)", "Create a new record.", (type, ...slots: LispObject[]) => {
  counters().vectorCells += slots.length + 1;
  return new LRecord([type, ...slots]);
});
defun("make-byte-code", "(arglist byte-code constants depth &optional docstring interactive-spec &rest elements)",
  "Create a byte-code object with specified arguments as elements.", (...xs: LispObject[]) => new ByteCode(xs));
defun("make-closure", "(prototype &rest closure-vars)", "Create a byte-code closure from PROTOTYPE and CLOSURE-VARS.",
  (proto, ...vars: LispObject[]) => {
    if (!(proto instanceof ByteCode)) return wrongType(defsym("byte-code-function-p"), proto);
    const slots = proto.slots.slice();
    const consts = Array.isArray(slots[2]) ? (slots[2] as LispObject[]).slice() : [];
    vars.forEach((v, i) => { consts[i] = v; });
    slots[2] = consts;
    return new ByteCode(slots);
  });
defun("purecopy", "(obj)", "Make a copy of object OBJ in pure storage (a no-op: tsmacs has no pure space).", (o) => o);

// --- the counters ----------------------------------------------------------------------------
const counterVar = (name: string, key: keyof AllocCounters, doc: string) =>
  defvar(name, 0, doc, { forward: () => ({ get: () => counters()[key], set: () => error(`Variable ${name} is read-only`) }) });
counterVar("cons-cells-consed", "conses", "Number of cons cells that have been consed so far.");
counterVar("floats-consed", "floats", "Number of floats that have been consed so far.");
counterVar("vector-cells-consed", "vectorCells", "Number of vector cells that have been consed so far.");
counterVar("symbols-consed", "symbols", "Number of symbols that have been consed so far.");
counterVar("string-chars-consed", "stringChars", "Number of string characters that have been consed so far.");
counterVar("intervals-consed", "intervals", "Number of intervals that have been consed so far.");
counterVar("strings-consed", "strings", "Number of strings that have been consed so far.");

// --- V8's collections as gcs-done and gc-elapsed ----------------------------------------------
// V8 collects on its own schedule (scavenges of the young generation, mark-compacts of the whole heap), so
// the honest equivalents of GNU's counters are V8's: every collection, and the main-thread time it took.
// v8.GCProfiler records them synchronously (PerformanceObserver 'gc' entries only arrive on an event-loop
// turn, never during a batch run), but it costs about 65 microseconds per collection (it snapshots every heap
// space before and after), up to 5% of a run that allocates heavily. So it starts only when someone asks:
// at the first read of gcs-done or gc-elapsed or the first garbage-collect (from then on the counts are V8's:
// `benchmark-run', which reads both before and after its body, gets true differences), or at start-up when
// the environment variable TSMACS_GC_STATS is set (the benchmark harness, for whole-run totals). Its records
// grow with every collection, so they are folded into totals at every read and once a minute.
// These totals are the process's (V8's heap is shared by every Lisp world in it), hence module-level; the
// per-world counters hold what explicit collections added before profiling started, and what Lisp set
// gcs-done to, as an offset.
const gcProcess = { profiler: null as v8.GCProfiler | null, started: false, count: 0, seconds: 0 };
/** Adds the profiler's records to the totals and restarts it. */
function foldGcStats(): void {
  const p = gcProcess.profiler;
  if (p === null) return;
  const r = p.stop();
  if (r && Array.isArray(r.statistics)) {
    for (const st of r.statistics) { gcProcess.count++; gcProcess.seconds += (st.cost ?? 0) / 1e6; }
  }
  p.start();
}
/** Starts counting V8's collections (once per process; a no-op where node has no GCProfiler). */
function startGcProfiler(): void {
  if (gcProcess.started || v8.startupSnapshot?.isBuildingSnapshot?.()) return;
  gcProcess.started = true;
  if (typeof v8.GCProfiler !== "function") return;
  gcProcess.profiler = new v8.GCProfiler();
  gcProcess.profiler.start();
  setInterval(foldGcStats, 60_000).unref();
}
// A profiler cannot live in the start-up snapshot: a process started from it looks at its own environment.
const startIfAsked = (): void => { if (process.env.TSMACS_GC_STATS) startGcProfiler(); };
if (v8.startupSnapshot?.isBuildingSnapshot?.()) v8.startupSnapshot.addDeserializeCallback(startIfAsked);
else startIfAsked();

/** Collections so far (GNU: gcs_done): V8's, when it reports them, else the explicit garbage-collect calls. */
function gcsDone(): number {
  startGcProfiler();
  foldGcStats();
  return gcProcess.count + counters().gcsDone;
}
/** Seconds spent collecting (GNU: gc_elapsed). */
function gcElapsed(): number {
  startGcProfiler();
  foldGcStats();
  return gcProcess.seconds + counters().gcElapsed;
}
defvar("gcs-done", 0, "Accumulated number of garbage collections done.", {
  // Setting it sets the count that later collections add to, as GNU's integer variable does.
  forward: () => ({ get: () => gcsDone(), set: (v) => { if (typeof v === "number") counters().gcsDone += v - gcsDone(); } }),
});
defvar("gc-elapsed", 0, "Accumulated time elapsed in garbage collections.", {
  // GNU recomputes the variable from its own accumulator at each collection, so a value set does not last.
  forward: () => ({ get: () => new LFloat(gcElapsed()), set: () => undefined }),
});
defvar("gc-cons-threshold", 800000, "Number of bytes of consing between garbage collections.");
defvar("gc-cons-percentage", () => new LFloat(0.1), "Portion of the heap used for allocation.");
defvar("garbage-collection-messages", NIL, "Non-nil means display messages at start and end of garbage collection.");
defvar("post-gc-hook", NIL, "Hook run after garbage collection has finished.");
defvar("memory-full", NIL, "Non-nil means Emacs cannot get much more Lisp memory.");

defun("memory-use-counts", "()", "Return a list of counters that measure how much consing there has been.", () => {
  const c = counters();
  return list(c.conses, c.floats, c.vectorCells, c.symbols, c.stringChars, c.intervals, c.strings);
});

defun("garbage-collect", "()", "Reclaim storage for Lisp objects no longer needed.", () => {
  const c = counters();
  startGcProfiler();
  foldGcStats();
  const start = performance.now();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  // With V8's records available the collection is counted there; otherwise count the explicit call.
  if (gcProcess.profiler === null || !gc) {
    c.gcElapsed += (performance.now() - start) / 1000;
    c.gcsDone++;
  }
  foldGcStats();
  c.conses0 = c.conses; c.vectorCells0 = c.vectorCells; c.stringChars0 = c.stringChars;
  // Finalizers and post-gc-hook run after the collection, as in GNU. V8 reports dead finalizers between
  // event-loop turns, so a finalizer runs at the first collection or idle point after V8 noticed.
  runPendingFinalizers();
  funcall(E.intern("run-hooks"), E.intern("post-gc-hook"));
  const heap = getHeapStatistics();
  // GNU's shape: ((NAME SIZE USED FREE)...). tsmacs reports counts it tracks and V8's heap in bytes.
  const used = heap.used_heap_size;
  const free = Math.max(0, heap.total_heap_size - used);
  const syms = E.obarray.size;
  return list(
    list(defsym("conses"), 16, c.conses, 0),
    list(defsym("symbols"), 48, syms, 0),
    list(defsym("strings"), 32, c.strings, 0),
    list(defsym("string-bytes"), 1, c.stringChars),
    list(defsym("vectors"), 16, c.vectorCells),
    list(defsym("vector-slots"), 8, c.vectorCells, 0),
    list(defsym("floats"), 8, c.floats, 0),
    list(defsym("intervals"), 56, c.intervals, 0),
    list(defsym("buffers"), 992, 1),
    list(defsym("heap"), 1024, Math.floor(used / 1024), Math.floor(free / 1024)),
  );
});
defun("memory-info", "()", "Return a list of (TOTAL-RAM FREE-RAM TOTAL-SWAP FREE-SWAP) in KiB.", () => {
  const os = process.memoryUsage();
  return list(Math.floor(os.rss / 1024), 0, 0, 0);
});
export { T, LString, LSymbol, checkSymbol, argsOutOfRange, MANY };

// --- finalizers (GNU: make-finalizer; run after a collection, never inside one) ----------------
/** A finalizer object: `(make-finalizer FUNCTION)`. FUNCTION runs once after the object becomes garbage. */
export class Finalizer extends Vectorlike {
  readonly lispType = "finalizer";
  constructor(public fn: LispObject) { super(); }
}
function finalizerState(): { registry: FinalizationRegistry<LispObject>; pending: LispObject[] } {
  return (E.ext.finalizers ??= (() => {
    const st = { pending: [] as LispObject[], registry: undefined as unknown as FinalizationRegistry<LispObject> };
    st.registry = new FinalizationRegistry<LispObject>((fn) => { st.pending.push(fn); });
    return st;
  })());
}
defun("make-finalizer", "(function)", "Make a finalizer that will run FUNCTION.", (fn) => {
  const f = new Finalizer(fn);
  // The registry holds FUNCTION, not the finalizer, so the finalizer itself can be collected.
  finalizerState().registry.register(f, fn);
  return f;
});
/** Runs finalizers whose objects were collected (GNU: run_finalizers). Errors are reported, not raised. */
export function runPendingFinalizers(): void {
  const st = E.ext.finalizers as { pending: LispObject[] } | undefined;
  if (!st || st.pending.length === 0) return;
  const fns = st.pending.splice(0);
  for (const fn of fns) {
    try { funcall(fn); } catch (e) {
      if (e instanceof LispSignal) E.stderr.write(`finalizer failed: ${prin1ToString(new Cons(e.sym, e.data))}\n`);
      else throw e;
    }
  }
}
defun("garbage-collect-maybe", "(factor)", "Call `garbage-collect' if enough allocation happened.", (factor) => {
  // GNU: collect when the bytes consed since the last collection exceed gc-cons-threshold / FACTOR.
  const f = checkNatnum(factor);
  const c = counters();
  const threshold = findSymbolValue(E.intern("gc-cons-threshold"));
  const consed = (c.conses - c.conses0) * 16 + (c.vectorCells - c.vectorCells0) * 8 + (c.stringChars - c.stringChars0);
  if (f > 0 && typeof threshold === "number" && consed >= threshold / f) {
    funcall(E.intern("garbage-collect"));
    return T;
  }
  return NIL;
});
