// The primitives of GNU's eval.c: special-form objects, eval/funcall/apply, signal/throw, macroexpand, hooks,
// autoload, arity and backtrace access.
import {
  Cons, LispObject, LSymbol, NIL, T, Subr, ByteCode, UNEVALLED, MANY, defsym, list, listToArray, arrayToList,
  LString, Forward, UNBOUND,
} from "./lisp.js";
import { E, defaultValue, setDefault, findSymbolValue, specbind, unbindTo } from "./env.js";
import {
  raise, LispThrow, Qno_catch, wrongType, Qsymbolp, Qlistp, checkSymbol, xsignal, Qwrong_type_argument, LispSignal,
} from "./signal.js";
import { defun, defvar } from "./defun.js";
import { specialForms } from "./compile/special-forms.js";
import { macroFunction } from "./compile/macros.js";
import { Q } from "./compile/scope.js";
import { parseArglist } from "./compile/lambda.js";
import { defineVariable, handlerMatches, setLoadHistoryHook } from "./compile/runtime.js";
import { loadhistAttach } from "./lread/load.js";

// defvar/defconst record the variable in load-history, as GNU's Finternal__define_uninitialized_variable does.
setLoadHistoryHook((sym) => loadhistAttach(sym));
import { apply, autoloadDoLoad, backtraceFrames, callableOf, evalForm, funcall, pushPrimitiveFrame } from "./eval.js";

// Special forms exist as subrs so that `special-form-p`, `symbol-function` and `describe-function` see them;
// evaluation goes through the compiler, never through these bodies.
const SPECIAL_ARGLISTS: Record<string, string> = {
  quote: "(arg)", function: "(arg)", progn: "(&rest body)", inline: "(&rest body)", interactive: "(&rest args)",
  prog1: "(first &rest body)", if: "(cond then &rest else)", cond: "(&rest clauses)", and: "(&rest conditions)",
  or: "(&rest conditions)", setq: "(&rest args)", while: "(test &rest body)", let: "(varlist &rest body)",
  "let*": "(varlist &rest body)", "unwind-protect": "(bodyform &rest unwindforms)", catch: "(tag &rest body)",
  "condition-case": "(var bodyform &rest handlers)", defvar: "(symbol &optional initvalue docstring)",
  defconst: "(symbol initvalue &optional docstring)", "save-current-buffer": "(&rest body)",
  "save-excursion": "(&rest body)", "save-restriction": "(&rest body)",
};
for (const sym of specialForms.keys()) {
  const name = sym.name;
  defun(name, SPECIAL_ARGLISTS[name] ?? "(&rest args)", `Special form \`${name}'.`,
    (args: LispObject) => evalForm(new Cons(sym, args), T), { special: true });
}

const Vlexical_binding = defvar("lexical-binding", NIL, "Whether to use lexical binding when evaluating code.");
void Vlexical_binding;
defvar("max-lisp-eval-depth", 0, "Limit on depth in `eval', `apply' and `funcall' before error.", {
  forward: (env): Forward => ({ get: () => env.maxDepth, set: (v) => { if (typeof v === "number") env.maxDepth = v; else wrongType(defsym("integerp"), v); } }),
});
defvar("max-specpdl-size", 0, "Limit on number of Lisp variable bindings and `unwind-protect's.", {
  forward: (env): Forward => ({ get: () => env.maxSpecpdl, set: (v) => { if (typeof v === "number") env.maxSpecpdl = v; else wrongType(defsym("integerp"), v); } }),
});
defvar("inhibit-quit", NIL, "Non-nil inhibits C-g quitting from happening immediately.");
defvar("quit-flag", NIL, "Non-nil causes `eval' to abort, unless `inhibit-quit' is non-nil.");
defvar("macroexp--dynvars", NIL, "List of variables declared dynamic in the current scope.");
defvar("internal-make-interpreted-closure-function", NIL, "Function to filter the env when constructing a closure.");

defun("eval", "(form &optional lexical)", "Evaluate FORM and return its value.", (form, lexical) => evalForm(form, lexical));
defun("funcall", "(function &rest arguments)", "Call first argument as a function, passing remaining arguments to it.",
  (fn: LispObject, ...args: LispObject[]) => callableOf(fn).apply(undefined, args));
// funcall-interactively is in callint.ts (it records where `called-interactively-p` looks).
defun("apply", "(function &rest arguments)", "Call FUNCTION with our remaining args, using our last arg as list of args.",
  (fn: LispObject, ...args: LispObject[]) => {
    // The frame shows apply's own arguments (nadvice.el's called-interactively-p support reads them).
    const given = [fn, ...args];
    // With one argument, it is the list (FUNCTION . ARGS).
    if (args.length === 0) {
      if (fn === NIL) return funcall(NIL);
      if (!(fn instanceof Cons)) return wrongType(Qlistp, fn);
      args.push(fn.cdr);
      fn = fn.car;
    }
    const last = args.pop()!;
    let l: LispObject = last;
    for (; l instanceof Cons; l = l.cdr) args.push(l.car);
    if (l !== NIL) wrongType(Qlistp, l);
    const d = pushPrimitiveFrame(Qapply, given, true);
    const value = apply(fn, args);
    E.depth = d - 1;
    return value;
  });
const Qapply = defsym("apply");

defun("signal", "(error-symbol data)", "Signal an error.  Args are ERROR-SYMBOL and associated DATA.", (sym, data) => {
  // (signal nil (SYM . DATA)) re-signals a caught error object, as condition-case handlers do.
  if (sym === NIL && data instanceof Cons && data.car instanceof LSymbol) return raise(data.car, data.cdr);
  return raise(sym instanceof LSymbol ? sym : (wrongType(Qsymbolp, sym)), data);
});

defun("throw", "(tag value)", "Throw to the catch for TAG and return VALUE from it.", (tag, value) => {
  for (let i = E.hn - 1; i >= 0; i--) {
    if (E.hType[i] === 0 && E.hTag[i] === tag) throw new LispThrow(tag, value);
  }
  return raise(Qno_catch, list(tag, value));
});

/** One step of macro expansion under ENVIRONMENT (GNU: Fmacroexpand's loop body). */
function macroexpandOnce(form: LispObject, env: LispObject): LispObject | undefined {
  if (!(form instanceof Cons) || !(form.car instanceof LSymbol)) return undefined;
  const head = form.car;
  let expander: LispObject | undefined;
  let local: Cons | undefined;
  for (let e = env; e instanceof Cons; e = e.cdr) if (e.car instanceof Cons && e.car.car === head) { local = e.car; break; }
  if (local) {
    if (local.cdr === NIL) return undefined;
    expander = local.cdr;
  } else expander = macroFunction(head, null);
  if (expander === undefined) return undefined;
  return apply(expander, listToArray(form.cdr));
}

defun("macroexpand", "(form &optional environment)", "Return result of expanding macros at top level of FORM.", (form, env) => {
  for (let i = 0; i < 10000; i++) {
    const next = macroexpandOnce(form, env);
    if (next === undefined || next === form) return form;
    form = next;
  }
  return form;
});
defun("macroexpand-1", "(form &optional environment)", "Perform (at most) one step of macroexpansion.", (form, env) => {
  const next = macroexpandOnce(form, env);
  return next === undefined ? form : next;
});

/** macroexpand-all: expands macros everywhere in FORM, respecting special forms' syntax (GNU: macroexp.el). */
function expandAll(form: LispObject, env: LispObject): LispObject {
  for (let i = 0; i < 10000; i++) {
    const next = macroexpandOnce(form, env);
    if (next === undefined || next === form) break;
    form = next;
  }
  if (!(form instanceof Cons)) return form;
  const head = form.car;
  const mapAll = (l: LispObject): LispObject => arrayToList(listToArray(l).map((x) => expandAll(x, env)), tailOf(l));
  if (head === Q.quote) return form;
  if (head === Q.function) {
    const f = form.cdr instanceof Cons ? form.cdr.car : NIL;
    if (f instanceof Cons && f.car === Q.lambda && f.cdr instanceof Cons) {
      return list(Q.function, new Cons(Q.lambda, new Cons(f.cdr.car, mapAll(f.cdr.cdr))));
    }
    return form;
  }
  if (head instanceof Cons && head.car === Q.lambda) {
    return new Cons(expandAll(list(Q.function, head), env) instanceof Cons ? expandLambda(head, env) : head, mapAll(form.cdr));
  }
  const name = head instanceof LSymbol ? head.name : "";
  if ((name === "let" || name === "let*") && form.cdr instanceof Cons && (form.cdr.car === NIL || form.cdr.car instanceof Cons)) {
    const bindings = arrayToList(listToArray(form.cdr.car).map((b) =>
      b instanceof Cons ? new Cons(b.car, mapAll(b.cdr)) : b));
    return new Cons(head, new Cons(bindings, mapAll(form.cdr.cdr)));
  }
  if (name === "cond") return new Cons(head, arrayToList(listToArray(form.cdr).map((c) => (c instanceof Cons ? mapAll(c) : c))));
  if (name === "condition-case" && form.cdr instanceof Cons && form.cdr.cdr instanceof Cons) {
    const handlers = arrayToList(listToArray(form.cdr.cdr.cdr).map((h) => (h instanceof Cons ? new Cons(h.car, mapAll(h.cdr)) : h)));
    return new Cons(head, new Cons(form.cdr.car, new Cons(expandAll(form.cdr.cdr.car, env), handlers)));
  }
  if ((name === "defvar" || name === "defconst") && form.cdr instanceof Cons) return new Cons(head, new Cons(form.cdr.car, mapAll(form.cdr.cdr)));
  return new Cons(head, mapAll(form.cdr));
}
function expandLambda(l: Cons, env: LispObject): LispObject {
  if (!(l.cdr instanceof Cons)) return l;
  return new Cons(Q.lambda, new Cons(l.cdr.car, arrayToList(listToArray(l.cdr.cdr).map((x) => expandAll(x, env)))));
}
function tailOf(l: LispObject): LispObject { while (l instanceof Cons) l = l.cdr; return l; }
const Qmacroexpand_all_environment = defsym("macroexpand-all-environment");
defun("macroexpand-all", "(form &optional environment)", "Return result of expanding macros at all levels in FORM.",
  (form, env) => {
    // Macros called during the walk see the environment, as GNU's macroexp.el binds it.
    const count = E.sp;
    specbind(Qmacroexpand_all_environment, env);
    try { return expandAll(form, env); } finally { unbindTo(count); }
  });

// Eager macroexpansion of loaded files, as GNU's macroexp.el does it for readevalloop: the top level first
// (so that a resulting progn's forms are expanded and evaluated one by one), then everything. A failure is
// reported and the form is left for expansion at run time.
defun("internal-macroexpand-for-load", "(form full-p)", "Expand FORM for `load' (eager macroexpansion).",
  (form, fullP) => {
    try {
      if (fullP === NIL) {
        for (let i = 0; i < 10000; i++) {
          const next = macroexpandOnce(form, NIL);
          if (next === undefined || next === form) break;
          form = next;
        }
        return form;
      }
      return expandAll(form, NIL);
    } catch (e) {
      if (!(e instanceof LispSignal)) throw e;
      funcall(E.intern("message"), LString.fromJs("Eager macro-expansion failure: %S"), new Cons(e.sym, e.data));
      return form;
    }
  });

export function functionp(f: LispObject): boolean {
  if (f instanceof LSymbol && f !== NIL) {
    let d: LispObject = f;
    for (let i = 0; d instanceof LSymbol && d !== NIL && i < 100; i++) d = d.f;
    if (d instanceof Cons && d.car === Q.autoload) { const a = listToArray(d); return a[4] === undefined || a[4] === NIL; }
    f = d;
  }
  if (f instanceof Subr) return f.maxArgs !== UNEVALLED;
  if (f instanceof ByteCode) return true;
  if (f instanceof Cons) return f.car === Q.lambda || f.car === Q.closure;
  return false;
}
defun("functionp", "(object)", "Return t if OBJECT is a function.", (o) => (functionp(o) ? T : NIL));

defun("func-arity", "(function)", "Return minimum and maximum number of args allowed for FUNCTION.", (fn) => {
  let f = fn;
  for (let i = 0; f instanceof LSymbol && f !== NIL && i < 100; i++) f = f.f;
  if (f === NIL) return raise(defsym("void-function"), list(fn));
  if (f instanceof Subr) return new Cons(f.minArgs, f.maxArgs === MANY ? defsym("many") : f.maxArgs === UNEVALLED ? defsym("unevalled") : f.maxArgs);
  if (f instanceof Cons && f.car === Q.macro) f = f.cdr;
  if (f instanceof Cons && (f.car === Q.lambda || f.car === Q.closure)) {
    const args = f.car === Q.closure ? listToArray(f)[2] : listToArray(f)[1];
    const p = parseArglist(args ?? NIL);
    if (!p) return raise(defsym("invalid-function"), list(fn));
    return new Cons(p.required.length, p.rest ? defsym("many") : p.required.length + p.optional.length);
  }
  if (f instanceof Cons && f.car === Q.autoload) {
    autoloadDoLoad(f, fn as LSymbol, false);
    return funcall(defsym("func-arity"), fn);
  }
  return raise(defsym("invalid-function"), list(fn));
});

defun("internal--compile-function", "(function)",
  "Compile FUNCTION (a closure or lambda list) to JavaScript now, rather than at its first call; return it.",
  (f) => { callableOf(f); return f; });
defun("internal--valid-lambda-list-p", "(arglist)", "Return t if ARGLIST is a valid lambda list.",
  (args) => (parseArglist(args) !== undefined ? T : NIL));

defun("special-variable-p", "(symbol)", "Return non-nil if SYMBOL's global binding has been declared special.",
  (s) => (checkSymbol(s).special ? T : NIL));
defun("internal--define-uninitialized-variable", "(symbol &optional doc)", "Define SYMBOL as a variable, with DOC as its docstring.",
  (s, doc) => { defineVariable(checkSymbol(s), doc); return NIL; });
defun("internal-make-var-non-special", "(symbol)", "Internal function.", (s) => { checkSymbol(s).special = false; return NIL; });
defun("default-toplevel-value", "(symbol)", "Return SYMBOL's toplevel default value.", (s) => {
  const sym = checkSymbol(s);
  for (let i = 0; i < E.sp; i++) if (E.spSym[i] === sym && (E.spKind[i] === 0 || E.spKind[i] === 2)) {
    const v = E.spOld[i];
    if (v === UNBOUND) return raise(defsym("void-variable"), list(sym));
    return v;
  }
  const v = defaultValue(sym);
  if (v === UNBOUND) return raise(defsym("void-variable"), list(sym));
  return v;
});
defun("set-default-toplevel-value", "(symbol value)", "Set SYMBOL's toplevel default value to VALUE.", (s, v) => {
  const sym = checkSymbol(s);
  for (let i = 0; i < E.sp; i++) if (E.spSym[i] === sym && (E.spKind[i] === 0 || E.spKind[i] === 2)) { E.spOld[i] = v; return NIL; }
  setDefault(sym, v);
  return NIL;
});

defun("autoload", "(function file &optional docstring interactive type)", "Define FUNCTION to autoload from FILE.",
  (fn, file, doc, interactive, type) => {
    const sym = checkSymbol(fn);
    if (!(file instanceof LString)) wrongType(defsym("stringp"), file);
    // Only define it when there's no real definition already (GNU: Fautoload).
    if (sym.f !== NIL && !(sym.f instanceof Cons && sym.f.car === Q.autoload)) return NIL;
    sym.setFunction(list(Q.autoload, file, doc, interactive, type));
    return sym.f;
  });
defun("autoload-do-load", "(fundef &optional funname macro-only)", "Load FUNDEF which should be an autoload.",
  (fundef, funname, macroOnly) => {
    if (!(fundef instanceof Cons && fundef.car === Q.autoload)) return fundef;
    return autoloadDoLoad(fundef, checkSymbol(funname), macroOnly !== NIL);
  });

/** The interactive spec of a function object, or undefined (GNU: Finteractive_form's search). */
export function interactiveForm(f: LispObject): LispObject | undefined {
  for (let i = 0; f instanceof LSymbol && f !== NIL && i < 100; i++) {
    const spec = getProp(f, defsym("interactive-form"));
    if (spec !== NIL) return spec;
    f = f.f;
  }
  if (f instanceof Subr) {
    const s = (f as Subr & { intspecString?: string }).intspecString;
    if (s !== undefined) return list(Q.interactive, LString.fromJs(s));
    return f.intspec !== undefined ? list(Q.interactive, f.intspec) : undefined;
  }
  if (f instanceof Cons && (f.car === Q.lambda || f.car === Q.closure)) {
    let body = f.car === Q.closure ? (f.cdr instanceof Cons && f.cdr.cdr instanceof Cons ? f.cdr.cdr.cdr : NIL) : (f.cdr instanceof Cons ? f.cdr.cdr : NIL);
    if (body instanceof Cons && body.car instanceof LString && body.cdr instanceof Cons) body = body.cdr;
    while (body instanceof Cons && body.car instanceof Cons && body.car.car === Q.declare) body = body.cdr;
    if (body instanceof Cons && body.car instanceof Cons && body.car.car === Q.interactive) return body.car;
    return undefined;
  }
  if (f instanceof Cons && f.car === Q.autoload) {
    const a = listToArray(f);
    return a[3] !== undefined && a[3] !== NIL ? list(Q.interactive, NIL) : undefined;
  }
  // Byte code (GNU's nadvice wrappers): the spec slot, or the first element of a [SPEC MODES] vector.
  if (f instanceof ByteCode && f.slots.length > 5) {
    const form = f.slots[5];
    return list(Q.interactive, Array.isArray(form) ? form[0] : form);
  }
  return undefined;
}
function getProp(s: LSymbol, prop: LispObject): LispObject {
  for (let p = s.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}
defun("command-modes", "(command)", "Return the modes COMMAND is defined for.", (cmd) => {
  const spec = interactiveForm(cmd);
  // (interactive SPEC MODE...): the modes follow the spec.
  return spec instanceof Cons && spec.cdr instanceof Cons ? spec.cdr.cdr : NIL;
});
defun("interactive-form", "(cmd)", "Return the interactive form of CMD or nil if none.", (cmd) => interactiveForm(cmd) ?? NIL);
defun("commandp", "(function &optional for-call-interactively)", "Non-nil if FUNCTION makes provisions for interactive calling.",
  (fn) => {
    if (fn instanceof LString || Array.isArray(fn)) return T; // keyboard macros
    return interactiveForm(fn) !== undefined ? T : NIL;
  });

// --- hooks -------------------------------------------------------------------------------------
/** Calls each function of HOOK's value (buffer-local list, with `t` meaning the global list) until STOP says so. */
function runHook(hook: LispObject, args: LispObject[], stop: (v: LispObject) => boolean, wrap?: LispObject): LispObject {
  const sym = checkSymbol(hook);
  const value = findSymbolValue(sym);
  if (value === UNBOUND || value === NIL) return NIL;
  const call = (f: LispObject): LispObject => (wrap ? funcall(wrap, f, ...args) : apply(f, args));
  if (!(value instanceof Cons) || value.car === Q.lambda || value.car === Q.closure) {
    const v = call(value);
    return v;
  }
  let last: LispObject = NIL;
  for (let l: LispObject = value; l instanceof Cons; l = l.cdr) {
    if (l.car === T) {
      const global = defaultValue(sym);
      const gl = global instanceof Cons && global.car !== Q.lambda && global.car !== Q.closure ? listToArray(global) : global === NIL || global === UNBOUND ? [] : [global];
      for (const g of gl) { if (g === T) continue; last = call(g); if (stop(last)) return last; }
      continue;
    }
    last = call(l.car);
    if (stop(last)) return last;
  }
  return last;
}
defun("run-hooks", "(&rest hooks)", "Run each hook in HOOKS.", (...hooks: LispObject[]) => {
  for (const h of hooks) runHook(h, [], () => false);
  return NIL;
});
defun("run-hook-with-args", "(hook &rest args)", "Run HOOK with the specified arguments ARGS.", (hook, ...args: LispObject[]) => {
  runHook(hook, args, () => false); return NIL;
});
defun("run-hook-with-args-until-success", "(hook &rest args)", "Run HOOK with the specified arguments ARGS.",
  (hook, ...args: LispObject[]) => { const v = runHook(hook, args, (x) => x !== NIL); return v; });
defun("run-hook-with-args-until-failure", "(hook &rest args)", "Run HOOK with the specified arguments ARGS.",
  (hook, ...args: LispObject[]) => {
    let failed = false;
    runHook(hook, args, (x) => { if (x === NIL) { failed = true; return true; } return false; });
    return failed ? NIL : T;
  });
defun("run-hook-wrapped", "(hook wrap-function &rest args)", "Run HOOK, passing each function through WRAP-FUNCTION.",
  (hook, wrap, ...args: LispObject[]) => runHook(hook, args, (x) => x !== NIL, wrap));

// --- backtraces --------------------------------------------------------------------------------
/** Follows symbol function cells (GNU: Findirect_function with NOERROR). */
function indirectFunction(f: LispObject): LispObject {
  for (let i = 0; f instanceof LSymbol && f !== NIL && i < 100; i++) f = f.f;
  return f;
}
/**
 * The active Lisp frames as [function, args] from BASE's innermost activation outward (GNU:
 * get_backtrace_starting_at).  Only frames of Lisp functions are recorded by the evaluator, so a BASE that
 * is a primitive is never found and gives no frames, as an unknown BASE does in GNU.  `mapbacktrace' called
 * without BASE starts at its own frame, which is synthesised here since primitives leave no frame.
 */
function framesFrom(base: LispObject, self: LSymbol, selfArgs: LispObject[]): [LispObject, LispObject[] | undefined][] {
  const frames = backtraceFrames();
  const target = base === NIL ? NIL : indirectFunction(base);
  if (base === NIL || target === self.f) return [[self, selfArgs], ...frames];
  for (let d = E.depth, i = 0; d >= 1; d--) {
    const f = E.btFun[d];
    if (f === undefined) continue;
    if (f === target) return frames.slice(i);
    i++;
  }
  return [];
}
const Qmapbacktrace = defsym("mapbacktrace");
defun("mapbacktrace", "(function &optional base)", "Call FUNCTION for each frame in backtrace.", (fn, base) => {
  for (const [f, args] of framesFrom(base, Qmapbacktrace, base === NIL ? [fn] : [fn, base])) {
    funcall(fn, T, f, args ? arrayToList(args) : NIL, NIL);
  }
  return NIL;
});
const Qbacktrace_frame_internal = defsym("backtrace-frame--internal");
defun("backtrace-frame--internal", "(function nframes base)", "Call FUNCTION on stack frame NFRAMES away from BASE.",
  (fn, nframes, base) => {
    const frames = framesFrom(base, Qbacktrace_frame_internal, [fn, nframes, base]);
    // A bignum NFRAMES (most-positive-fixnum is one in JS terms) is past any real backtrace.
    const n = typeof nframes === "number" ? nframes : typeof nframes === "bigint" ? Infinity : 0;
    if (n < 0 || n >= frames.length) return NIL;
    const [f, args] = frames[n];
    return funcall(fn, T, f, args ? arrayToList(args) : NIL, NIL);
  });
/**
 * The depths of the frames `framesFrom' lists, in the same order; the synthesised frame of SELF is at
 * depth E.depth + 1 (it has bound nothing yet).
 */
function frameDepthsFrom(base: LispObject, self: LSymbol): number[] {
  const depths: number[] = [];
  for (let d = E.depth; d >= 1; d--) if (E.btFun[d] !== undefined) depths.push(d);
  const target = base === NIL ? NIL : indirectFunction(base);
  if (base === NIL || target === self.f) return [E.depth + 1, ...depths];
  const i = depths.findIndex((d) => E.btFun[d] === target);
  return i < 0 ? [] : depths.slice(i);
}
const QwholenumpL = defsym("wholenump");
const QerrorL = defsym("error");
const Qbacktrace_locals = defsym("backtrace--locals");
/**
 * The dynamic bindings made by a frame before it called the next inner one, oldest first (GNU: the
 * specpdl entries between the two frames).  Frames know where their bindings start only while
 * debug-on-error is set (as for their arguments: ERT and the debugger set it), so otherwise, and for
 * frames entered before it was set, this gives nil.  Lexical variables of compiled code are not
 * visible, as in GNU's byte code.
 */
defun("backtrace--locals", "(nframes &optional base)", "Return names and values of local variables of a stack frame.",
  (nframes, base) => {
    if (typeof nframes !== "number" || nframes < 0) wrongType(QwholenumpL, nframes);
    const depths = frameDepthsFrom(base, Qbacktrace_locals);
    const n = nframes as number;
    // GNU looks up the inner frame as NFRAMES - 1 first, which must be a natural number too.
    if (n === 0) wrongType(QwholenumpL, -1);
    if (n >= depths.length) raise(QerrorL, list(LString.fromJs("Activation frame not found!")));
    const d = depths[n], inner = depths[n - 1];
    if (!E.traceArgs) return NIL;
    const start = E.btSp[d], end = inner > E.depth ? E.sp : E.btSp[inner];
    if (start === undefined || end === undefined || start < 0 || end < 0) return NIL;
    const out: LispObject[] = [];
    for (let i = start; i < end && i < E.sp; i++) {
      const kind = E.spKind[i], sym = E.spSym[i];
      if (kind > 2) continue;
      // The value this binding gave is what the next binding of the symbol saved, or else the current one.
      let j = i + 1;
      while (j < E.sp && !(E.spSym[j] === sym && E.spKind[j] === kind && (kind !== 1 || E.spWhere[j] === E.spWhere[i]))) j++;
      const val = j < E.sp ? E.spOld[j]
        : kind === 2 ? defaultValue(sym)
        : kind === 1 ? (E.spWhere[i]!.locals.get(sym) as LispObject | undefined) ?? NIL
        : findSymbolValue(sym);
      out.push(new Cons(sym, val === UNBOUND ? NIL : val));
    }
    return arrayToList(out);
  });
// backtrace-debug (debug-on-exit for a frame) is undefined until frames carry that flag.

// (signal 'wrong-type-argument ...) helpers used by generated code for dotted argument lists.
defun("internal--signal-dotted-args", "(tail)", "Internal: signal for a dotted argument list.",
  (tail) => xsignal(Qwrong_type_argument, Qlistp, tail));
void handlerMatches; void Q; void MANY;
