// The evaluator's entry points: eval, funcall, apply, function-cell resolution, autoload, signals and the
// debugger hook (GNU: eval.c). Forms are compiled to JS by src/compile/; this file decides when.
import {
  Cons, ClosureCons, LispObject, LSymbol, NIL, T, UNBOUND, Subr, ByteCode, UNEVALLED, MANY, defsym, list, listToArray,
  arrayToList, LString, isNil,
} from "./lisp.js";
import { E, Env, symbolValue, unbindTo, findSymbolValue } from "./env.js";
import {
  raise, LispSignal, LispThrow, KillEmacs, Qvoid_function, Qinvalid_function, Qcyclic_function_indirection,
  Qno_catch, wrongType, Qsymbolp, Qlistp, setSignalHook, xsignal, error,
} from "./signal.js";
import { defvar, wrap } from "./defun.js";
import { Cx, JsFn, Unit, compileBody, properLength } from "./compile/codegen.js";
import { Scope, Q } from "./compile/scope.js";
import { compileFunctionList, instantiate, Runtime } from "./compile/lambda.js";
import { sharedRuntime, setq, defvarBegin, defconstSet, conditionsOf, handlerMatches, toSignal, depthErr } from "./compile/runtime.js";
import { specialForms } from "./compile/special-forms.js";
import { expandMacroCall, macroFunction, macroHooks } from "./compile/macros.js";
import { setDefault } from "./env.js";
import { deferredHooks, liveCell, runDeferred } from "./compile/deferred.js";
import { bytecodeHooks, execByteCode } from "./bytecode.js";

type JsCallable = (...args: LispObject[]) => LispObject;

/** The object generated code destructures: shared helpers plus this world's Env. */
function runtime(): Runtime {
  let r = E.ext.runtime as Runtime | undefined;
  if (!r) r = E.ext.runtime = { ...sharedRuntime, E, resolve, callableOf, runDeferred, liveCell };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Resolving function objects to JS callables.
// ---------------------------------------------------------------------------------------------

/** The JS callable for SYM's function cell; cached in `sym.jf` when safe (fset clears it). */
export function resolve(sym: LSymbol): JsCallable {
  const f = sym.f;
  if (f === NIL) return raise(Qvoid_function, list(sym));
  if (f instanceof LSymbol) {
    // An alias: never cache the target's code here, since the target may be redefined.
    let target: LispObject = f;
    for (let i = 0; target instanceof LSymbol && target !== NIL; i++) {
      // GNU names the first symbol of the chain, the one in SYM's function cell.
      if (i > 100) xsignal(Qcyclic_function_indirection, f);
      if (!(target.f instanceof LSymbol) || target.f === NIL) break;
      target = target.f;
    }
    const t = target as LSymbol;
    if (t.f === NIL) return raise(Qvoid_function, list(sym));
    return (sym.jf = (...args: LispObject[]) => (t.jf || resolve(t))(...args));
  }
  if (f instanceof Cons && f.car === Q.autoload) {
    return (...args: LispObject[]) => { autoloadDoLoad(f, sym, false); return funcall(sym, ...args); };
  }
  if (f instanceof Cons && f.car === Q.macro) return raise(Qinvalid_function, list(sym));
  if (f instanceof Subr && f.maxArgs !== UNEVALLED) {
    // Called by name, GNU reports arity errors with the name: (wrong-number-of-arguments car 0).
    return (sym.jf = f.maxArgs === MANY && f.minArgs === 0 && !f.fast2 ? f.fn : wrap(f.impl, f.minArgs, f.maxArgs, () => sym, f.fast2));
  }
  return (sym.jf = callableOf(f, sym));
}

/** The JS callable for any function object (GNU: what Ffuncall dispatches on). */
export function callableOf(f: LispObject, name?: LSymbol): JsCallable {
  if (f instanceof Cons) {
    if (f instanceof ClosureCons) return f.fn;
    const cached = E.compiledLists.get(f);
    if (cached !== undefined) return cached;
    if (f.car === Q.closure || f.car === Q.lambda) {
      // (lambda ARGS . BODY) needs its ARGS, (closure ENV ARGS . BODY) its ENV and ARGS (GNU: funcall_lambda).
      const rest = f.car === Q.closure ? (f.cdr instanceof Cons ? f.cdr.cdr : NIL) : f.cdr;
      if (!(rest instanceof Cons) || properLength(f) < 0) return raise(Qinvalid_function, list(f));
      const fn = compileFunctionList(f, runtime());
      E.compiledLists.set(f, fn);
      return fn;
    }
    if (f.car === Q.autoload && name) return (...a) => { autoloadDoLoad(f, name, false); return funcall(name, ...a); };
    return raise(Qinvalid_function, list(f));
  }
  if (f instanceof Subr) {
    if (f.maxArgs === UNEVALLED) return raise(Qinvalid_function, list(f));
    return f.fn;
  }
  if (f instanceof LSymbol) {
    if (f === NIL) return raise(Qvoid_function, list(f));
    // funcall of a symbol naming a primitive reports arity errors with the subr object, as GNU does.
    const d = f.f;
    if (d instanceof Subr && d.maxArgs !== UNEVALLED) return d.fn;
    return f.jf || resolve(f);
  }
  if (f instanceof ByteCode) {
    // Byte code made at run time (make-byte-code, e.g. nadvice's wrappers) runs in bytecode.ts's interpreter.
    if (!f.fn) { const bc = f; f.fn = (...args: LispObject[]) => execByteCode(bc, args); }
    return f.fn;
  }
  if (typeof f === "function") return f as JsCallable;
  return raise(Qinvalid_function, list(f));
}

export function funcall(fn: LispObject, ...args: LispObject[]): LispObject {
  return callableOf(fn).apply(undefined, args);
}
export function apply(fn: LispObject, args: LispObject[]): LispObject {
  return callableOf(fn).apply(undefined, args);
}

// ---------------------------------------------------------------------------------------------
// eval
// ---------------------------------------------------------------------------------------------

/** Evaluates FORM; LEXICAL is nil (dynamic), t (lexical) or a lexical environment alist, as for `eval`. */
export function evalForm(form: LispObject, lexical: LispObject = T): LispObject {
  const env = E;
  const d = env.depth, sp = env.sp, hn = env.hn;
  try {
    return evalFormInner(form, lexical);
  } catch (e) {
    // The boundary where anything JS threw becomes a Lisp error, and the stacks are made consistent again.
    if (env.sp > sp) unbindTo(sp);
    env.depth = d; env.hn = hn;
    throw toSignal(e);
  }
}

function evalFormInner(form: LispObject, lexical: LispObject): LispObject {
  if (form instanceof LSymbol) {
    if (lexical instanceof Cons) {
      for (let e: LispObject = lexical; e instanceof Cons; e = e.cdr) {
        const b = e.car;
        if (b instanceof Cons && b.car === form && !form.special) return b.cdr;
        if (b === form) break; // a local special declaration
      }
    }
    return form === NIL || form === T ? form : symbolValue(form);
  }
  if (!(form instanceof Cons)) return form;
  // Dotted or circular forms are left to the compiler, which signals GNU's errors for them.
  const simple = (lexical === T || lexical === NIL || onlyDeclarations(lexical)) && properLength(form) >= 0;
  const head = form.car;
  if (head instanceof LSymbol && simple) {
    // A tiny interpreter for the forms that make up most of a loaded file, so that loading does not
    // compile a JS function per top-level form.
    if (head === Q.quote && form.cdr instanceof Cons && form.cdr.cdr === NIL && isSpecialForm(head)) return form.cdr.car;
    if (head === Q.function && form.cdr instanceof Cons && form.cdr.cdr === NIL && isSpecialForm(head)) {
      const f = form.cdr.car;
      if (lexical !== NIL && f instanceof Cons && f.car === Q.lambda) return new Cons(Q.closure, new Cons(lexical === T ? TOP_ENV : lexical, f.cdr));
      return f;
    }
    if (head === Qprogn && isSpecialForm(head) && !declaresSpecial(form.cdr)) {
      let v: LispObject = NIL;
      for (let b = form.cdr; b instanceof Cons; b = b.cdr) v = evalForm(b.car, lexical);
      return v;
    }
    if ((head === Qdefvar || head === Qdefconst) && isSpecialForm(head)) {
      const a = listToArray(form.cdr);
      if (a.length >= 2 && a.length <= 3 && a[0] instanceof LSymbol) {
        const doc = a.length > 2 ? a[2] : NIL;
        if (head === Qdefconst) return defconstSet(a[0], evalFormInner(a[1], lexical), doc);
        if (defvarBegin(a[0], doc) === NIL) setDefault(a[0], evalFormInner(a[1], lexical));
        return a[0];
      }
    }
    const expansion = head.f instanceof Subr ? undefined : expandMacroCall(head, form, null);
    if (expansion !== undefined) return evalFormInner(expansion, lexical);
    if ((!specialForms.has(head) || !isSpecialForm(head)) && !aliasesSpecialForm(head)) {
      const argForms = listToArray(form.cdr);
      if (argForms.every(isSimpleArg)) {
        // GNU finds the function before evaluating the arguments: (undefined-fn unbound-var) is void-function.
        const fn = head.jf || resolve(head);
        const args = argForms.map((a) => evalFormInner(a, lexical));
        return fn.apply(undefined, args);
      }
    }
  }
  return compileToplevel(form, lexical)();
}
const Qprogn = defsym("progn");
const Qdefvar = defsym("defvar");

/**
 * Whether the lexical environment LEX holds only local special declarations (a file's top-level
 * `(defvar X)`s, as `load' keeps them) and no variable bindings: such forms still take the interpreter path.
 */
function onlyDeclarations(lex: LispObject): boolean {
  for (let e = lex; e instanceof Cons; e = e.cdr) if (!(e.car instanceof LSymbol)) return false;
  return lex instanceof Cons;
}
const Qdefconst = defsym("defconst");
const TOP_ENV = new Cons(T, NIL);

/** A `(defvar SYM)` among BODY's forms affects the forms after it, so such a progn is compiled as a unit. */
function declaresSpecial(body: LispObject): boolean {
  for (let b = body; b instanceof Cons; b = b.cdr) {
    const f = b.car;
    if (f instanceof Cons && f.car === Qdefvar && f.cdr instanceof Cons && f.cdr.cdr === NIL) return true;
  }
  return false;
}

/** Whether SYM's function is an alias (chain) ending at a special form, like GNU's `inline' for `progn'. */
function aliasesSpecialForm(sym: LSymbol): boolean {
  let t: LispObject = sym.f;
  if (!(t instanceof LSymbol) || t === NIL) return false;
  for (let i = 0; t instanceof LSymbol && t !== NIL && i < 100; i++) {
    if (isSpecialForm(t)) return true;
    t = t.f;
  }
  return false;
}

function isSpecialForm(sym: LSymbol): boolean {
  return sym.f instanceof Subr && sym.f.maxArgs === UNEVALLED;
}
/** Argument forms the top-level interpreter evaluates itself: constants, variables, quote, function. */
function isSimpleArg(a: LispObject): boolean {
  if (!(a instanceof Cons)) return true;
  return (a.car === Q.quote || a.car === Q.function) && a.cdr instanceof Cons && a.cdr.cdr === NIL;
}

/** Compiles FORM into a thunk, with LEXICAL's alist entries as shared cells. */
export function compileToplevel(form: LispObject, lexical: LispObject): () => LispObject {
  const unit = new Unit();
  const scope = new Scope(lexical !== NIL, null);
  if (lexical instanceof Cons) {
    const cells: Cons[] = [];
    for (let e: LispObject = lexical; e instanceof Cons; e = e.cdr) {
      if (e.car instanceof Cons && e.car.car instanceof LSymbol) cells.push(e.car);
      else if (e.car instanceof LSymbol && e.car !== T) scope.declareSpecial(e.car);
    }
    for (let i = cells.length - 1; i >= 0; i--) scope.bind(cells[i].car as LSymbol, unit.constant(cells[i]), true);
  }
  const fn = new JsFn(unit);
  const cx = new Cx(fn, scope);
  const e = compileBody(new Cons(form, NIL), cx);
  const temps = fn.temps.length ? `let ${fn.temps.join(", ")};` : "";
  return instantiate(unit, `function () {\n${temps}\n${fn.lines.join("\n")}\nreturn ${e};\n}`, runtime());
}

// ---------------------------------------------------------------------------------------------
// Autoload
// ---------------------------------------------------------------------------------------------

/** Loads the file of autoload object FUNDEF for FUNNAME; returns the new definition (GNU: Fautoload_do_load). */
export function autoloadDoLoad(fundef: Cons, funname: LSymbol, macroOnly: boolean): LispObject {
  const file = listToArray(fundef)[1];
  if (macroOnly) {
    const kind = listToArray(fundef)[4];
    if (kind === NIL || kind === undefined) return fundef;
  }
  funcall(E.intern("load"), file, NIL, T);
  const def = funname.f;
  if (def === fundef || def instanceof Cons && def.car === Q.autoload) {
    error(`Autoloading file ${file instanceof LString ? file.s : "?"} failed to define function ${funname.name}`);
  }
  return def;
}
macroHooks.funcall = (f, args) => apply(f, args);
deferredHooks.runtime = runtime;
bytecodeHooks.funcall = (f, args) => apply(f, args);
macroHooks.autoloadDoLoad = autoloadDoLoad;

// ---------------------------------------------------------------------------------------------
// Signals and the debugger hook
// ---------------------------------------------------------------------------------------------
// Setting debug-on-error also makes frames record their arguments, for the backtrace the debugger shows.
const Vdebug_on_error = defvar("debug-on-error", NIL, "Non-nil means enter debugger if an error is signaled.", {
  forward: (env: Env) => ({
    get: () => (env.ext.debugOnError as LispObject | undefined) ?? NIL,
    set: (v: LispObject) => {
      env.ext.debugOnError = v;
      // Lisp frames already active recorded neither arguments nor specpdl top (what their slots hold is
      // left from earlier frames): mark both unknown for backtraces and `backtrace--locals'.
      if (v !== NIL && !env.traceArgs) {
        for (let d = 1; d <= env.depth; d++) if (!(env.btFun[d] instanceof LSymbol)) { env.btSp[d] = -1; env.btArgs[d] = undefined; }
      }
      env.traceArgs = v !== NIL;
    },
  }),
});
const Vdebug_on_signal = defvar("debug-on-signal", NIL, "Non-nil means call the debugger regardless of condition handlers.");
const Vdebug_ignored_errors = defvar("debug-ignored-errors", NIL, "List of errors for which the debugger should not be called.");
const Vdebugger = defvar("debugger", NIL, "Function to call to invoke debugger.");
export const Vbacktrace_on_error_noninteractive = defvar("backtrace-on-error-noninteractive", T,
  "Non-nil means print backtrace on error in batch mode.");

/** True when some active condition-case would handle a signal with these conditions. */
export function signalWillBeHandled(conditions: LispObject): boolean {
  for (let i = E.hn - 1; i >= 0; i--) {
    if (E.hType[i] !== 1) continue;
    for (const spec of E.hTag[i] as LispObject[]) {
      // A clause listing `debug' (condition-case-unless-debug) lets the debugger run first, as in GNU.
      if (handlerMatches(conditions, spec)) return !(spec instanceof Cons && listToArray(spec).includes(Qdebug));
    }
  }
  return false;
}
const Qdebug = defsym("debug");

let inDebugger = false;
setSignalHook((sym, data) => {
  if (inDebugger) return;
  const conditions = conditionsOf(sym);
  const handled = signalWillBeHandled(conditions);
  // Remember where an unhandled error happened, for batch mode's backtrace report.
  if (!handled) {
    E.ext.lastSignalFrames = backtraceFrames();
    // Batch mode's report obeys the binding in effect when the error happened (GNU decides in the debugger).
    E.ext.lastSignalBacktrace = findSymbolValue(Vbacktrace_on_error_noninteractive) !== NIL;
  }
  const doe = findSymbolValue(Vdebug_on_error);
  if (Vdebug_on_signal.v === NIL && (doe === NIL || handled)) return;
  if (doe instanceof Cons && !listToArray(doe).some((c) => handlerMatches(conditions, c))) return;
  const dbg = Vdebugger.v;
  if (dbg === NIL || dbg === UNBOUND) return;
  inDebugger = true;
  try { funcall(dbg, Qerror_sym, new Cons(sym, data)); } finally { inDebugger = false; }
});
const Qerror_sym = defsym("error");
void Vdebug_ignored_errors;

// ---------------------------------------------------------------------------------------------
// Backtraces
// ---------------------------------------------------------------------------------------------

/** Active frames, innermost first: [function, args or undefined]. */
export function backtraceFrames(): [LispObject, LispObject[] | undefined][] {
  const out: [LispObject, LispObject[] | undefined][] = [];
  for (let d = E.depth; d >= 1; d--) {
    const f = E.btFun[d];
    // Lisp frames record their arguments only while debug-on-error is set, so what sits in btArgs for
    // them otherwise is left over from an earlier frame; primitive frames (named by a symbol) record theirs.
    if (f !== undefined) out.push([nameOfFunction(f), E.traceArgs || f instanceof LSymbol ? E.btArgs[d] : undefined]);
  }
  return out;
}
/**
 * Opens the backtrace frame of primitive NAME called with ARGS (recorded only while debug-on-error is set,
 * as for Lisp frames, unless ALWAYSARGS); the caller sets E.depth back to the returned
 * depth minus one when the primitive returns (non-local exits restore the depth at their handler, as for
 * Lisp frames). GNU records a frame for every primitive call; tsmacs records one for the primitives that
 * call back into Lisp, where Lisp code can see it (`apply', `funcall-interactively': GNU's own
 * `called-interactively-p' and nadvice.el look for them).
 */
export function pushPrimitiveFrame(name: LSymbol, args: LispObject[], alwaysArgs = false): number {
  const d = ++E.depth;
  if (d > E.maxDepth) depthErr();
  E.btFun[d] = name;
  E.btArgs[d] = alwaysArgs || E.traceArgs ? args : undefined;
  E.btSp[d] = E.sp;
  return d;
}

/** The symbol whose function cell holds F, for display (GNU shows the name it was called by). */
export function nameOfFunction(f: LispObject): LispObject {
  // Lisp closures and compiled objects (nadvice's wrappers are byte-code objects) are shown by name.
  if (!(f instanceof Cons) && !(f instanceof ByteCode)) return f;
  const cache: Map<LispObject, LSymbol> = (E.ext.fnNames ??= new Map());
  const hit = cache.get(f);
  if (hit && hit.f === f) return hit;
  for (const s of E.obarray.values()) if (s.f === f) { cache.set(f, s); return s; }
  return f;
}

export { Env, isNil, MANY, arrayToList, LispSignal, LispThrow, KillEmacs, Qno_catch, wrongType, Qsymbolp, Qlistp, setq };
