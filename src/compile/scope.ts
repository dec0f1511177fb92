// Compile-time lexical scope: which Lisp variables are JS locals, which are cells of an environment alist
// (closures rebuilt from lists, `eval` with an alist), and which are dynamic (GNU: the lexical environment
// alist of eval.c, resolved at compile time).
import { defsym, LSymbol } from "../lisp.js";

export interface VarRef {
  sym: LSymbol;
  /** JS variable name: the value itself, or (cell) a cons whose cdr is the value. */
  js: string;
  cell: boolean;
}

export const Q = {
  lambda: defsym("lambda"),
  closure: defsym("closure"),
  function: defsym("function"),
  quote: defsym("quote"),
  macro: defsym("macro"),
  autoload: defsym("autoload"),
  optional: defsym("&optional"),
  rest: defsym("&rest"),
  interactive: defsym("interactive"),
  declare: defsym("declare"),
  lexical_binding: defsym("lexical-binding"),
  signal_wrong_type_listp: defsym("internal--signal-dotted-args"),
  debug: defsym("debug"),
  error: defsym("error"),
  success: defsym(":success"),
  circular_list: defsym("circular-list"),
  wrong_type_argument: defsym("wrong-type-argument"),
  listp: defsym("listp"),
};

export class Scope {
  readonly vars: VarRef[] = [];
  readonly specials: LSymbol[] = [];
  readonly Q = Q;
  /** Local macro definitions (macroexpand-all-environment style alist entries). */
  macroEnv: Map<LSymbol, unknown> | null;
  constructor(readonly lexical: boolean, readonly parent: Scope | null) {
    this.macroEnv = parent ? parent.macroEnv : null;
  }
  child(): Scope { return new Scope(this.lexical, this); }
  bind(sym: LSymbol, js: string, cell = false): VarRef {
    const r = { sym, js, cell };
    this.vars.push(r);
    return r;
  }
  declareSpecial(sym: LSymbol): void { this.specials.push(sym); }
  /** True when a `let` of SYM here must bind dynamically. */
  isSpecial(sym: LSymbol): boolean {
    if (sym.special || !this.lexical) return true;
    for (let s: Scope | null = this; s; s = s.parent) if (s.specials.includes(sym)) return true;
    return false;
  }
  /** The lexical binding SYM refers to, or undefined for a dynamic (symbol-value) reference. */
  lookup(sym: LSymbol): VarRef | undefined {
    if (sym.special) return undefined;
    for (let s: Scope | null = this; s; s = s.parent) {
      for (let i = s.vars.length - 1; i >= 0; i--) if (s.vars[i].sym === sym) return s.vars[i];
      if (s.specials.includes(sym)) return undefined;
    }
    return undefined;
  }
  /** Every lexical binding visible here, innermost first (the order of GNU's closure environments). */
  visible(): VarRef[] {
    const out: VarRef[] = [];
    for (let s: Scope | null = this; s; s = s.parent) for (let i = s.vars.length - 1; i >= 0; i--) out.push(s.vars[i]);
    return out;
  }
}
