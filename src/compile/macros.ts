// Macro expansion at compile time (GNU: eval.c Fmacroexpand and the macro case of eval_sub).
import { Cons, LispObject, LSymbol, NIL } from "../lisp.js";
import { Q } from "./scope.js";
import type { Cx } from "./codegen.js";

/** Hooks filled in by eval.ts (which owns funcall and autoloading) to avoid an import cycle. */
export const macroHooks = {
  funcall: (_f: LispObject, _args: LispObject[]): LispObject => NIL,
  autoloadDoLoad: (_fundef: Cons, _sym: LSymbol, macroOnly: boolean): LispObject => (macroOnly ? NIL : NIL),
};

/** The macro expander function for SYM (following aliases and macro autoloads), or undefined. */
export function macroFunction(sym: LSymbol, env: Map<LSymbol, unknown> | null): LispObject | undefined {
  if (env !== null && env.has(sym)) {
    const local = env.get(sym) as LispObject;
    return local === NIL ? undefined : local;
  }
  let def: LispObject = sym.f;
  for (let i = 0; def instanceof LSymbol && def !== NIL && i < 100; i++) def = def.f;
  if (!(def instanceof Cons)) return undefined;
  if (def.car === Q.macro) return def.cdr;
  if (def.car === Q.autoload) {
    // (autoload FILE DOC INTERACTIVE TYPE): load it when TYPE says macro (t or `macro`).
    const type = nth(def, 4);
    if (type === NIL || type === undefined) return undefined;
    const loaded = macroHooks.autoloadDoLoad(def, sym, true);
    if (loaded instanceof Cons && loaded.car === Q.macro) return loaded.cdr;
  }
  return undefined;
}

function nth(l: LispObject, n: number): LispObject | undefined {
  for (let i = 0; i < n && l instanceof Cons; i++) l = l.cdr;
  return l instanceof Cons ? l.car : undefined;
}

/** Expands FORM once if its head is a macro; undefined otherwise. */
export function expandMacroCall(head: LSymbol, form: Cons, cx: Cx | null): LispObject | undefined {
  const fn = macroFunction(head, cx ? cx.scope.macroEnv : null);
  if (fn === undefined) return undefined;
  const args: LispObject[] = [];
  for (let a = form.cdr; a instanceof Cons; a = a.cdr) args.push(a.car);
  return macroHooks.funcall(fn, args);
}
