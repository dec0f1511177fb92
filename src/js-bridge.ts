// The Lisp side of the JavaScript bridge: eval-js and friends, js-await, property access on JS objects, the
// JS init file (GNU: no counterpart; emacs-ng's js.rs primitives are the model for names and arguments).
import { homedir } from "node:os";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { Cons, LispObject, LString, LSymbol, NIL, T, LFloat, defsym, list, mkStr, listToArray } from "./lisp.js";
import { defun, defvar } from "./defun.js";
import { E, Env, findSymbolValue } from "./env.js";
import { checkString, error, raise, xsignal, Qerror_conditions, Qerror_message } from "./signal.js";
import { funcall } from "./eval.js";
import { putProp } from "./compile/runtime.js";
import { prin1ToString } from "./print.js";
import { Bridge, bridgeOf, JsObject, jsExceptionToLisp, toJs, toLisp, callIntoLisp } from "./js/convert.js";
import { lispHelper } from "./js/proxy.js";
import { evalJs, evalJsFile, isThenable, awaitPromise } from "./js/eval-js.js";
import { jsContext, reportJsError } from "./js/context.js";

const QCtypescript = defsym(":typescript");
const QCfilename = defsym(":filename");
const QCworker = defsym(":worker");
const QCjs_tick_rate = defsym(":js-tick-rate");

defvar("js-tick-rate", 0.1, `Seconds between two runs of JavaScript's pending promise callbacks.
Callbacks normally run as soon as Node's event loop delivers the work they wait for; this periodic run
catches the rest (callbacks made runnable by event emitters).  0 or nil disables it.`, {
  forward: (env: Env) => ({
    get: () => bridgeOf(env).tickRateValue,
    set: (v: LispObject) => {
      const b = bridgeOf(env);
      b.tickRateValue = v;
      b.tickRate = typeof v === "number" ? v : v instanceof LFloat ? v.n : 0;
      b.context?.retick();
    },
  }),
});

/** Runs a JS evaluation from Lisp: JS exceptions become Lisp signals, the result is converted. */
function fromJs(b: Bridge, f: () => unknown): LispObject {
  let v: unknown;
  try {
    v = f();
  } catch (e) {
    throw jsExceptionToLisp(e);
  }
  return toLisp(v, b);
}

/** Keyword arguments (:typescript t :filename F :worker t) of the eval-js family. */
function evalOptions(args: LispObject[]): { typescript: boolean; filename?: string; worker?: boolean } {
  if (args.length % 2 !== 0) error("Keyword arguments must come in pairs: :typescript t, :filename FILE, :worker t");
  const opts: { typescript: boolean; filename?: string; worker?: boolean } = { typescript: false };
  for (let i = 0; i < args.length; i += 2) {
    const k = args[i], v = args[i + 1];
    if (k === QCtypescript) opts.typescript = v !== NIL;
    else if (k === QCworker) opts.worker = v !== NIL;
    else if (k === QCfilename) { if (v !== NIL) opts.filename = checkString(v).s; }
    else xsignal(defsym("error"), mkStr("Unknown keyword for eval-js"), k);
  }
  return opts;
}

defun("eval-js", "(code &rest args)", `Evaluate CODE, a string of JavaScript, and return its value.
Script code returns the value of its last expression statement; code that is one expression
using await returns that expression's value.  Code with ES module syntax (import, export) or
other top-level await runs as a module and returns its default export (nil without one).
When the awaited work needs I/O or timers, the value is a promise instead (see \`js-await').
ARGS are keywords: \`:typescript t' compiles CODE as TypeScript; \`:filename FILE' names it
(relative imports resolve from FILE's directory); \`:worker t' runs CODE in a worker thread
with its own event loop and returns a promise that \`js-await' can block on: there, CODE is a
module, or an async function body whose value is its single expression or its \`return'.
JavaScript exceptions signal \`js-error' with the message and the stack.`,
(code: LispObject, ...args: LispObject[]) => {
  const src = checkString(code).s;
  const opts = evalOptions(args);
  const b = bridgeOf();
  return fromJs(b, () => evalJs(b, src, opts));
});

defun("eval-js-literally", "(js)", "Evaluate JS as a script and return the value of its last expression (emacs-ng's name).",
  (js) => { const b = bridgeOf(); const s = checkString(js).s; return fromJs(b, () => evalJs(b, s)); },
  { interactive: "MEval JS: " });

defun("eval-js-file", "(filename &rest args)", `Evaluate FILENAME as a JavaScript module and return its default export.
The file is evaluated again at each call; the modules it imports are evaluated once per session.
Files ending in .ts, .tsx, .mts and .cts are TypeScript; \`:typescript t' forces TypeScript.
With \`:worker t', the module runs in the worker thread and the value is a promise (see \`eval-js').`,
(filename: LispObject, ...args: LispObject[]) => {
  const file = checkString(filename).s;
  const opts = evalOptions(args);
  const b = bridgeOf();
  return fromJs(b, () => evalJsFile(b, file, opts));
}, { interactive: "fEval JS file: " });

defun("eval-ts-file", "(filename)", "Evaluate FILENAME as a TypeScript module and return its default export.",
  (filename) => { const b = bridgeOf(); const f = checkString(filename).s; return fromJs(b, () => evalJsFile(b, f, { typescript: true })); },
  { interactive: "fEval TS file: " });

/** Text, file name and directory of BUFFER's accessible portion, or of the region START..END. */
function sourceOf(b: Bridge, buffer: LispObject, start?: LispObject, end?: LispObject): [string, string | undefined] {
  const got = start === undefined
    ? funcall(lispHelper(b, `(lambda (b) (with-current-buffer (or b (current-buffer))
        (list (buffer-substring-no-properties (point-min) (point-max)) (and (boundp 'buffer-file-name) buffer-file-name))))`), buffer)
    : funcall(lispHelper(b, `(lambda (s e) (list (buffer-substring-no-properties s e) (and (boundp 'buffer-file-name) buffer-file-name)))`), start, end!);
  const [text, file] = listToArray(got);
  return [(text as LString).s, file instanceof LString ? file.s : undefined];
}

function evalBuffer(buffer: LispObject, typescript: boolean): LispObject {
  const b = bridgeOf();
  const [src, file] = sourceOf(b, buffer);
  return fromJs(b, () => evalJs(b, src, { typescript, filename: file }));
}
function evalRegion(start: LispObject, end: LispObject, typescript: boolean): LispObject {
  const b = bridgeOf();
  const [src, file] = sourceOf(b, NIL, start, end);
  return fromJs(b, () => evalJs(b, src, { typescript, filename: file }));
}
defun("eval-js-buffer", "(&optional buffer)", "Evaluate the accessible portion of BUFFER (default: current) as JavaScript.",
  (buffer) => evalBuffer(buffer, false), { interactive: "" });
defun("eval-ts-buffer", "(&optional buffer)", "Evaluate the accessible portion of BUFFER (default: current) as TypeScript.",
  (buffer) => evalBuffer(buffer, true), { interactive: "" });
defun("eval-js-region", "(start end)", "Evaluate the region between START and END as JavaScript.",
  (start, end) => evalRegion(start, end, false), { interactive: "r" });
defun("eval-ts-region", "(start end)", "Evaluate the region between START and END as TypeScript.",
  (start, end) => evalRegion(start, end, true), { interactive: "r" });

defun("eval-js-expression", "(exp &optional insert-value no-truncate char-print-limit)",
  `Evaluate EXP, a JavaScript expression, and print its value in the echo area.
The value is also pushed onto \`values' and returned.  With INSERT-VALUE non-nil, insert the
printed value into the current buffer instead.`, (exp, insertValue) => {
  const b = bridgeOf();
  const src = checkString(exp).s;
  const value = fromJs(b, () => evalJs(b, src));
  const values = E.intern("values");
  const old = findSymbolValue(values);
  funcall(E.intern("set"), values, new Cons(value, old instanceof Cons ? old : NIL));
  const printed = mkStr(prin1ToString(value));
  if (insertValue !== NIL) funcall(E.intern("insert"), printed);
  else funcall(E.intern("message"), mkStr("%s"), printed);
  return value;
}, { interactive: "MEval JS: \nP" });

defun("js-await", "(promise &optional timeout)", `Wait for PROMISE and return its value.
A rejected promise signals its reason: a Lisp error coming back from JavaScript as itself,
any other reason as \`js-error'.  A value that is not a promise is returned as it is.
Promise callbacks run while waiting, so promises that only wait for other promises or for
Lisp settle at once.  Work started with \`(eval-js CODE :worker t)' runs in a thread with its
own event loop: js-await blocks for it (answering its \`lisp' calls meanwhile) until it
settles, TIMEOUT seconds pass (then \`js-await-timeout' is signaled), or \`quit-flag' is set.
Node's main event loop runs only while Lisp is idle, so a promise waiting for main-thread I/O
or timers cannot settle during a Lisp computation: js-await signals \`js-await-pending' at
once rather than hang.  Chain a Lisp callback for those instead:
  (js-call PROMISE \"then\" (lambda (value) ...))`, (promise, timeout) => {
  const b = bridgeOf();
  const p = toJs(promise, b);
  if (!isThenable(p)) return promise;
  const ms = timeout === NIL ? undefined : typeof timeout === "number" ? timeout * 1000
    : timeout instanceof LFloat ? timeout.n * 1000 : xsignal(defsym("wrong-type-argument"), defsym("numberp"), timeout);
  const s = awaitPromise(b, p, ms, quitRequested);
  if (s.state === 1) return toLisp(s.value, b);
  if (s.state === 2) throw jsExceptionToLisp(s.value);
  if (s.why === "quit") return raise(E.intern("quit"), NIL);
  return raise(bridgeError(s.why === "timeout" ? "js-await-timeout" : "js-await-pending"), list(promise));
});

/** True (and clears the flag) when the user asked to quit (GNU: maybe_quit's test). */
function quitRequested(): boolean {
  const qf = E.intern("quit-flag");
  if (findSymbolValue(qf) === NIL || findSymbolValue(E.intern("inhibit-quit")) !== NIL) return false;
  funcall(E.intern("set"), qf, NIL);
  return true;
}

defun("js-get", "(object property)", `Return OBJECT's PROPERTY (a string, symbol or integer), converted to Lisp.
OBJECT is any JavaScript value Lisp holds (a js-object) or a Lisp value (converted first).`,
(object, property) => {
  const b = bridgeOf();
  const o = toJs(object, b) as any;
  const k = propertyKey(property);
  return fromJs(b, () => (o === null || o === undefined ? undefined : o[k]));
});
defun("js-set", "(object property value)", "Set OBJECT's PROPERTY to VALUE (converted to JavaScript); return VALUE.",
  (object, property, value) => {
    const b = bridgeOf();
    const o = toJs(object, b) as any;
    const k = propertyKey(property);
    fromJs(b, () => { o[k] = toJs(value, b); });
    return value;
  });
defun("js-call", "(object method &rest args)", `Call OBJECT's METHOD with ARGS and return the converted result.
METHOD is a property name (string or symbol); with METHOD nil, call OBJECT itself as a function.`,
(object: LispObject, method: LispObject, ...args: LispObject[]) => {
  const b = bridgeOf();
  const o = toJs(object, b) as any;
  const ja = args.map((a) => toJs(a, b));
  return fromJs(b, () => {
    if (method === NIL) return (o as Function).apply(undefined, ja);
    const f = o[propertyKey(method)];
    if (typeof f !== "function") throw new TypeError(`${String(propertyKey(method))} is not a function`);
    return f.apply(o, ja);
  });
});
defun("js-object-p", "(object)", "Return t if OBJECT is a JavaScript value held by Lisp (type `js-object').",
  (object) => (object instanceof JsObject ? T : NIL));
defun("js-promise-p", "(object)", "Return t if OBJECT is a JavaScript promise (or other thenable).",
  (object) => (object instanceof JsObject && isThenable(object.value) ? T : NIL));

function propertyKey(p: LispObject): string | number {
  if (p instanceof LString) return p.s;
  if (p instanceof LSymbol) return p.name;
  if (typeof p === "number") return p;
  return xsignal(defsym("wrong-type-argument"), defsym("stringp"), p);
}

defun("js-initialize", "(&rest args)", `Set up the JavaScript environment now (it is otherwise made on first use).
ARGS are keywords: \`:js-tick-rate SECONDS'.  Other emacs-ng keywords are accepted and ignored.`,
(...args: LispObject[]) => {
  for (let i = 0; i + 1 < args.length; i += 2) {
    if (args[i] === QCjs_tick_rate) funcall(E.intern("set"), E.intern("js-tick-rate"), args[i + 1]);
  }
  jsContext(bridgeOf());
  return T;
});
defun("js-cleanup", "()", `Drop the JavaScript environment: globals and loaded modules are forgotten.
The next JavaScript evaluation starts a fresh one.`, () => {
  const b = bridgeOf();
  const jc = b.context;
  if (jc !== undefined) {
    jc.destroy();
    b.lispObjects.delete(jc.realm);
    b.context = undefined;
  }
  return NIL;
});

/** The JS init file to load: ~/.tsmacs/init.ts, else ~/.tsmacs/init.js (HOME from the environment). */
export function jsInitFile(home = process.env.HOME || homedir()): string | undefined {
  for (const name of ["init.ts", "init.js", "init.mjs"]) {
    const f = join(home, ".tsmacs", name);
    if (existsSync(f)) return f;
  }
  return undefined;
}

/**
 * Loads the JS init file into ENV, if there is one; returns its name. An error is reported the way GNU reports
 * an error in init.el (a message), and start-up goes on. The command line calls this beside init.el unless
 * -q/-Q was given.
 */
export function loadJsInitFile(env: Env = E): string | undefined {
  const file = jsInitFile();
  if (file === undefined) return undefined;
  const b = bridgeOf(env);
  try {
    callIntoLisp(b, () => evalJsFile(b, file));
  } catch (e) {
    reportJsError(b, e, `Error in init file ${file}`);
  }
  return file;
}
defun("js-load-init-file", "()", `Load ~/.tsmacs/init.ts (or init.js) if it exists; return its name, or nil.
Errors are reported as messages.`, () => {
  const f = loadJsInitFile(E);
  return f === undefined ? NIL : mkStr(f);
});

const BRIDGE_ERRORS: Record<string, string> = {
  "js-await-pending": "Promise still waiting for the event loop",
  "js-await-timeout": "Timed out waiting for a promise",
};
/** The bridge's error symbols get their error properties in the current world on first use. */
function bridgeError(name: string): LSymbol {
  const sym = E.intern(name);
  if (funcall(E.intern("get"), sym, Qerror_conditions) === NIL) {
    putProp(sym, Qerror_conditions, list(sym, E.intern("js-error"), E.intern("error")));
    putProp(sym, Qerror_message, mkStr(BRIDGE_ERRORS[name]));
  }
  return sym;
}
