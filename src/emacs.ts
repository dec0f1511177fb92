// Start-up: building a Lisp world and the command line (GNU: emacs.c, startup.el's command-line basics).
import "./all.js";
import { Env, enterEnv, E } from "./env.js";
import { subrRegistry, varRegistry } from "./defun.js";
import { arrayToList, LispObject, mkStr, NIL } from "./lisp.js";
import { STANDARD_ERRORS, Qerror_conditions, Qerror_message } from "./signal.js";

export interface CreateEnvOptions {
  /** Load the project's preloaded Lisp library (lisp/*.el). Default true. */
  preload?: boolean;
}

/** Builds a fresh Lisp world and makes it current. */
export function createEnv(_opts: CreateEnvOptions = {}): Env {
  const env = new Env();
  enterEnv(env);
  for (const subr of subrRegistry) env.intern(subr.name).f = subr;
  for (const v of varRegistry) {
    const sym = v.sym;
    sym.special = true;
    if (v.forward) { const fwd = v.forward(env); sym.r = 3; sym.x = fwd; }
    else sym.v = typeof v.init === "function" ? v.init() : v.init;
    if (v.constant) sym.trapped = 1;
    if (v.doc) putProp(sym, env.intern("variable-documentation"), mkStr(v.doc));
  }
  for (const [name, msg, ...parents] of STANDARD_ERRORS) {
    const sym = env.intern(name);
    putProp(sym, Qerror_conditions, arrayToList([sym, ...parents.map((p) => env.intern(p))]));
    putProp(sym, Qerror_message, mkStr(msg));
  }
  return env;
}

function putProp(sym: import("./lisp.js").LSymbol, prop: LispObject, val: LispObject): void {
  let p = sym.plist;
  while (p instanceof Object && "car" in (p as object)) {
    const c = p as import("./lisp.js").Cons;
    if (c.car === prop && c.cdr instanceof Object && "car" in (c.cdr as object)) { (c.cdr as import("./lisp.js").Cons).car = val; return; }
    p = (c.cdr as import("./lisp.js").Cons).cdr;
  }
  sym.plist = arrayToList([prop, val], sym.plist);
  void NIL; void E;
}
