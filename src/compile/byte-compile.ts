// `byte-compile` as tsmacs does it: compiling a function means compiling it to JavaScript now (GNU:
// bytecomp.el's entry point, which produces byte code). It is a primitive so that GNU's own Lisp
// (--gnu-lisp) finds it before loaddefs.el's autoload for bytecomp.el — which would drag in the byte
// compiler, whose output tsmacs cannot run — and cl-generic byte-compiles its dispatchers.
// The project's lisp/byte-run.el defines the same function in Lisp.
import { defun } from "../defun.js";
import { findSymbolValue } from "../env.js";
import { callableOf, evalForm } from "../eval.js";
import { Cons, LispObject, LSymbol, NIL, defsym, list } from "../lisp.js";
import { Q } from "./scope.js";

const Qlexical_binding = defsym("lexical-binding");

/** Compiles a closure or lambda list now (its first call would otherwise do it). */
function compileNow(f: LispObject): LispObject {
  callableOf(f);
  return f;
}

defun("byte-compile", "(form)", `If FORM is a symbol, byte-compile its function definition.
If FORM is a lambda or a macro, byte-compile it as a function.
tsmacs compiles Lisp to JavaScript rather than byte code: the result is the function object, compiled now
(an invalid lambda list, which GNU's compiler only warns about, signals invalid-function when called).`,
(form) => {
  if (form instanceof LSymbol && form !== NIL) {
    const def = form.f;
    if (def instanceof Cons && def.car === Q.macro) compileNow(def.cdr);
    else if (def instanceof Cons && (def.car === Q.lambda || def.car === Q.closure)) compileNow(def);
    return def;
  }
  if (form instanceof Cons && form.car === Q.lambda) {
    return compileNow(evalForm(list(Q.function, form), findSymbolValue(Qlexical_binding)));
  }
  if (form instanceof Cons && form.car === Q.closure) {
    return compileNow(form);
  }
  if (form instanceof Cons && form.car === Q.macro) { compileNow(form.cdr); return form; }
  return evalForm(form, findSymbolValue(Qlexical_binding));
});
