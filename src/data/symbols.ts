// Symbol cells: function cells, values, defaults, buffer-local variables, aliases and variable watchers
// (GNU: data.c symbol and variable primitives; eval.c defvaralias).
import {
  Cons, LispObject, LString, LSymbol, NIL, T, UNBOUND, Redirect, Trapped, Vectorlike, defsym, Forward,
} from "../lisp.js";
import { defun } from "../defun.js";
import {
  E, Blv, LocalsHolder, defaultValue, findSymbolValue, indirectVariable, localize, setDefault, setInternal,
  setWatchHook, symbolValue,
} from "../env.js";
import { error, wrongType, xsignal, Qsetting_constant, Qsymbolp, Qvoid_variable } from "../signal.js";
import { funcall } from "../eval.js";
import { equal } from "../fns/equal.js";
import { isKeyword } from "./types.js";
import { loadhistAttach } from "../lread/load.js";

const Qautoload = defsym("autoload");
const Qdefun = defsym("defun");
const Qdefalias_fset_function = defsym("defalias-fset-function");
const Qfunction_documentation = defsym("function-documentation");
const Qvariable_documentation = defsym("variable-documentation");
const Qwatchers = defsym("watchers");
const Qtrapping_constant = defsym("trapping-constant");
const Qbufferp = defsym("bufferp");
const Qdefvaralias = defsym("defvaralias");
const Qlosing_value = defsym("losing-value");

function checkSymbol(x: LispObject): LSymbol {
  if (x instanceof LSymbol) return x;
  return wrongType(Qsymbolp, x);
}

// ---------------------------------------------------------------------------------------------
// Property lists (private: `get`/`put` proper belong to fns.c). Like Fplist_put, a new property goes last.
// ---------------------------------------------------------------------------------------------
export function symbolGet(sym: LSymbol, prop: LispObject): LispObject {
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}
export function symbolPut(sym: LSymbol, prop: LispObject, val: LispObject): void {
  let last: Cons | undefined;
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) {
    if (p.car === prop) { p.cdr.car = val; return; }
    last = p.cdr;
  }
  const cell = new Cons(prop, new Cons(val, NIL));
  if (last) last.cdr = cell;
  else sym.plist = cell;
}

// ---------------------------------------------------------------------------------------------
// Function cells.
// ---------------------------------------------------------------------------------------------
defun("symbol-function", "(symbol)", "Return SYMBOL's function definition, or nil if that is void.",
  (symbol: LispObject) => checkSymbol(symbol).f);
defun("symbol-plist", "(symbol)", "Return SYMBOL's property list.", (symbol: LispObject) => checkSymbol(symbol).plist);
defun("symbol-name", "(symbol)", "Return SYMBOL's name, a string.", (symbol: LispObject) => checkSymbol(symbol).nameString);
defun("fboundp", "(symbol)", "Return t if SYMBOL's function definition is not void.",
  (symbol: LispObject) => (checkSymbol(symbol).f === NIL ? NIL : T));
defun("setplist", "(symbol newplist)", "Set SYMBOL's property list to NEWPLIST, and return NEWPLIST.",
  (symbol: LispObject, newplist: LispObject) => { checkSymbol(symbol).plist = newplist; return newplist; });

/** GNU Ffset: also drops the evaluator's cached callable (LSymbol.setFunction). */
export function fset(symbol: LispObject, definition: LispObject): LispObject {
  const sym = checkSymbol(symbol);
  if (sym === NIL && definition !== NIL) xsignal(Qsetting_constant, sym);
  const old = sym.f;
  // While an autoload runs, eval.ts keeps `E.ext.autoloadQueue` (GNU Vautoload_queue) non-nil to undo definitions.
  const queue = E.ext.autoloadQueue as LispObject | undefined;
  if (queue !== undefined && queue !== NIL && old !== NIL) E.ext.autoloadQueue = new Cons(new Cons(sym, old), queue);
  if (old instanceof Cons && old.car === Qautoload) symbolPut(sym, Qautoload, old.cdr);
  sym.setFunction(definition);
  return definition;
}
defun("fset", "(symbol definition)", "Set SYMBOL's function definition to DEFINITION, and return DEFINITION.", fset);

defun("fmakunbound", "(symbol)", "Make SYMBOL's function definition be void.", (symbol: LispObject) => {
  const sym = checkSymbol(symbol);
  if (sym === NIL || sym === T) xsignal(Qsetting_constant, sym);
  sym.setFunction(NIL);
  return sym;
});

defun("defalias", "(symbol definition &optional docstring)", "Set SYMBOL's function definition to DEFINITION.",
  (symbol: LispObject, definition: LispObject, docstring: LispObject) => {
    const sym = checkSymbol(symbol);
    const autoload = definition instanceof Cons && definition.car === Qautoload;
    if (sym.f instanceof Cons && sym.f.car === Qautoload) loadhistAttach(new Cons(T, sym));
    loadhistAttach(new Cons(autoload ? Qautoload : Qdefun, sym));
    const hook = symbolGet(sym, Qdefalias_fset_function);
    if (hook !== NIL) funcall(hook, sym, definition);
    else fset(sym, definition);
    if (docstring !== NIL) symbolPut(sym, Qfunction_documentation, docstring);
    return sym;
  });

/** GNU indirect_function: follows symbol function cells; nil when the chain ends void. */
export function indirectFunction(object: LispObject): LispObject {
  let hare = object, tortoise = object;
  for (;;) {
    if (!(hare instanceof LSymbol) || hare === NIL) break;
    hare = hare.f;
    if (!(hare instanceof LSymbol) || hare === NIL) break;
    hare = hare.f;
    tortoise = (tortoise as LSymbol).f;
    if (hare === tortoise) xsignal(defsym("cyclic-function-indirection"), object);
  }
  return hare;
}
defun("indirect-function", "(object &optional noerror)", "Return the function at the end of OBJECT's function chain.",
  (object: LispObject) => {
    // GNU looks one step ahead first, so a loop is reported with the first symbol in OBJECT's cell.
    if (!(object instanceof LSymbol) || object === NIL) return object;
    const f = object.f;
    return f instanceof LSymbol ? indirectFunction(f) : f;
  });

// ---------------------------------------------------------------------------------------------
// Values.
// ---------------------------------------------------------------------------------------------
export function boundp(sym: LSymbol): boolean {
  const s = indirectVariable(sym);
  if (s.r === Redirect.Forwarded) return true;
  return findSymbolValue(s) !== UNBOUND;
}
defun("boundp", "(symbol)", "Return t if SYMBOL's value is not void.", (symbol: LispObject) => (boundp(checkSymbol(symbol)) ? T : NIL));

defun("makunbound", "(symbol)", "Empty out the value cell of SYMBOL, making it void as a variable.", (symbol: LispObject) => {
  const sym = checkSymbol(symbol);
  if (sym.trapped === Trapped.NoWrite) xsignal(Qsetting_constant, sym);
  // The watch hook reports a write of UNBOUND as `makunbound', as GNU's set_internal does.
  setInternal(sym, UNBOUND);
  return sym;
});

defun("symbol-value", "(symbol)", "Return SYMBOL's value.  Error if that is void.", (symbol: LispObject) => symbolValue(checkSymbol(symbol)));
defun("set", "(symbol newval)", "Set SYMBOL's value to NEWVAL, and return NEWVAL.", (symbol: LispObject, newval: LispObject) => {
  setInternal(checkSymbol(symbol), newval);
  return newval;
});

defun("default-boundp", "(symbol)", "Return t if SYMBOL has a non-void default value.",
  (symbol: LispObject) => (defaultValue(checkSymbol(symbol)) === UNBOUND ? NIL : T));
defun("default-value", "(symbol)", "Return SYMBOL's default value.", (symbol: LispObject) => {
  const sym = checkSymbol(symbol);
  const v = defaultValue(sym);
  if (v === UNBOUND) xsignal(Qvoid_variable, sym);
  return v;
});

/** GNU set_default_internal for `set-default'. */
export function setDefaultValue(sym: LSymbol, value: LispObject): LispObject {
  if (sym.trapped === Trapped.NoWrite) {
    // Keywords may be "set" to their own value.
    if (isKeyword(sym) && value === symbolValue(sym)) return value;
    xsignal(Qsetting_constant, sym);
  }
  setDefault(indirectVariable(sym), value);
  return value;
}
defun("set-default", "(symbol value)", "Set SYMBOL's default value to VALUE.", (symbol: LispObject, value: LispObject) =>
  setDefaultValue(checkSymbol(symbol), value));

// ---------------------------------------------------------------------------------------------
// Buffer-local variables. Until buffer.ts exists, the current buffer is E.currentBuffer's placeholder;
// a real buffer is a Vectorlike of type "buffer" that also implements LocalsHolder.
// ---------------------------------------------------------------------------------------------
/** The current buffer as a Lisp object, or nil while only the placeholder exists. */
function currentBufferObject(): LispObject {
  const b = E.currentBuffer as unknown;
  return b instanceof Vectorlike ? (b as Vectorlike) : NIL;
}
/** GNU decode_buffer: nil means the current buffer. */
function decodeBuffer(buffer: LispObject): LocalsHolder {
  if (buffer === NIL) return E.currentBuffer;
  if (buffer instanceof Vectorlike && buffer.lispType === "buffer") return buffer as unknown as LocalsHolder;
  return wrongType(Qbufferp, buffer);
}
/** For per-buffer built-in variables, buffer.ts's Forward may answer whether BUF has its own value. */
function forwardLocalIn(fwd: Forward, buf: LocalsHolder): boolean {
  const f = (fwd as Forward & { localIn?: (b: LocalsHolder) => boolean }).localIn;
  return f !== undefined ? f(buf) : false;
}

defun("make-variable-buffer-local", "(variable)", "Make VARIABLE become buffer-local whenever it is set.", (variable: LispObject) => {
  const sym = indirectVariable(checkSymbol(variable));
  if (sym.r === Redirect.Forwarded) {
    if ((sym.x as Forward).perBuffer) return variable;
    error(`Symbol ${sym.name} may not be buffer-local`);
  }
  if (sym.trapped === Trapped.NoWrite) xsignal(Qsetting_constant, variable);
  // A void variable gets the default value nil.
  if (sym.r === Redirect.Plain && sym.v === UNBOUND) sym.v = NIL;
  localize(sym, true);
  return variable;
}, { interactive: "vMake Variable Buffer Local: " });

defun("make-local-variable", "(variable)", "Make VARIABLE have a separate value in the current buffer.", (variable: LispObject) => {
  const sym = indirectVariable(checkSymbol(variable));
  if (sym.trapped === Trapped.NoWrite) xsignal(Qsetting_constant, variable);
  const forwardedLocal = sym.r === Redirect.Forwarded && (sym.x as Forward).perBuffer === true;
  if (forwardedLocal || (sym.r === Redirect.Localized && (sym.x as Blv).localIfSet)) {
    // Setting makes it local here: set it to the value it already has.
    setInternal(variable as LSymbol, boundp(sym) ? symbolValue(sym) : UNBOUND);
    return variable;
  }
  if (sym.r === Redirect.Forwarded) error(`Symbol ${sym.name} may not be buffer-local`);
  const blv = localize(sym, false);
  const locals = E.currentBuffer.locals;
  if (!locals.has(sym)) locals.set(sym, blv.defaultValue);
  return variable;
}, { interactive: "vMake Local Variable: " });

defun("kill-local-variable", "(variable)", "Make VARIABLE no longer have a separate value in the current buffer.", (variable: LispObject) => {
  const sym = indirectVariable(checkSymbol(variable));
  if (sym.r !== Redirect.Localized) return variable;
  // Per-buffer built-ins that every buffer has (buffer.ts marks them; GNU: local flag -1) stay local.
  if ((sym.x as Blv & { alwaysLocal?: boolean }).alwaysLocal) return variable;
  if (sym.trapped === Trapped.Watched) notifyVariableWatchers(sym, NIL, "makunbound", currentBufferObject());
  E.currentBuffer.locals.delete(sym);
  return variable;
}, { interactive: "vKill Local Variable: " });

export function localVariableP(variable: LSymbol, buf: LocalsHolder): boolean {
  const sym = indirectVariable(variable);
  if (sym.r === Redirect.Localized) return buf.locals.has(sym);
  if (sym.r === Redirect.Forwarded && (sym.x as Forward).perBuffer) return forwardLocalIn(sym.x as Forward, buf);
  return false;
}
defun("local-variable-p", "(variable &optional buffer)", "Non-nil if VARIABLE has a local binding in buffer BUFFER.",
  (variable: LispObject, buffer: LispObject) => {
    const buf = decodeBuffer(buffer);
    return localVariableP(checkSymbol(variable), buf) ? T : NIL;
  });

export function localVariableIfSetP(variable: LSymbol, buf: LocalsHolder): boolean {
  const sym = indirectVariable(variable);
  if (sym.r === Redirect.Localized) return (sym.x as Blv).localIfSet || buf.locals.has(sym);
  if (sym.r === Redirect.Forwarded) return (sym.x as Forward).perBuffer === true;
  return false;
}
defun("local-variable-if-set-p", "(variable &optional buffer)", "Non-nil if VARIABLE is local in buffer BUFFER when set there.",
  (variable: LispObject, buffer: LispObject) => {
    const sym = checkSymbol(variable);
    return localVariableIfSetP(sym, decodeBuffer(buffer)) ? T : NIL;
  });

defun("variable-binding-locus", "(variable)", "Return a value indicating where VARIABLE's current binding comes from.",
  (variable: LispObject) => (localVariableP(checkSymbol(variable), E.currentBuffer) ? currentBufferObject() : NIL));

/** GNU buffer_local_value: VARIABLE's value in BUFFER, or UNBOUND. */
export function bufferLocalValue(variable: LispObject, buffer: LispObject): LispObject {
  const sym = indirectVariable(checkSymbol(variable));
  if (!(buffer instanceof Vectorlike && buffer.lispType === "buffer")) return wrongType(Qbufferp, buffer);
  const buf = buffer as unknown as LocalsHolder;
  switch (sym.r) {
    case Redirect.Localized: {
      const v = buf.locals.get(sym);
      return v !== undefined ? v : (sym.x as Blv).defaultValue;
    }
    case Redirect.Forwarded: {
      // Forwarded per-buffer variables read the current buffer: look from BUFFER's side for a moment.
      const prev = E.currentBuffer;
      E.currentBuffer = buf;
      try { return (sym.x as Forward).get(); } finally { E.currentBuffer = prev; }
    }
    default: return sym.v;
  }
}
defun("buffer-local-value", "(variable buffer)", "Return the value of VARIABLE in BUFFER.", (variable: LispObject, buffer: LispObject) => {
  const v = bufferLocalValue(variable, buffer);
  if (v === UNBOUND) xsignal(Qvoid_variable, variable);
  return v;
});

// ---------------------------------------------------------------------------------------------
// Aliases.
// ---------------------------------------------------------------------------------------------
defun("indirect-variable", "(object)", "Return the variable at the end of OBJECT's variable chain.",
  (object: LispObject) => (object instanceof LSymbol ? indirectVariable(object) : object));

defun("defvaralias", "(new-alias base-variable &optional docstring)", "Make NEW-ALIAS a variable alias for symbol BASE-VARIABLE.",
  (newAlias: LispObject, baseVariable: LispObject, docstring: LispObject) => {
    const sym = checkSymbol(newAlias);
    const base = checkSymbol(baseVariable);
    if (sym.trapped === Trapped.NoWrite) error("Cannot make a constant an alias");
    if (sym.r === Redirect.Forwarded) error("Cannot make an internal variable an alias");
    if (sym.r === Redirect.Localized) error("Don't know how to make a localized variable an alias");
    // If only the alias has a value, the base inherits it, so that code run before the alias still works.
    if (!boundp(base)) {
      const v = findSymbolValue(sym);
      const target = indirectVariable(base);
      if (target.r === Redirect.Plain) target.v = v; else setInternal(target, v);
    } else if (boundp(sym) && findSymbolValue(sym) !== findSymbolValue(base)) {
      const dw = E.internSoft("display-warning");
      if (dw !== undefined && dw.f !== NIL) {
        const msg = `Overwriting value of \u2018${sym.name}\u2019 by aliasing to \u2018${base.name}\u2019`;
        funcall(dw, new Cons(Qdefvaralias, new Cons(Qlosing_value, new Cons(sym, NIL))), LString.fromJs(msg));
      }
    }
    for (let i = 0; i < E.sp; i++) {
      if (E.spSym[i] === sym) error("Don't know how to make a let-bound variable an alias");
    }
    if (sym.trapped === Trapped.Watched) notifyVariableWatchers(sym, base, "defvaralias", NIL);
    sym.special = true;
    base.special = true;
    sym.r = Redirect.Alias;
    sym.x = base;
    sym.trapped = base.trapped;
    loadhistAttach(sym);
    symbolPut(sym, Qvariable_documentation, docstring);
    return base;
  });

// ---------------------------------------------------------------------------------------------
// Variable watchers. The watchers live on the base variable's `watchers' property; the base and every
// alias of it are marked Watched so that env.ts calls the hook on writes.
// ---------------------------------------------------------------------------------------------
function setTrappedWrite(sym: LSymbol, trap: Trapped): void {
  if (sym.trapped === Trapped.NoWrite) xsignal(Qtrapping_constant, sym);
  sym.trapped = trap;
}
/** Gives every alias of BASE the same trapped-write state (GNU harmonize_variable_watchers over the obarray). */
function harmonizeAliases(base: LSymbol): void {
  for (const s of E.obarray.values()) {
    if (s !== base && s.r === Redirect.Alias && indirectVariable(s) === base) setTrappedWrite(s, base.trapped);
  }
}

/** Calls SYMBOL's watchers with (SYMBOL NEWVAL OPERATION WHERE), with watching suspended meanwhile. */
export function notifyVariableWatchers(symbol: LSymbol, newval: LispObject, operation: string, where: LispObject): void {
  const sym = indirectVariable(symbol);
  sym.trapped = Trapped.Untrapped;
  try {
    if (where === NIL && operation !== "set-default" && operation !== "makunbound" && localVariableIfSetP(sym, E.currentBuffer)) {
      where = currentBufferObject();
    }
    const op = E.intern(operation === "set-default" ? "set" : operation);
    for (let w = symbolGet(sym, Qwatchers); w instanceof Cons; w = w.cdr) funcall(w.car, sym, newval, op, where);
  } finally {
    sym.trapped = Trapped.Watched;
  }
}

// env.ts calls this before writing a Watched symbol. Its setInternal re-checks the alias target after an alias,
// so calls for the alias itself are skipped to notify once; a write of UNBOUND is GNU's `makunbound'.
setWatchHook((sym, newval, op, where) => {
  if (sym.r === Redirect.Alias) return;
  if (newval === UNBOUND) notifyVariableWatchers(sym, NIL, "makunbound", where);
  else notifyVariableWatchers(sym, newval, op, where);
});

defun("add-variable-watcher", "(symbol watch-function)", "Cause WATCH-FUNCTION to be called when SYMBOL is about to be set.",
  (symbol: LispObject, watchFunction: LispObject) => {
    const sym = checkSymbol(symbol instanceof LSymbol ? indirectVariable(symbol) : symbol);
    setTrappedWrite(sym, Trapped.Watched);
    harmonizeAliases(sym);
    const watchers = symbolGet(sym, Qwatchers);
    for (let w = watchers; w instanceof Cons; w = w.cdr) if (equal(w.car, watchFunction)) return NIL;
    symbolPut(sym, Qwatchers, new Cons(watchFunction, watchers));
    return NIL;
  });

defun("remove-variable-watcher", "(symbol watch-function)", "Undo the effect of `add-variable-watcher'.",
  (symbol: LispObject, watchFunction: LispObject) => {
    const sym = checkSymbol(symbol instanceof LSymbol ? indirectVariable(symbol) : symbol);
    // Fdelete splices the matching cells out of the list in place: a list got earlier sees the change.
    let watchers = symbolGet(sym, Qwatchers);
    let prev: Cons | undefined;
    for (let w = watchers; w instanceof Cons; w = w.cdr) {
      if (!equal(w.car, watchFunction)) { prev = w; continue; }
      if (prev) prev.cdr = w.cdr; else watchers = w.cdr;
    }
    if (watchers === NIL) {
      setTrappedWrite(sym, Trapped.Untrapped);
      harmonizeAliases(sym);
    }
    symbolPut(sym, Qwatchers, watchers);
    return NIL;
  });

defun("get-variable-watchers", "(symbol)", "Return a list of SYMBOL's active watchers.", (symbol: LispObject) => {
  const sym = checkSymbol(symbol);
  return sym.trapped === Trapped.Watched ? symbolGet(indirectVariable(sym), Qwatchers) : NIL;
});
