// Forms whose macro expansion must wait until they run (GNU: eval.c eval_sub expands a macro call each time
// the interpreter reaches it). The compiler expands macros when it compiles a function body, which is
// earlier than GNU; two cases need GNU's timing, and bootstrapping GNU's own subr.el needs both:
//  - expanding signals at compile time (the macro's helpers may not exist yet, or the branch never runs):
//    the error belongs to the moment the form is evaluated, and by then expansion may well succeed;
//  - a call to a function that is undefined at compile time and has become a macro when the call runs
//    (backquote.el's functions use `unless` before subr.el defines it).
// Such a site evaluates its form at run time: visible lexical variables are passed as cells (live views of
// the JS locals), and the form is compiled once per site against those cells.
import { Cons, LispObject, LSymbol, NIL } from "../lisp.js";
import { E, unbindTo } from "../env.js";
import { LispSignal, LispThrow } from "../signal.js";
import { Cx, JsFn, Unit, compileBody } from "./codegen.js";
import { Q, Scope, VarRef } from "./scope.js";
import { expandMacroCall } from "./macros.js";
import { instantiate, Runtime } from "./lambda.js";

/** What a deferred site needs at run time. */
interface Site {
  form: Cons;
  lexical: boolean;
  /** Lexically bound variables visible at the site, in the order of the cells passed at run time. */
  syms: LSymbol[];
  /** Variables declared special by a local (defvar X) visible at the site. */
  specials: LSymbol[];
  macroEnv: Map<LSymbol, unknown> | null;
  /** The compiled form and the macro definition it was expanded with. */
  fn?: (...cells: Cons[]) => LispObject;
  macro?: LispObject;
}

/** eval.ts supplies the runtime object generated code is instantiated with. */
export const deferredHooks = { runtime: (): Runtime => ({}) };

/** Bindings visible in SCOPE as its `lookup` resolves them: the innermost binding of each symbol wins. */
function visibleBindings(scope: Scope): { lexical: VarRef[]; specials: LSymbol[] } {
  const seen = new Set<LSymbol>();
  const lexical: VarRef[] = [], specials: LSymbol[] = [];
  for (let s: Scope | null = scope; s; s = s.parent) {
    for (let i = s.vars.length - 1; i >= 0; i--) {
      const v = s.vars[i];
      if (seen.has(v.sym)) continue;
      seen.add(v.sym);
      if (!v.sym.special) lexical.push(v);
    }
    for (const sym of s.specials) if (!seen.has(sym)) { seen.add(sym); specials.push(sym); }
  }
  return { lexical, specials };
}

/** Code that evaluates FORM when it is reached, expanding its macro then (see the file comment). */
export function compileDeferred(form: Cons, cx: Cx): string {
  const { lexical, specials } = cx.scope.lexical ? visibleBindings(cx.scope) : { lexical: [], specials: [] };
  const site: Site = { form, lexical: cx.scope.lexical, syms: lexical.map((v) => v.sym), specials, macroEnv: cx.scope.macroEnv };
  const t = cx.tmp();
  // A local that is not already a cell is passed as a live cell whose cdr reads and writes the JS local
  // itself, so the form and any closure it calls (GNU's called-interactively-p calls its get-next-frame
  // closure inside a pcase expanded here) see each other's assignments.
  const cells = lexical.map((v) => (v.cell ? v.js : `liveCell(${cx.k(v.sym)}, () => ${v.js}, (x) => { ${v.js} = x; })`));
  cx.emit(`${t} = runDeferred(${cx.k(site as unknown as LispObject)}${cells.map((c) => ", " + c).join("")});`);
  return t;
}

/**
 * A call to FNSYM, undefined when compiled: if it is a macro by the time the call runs, the form is
 * evaluated as a deferred one; otherwise CALL (the ordinary call's statements and expression) runs.
 */
export function guardUnknownCall(form: Cons, fnSym: LSymbol, call: () => string, cx: Cx): string {
  const k = cx.k(fnSym);
  const t = cx.tmp();
  cx.emit(`if (${k}.f instanceof Cons && ${k}.f.car === ${cx.k(Q.macro)}) {`);
  const d = compileDeferred(form, cx);
  cx.emit(`${t} = ${d};`);
  cx.emit(`} else {`);
  const e = call();
  cx.emit(`${t} = ${e};`);
  cx.emit(`}`);
  return t;
}

/** Expands macros in FORM at compile time, or returns undefined when the expansion signals. */
export function tryExpand(head: LSymbol, form: Cons, cx: Cx): { expansion: LispObject | undefined } | undefined {
  const sp = E.sp, depth = E.depth, hn = E.hn;
  try {
    return { expansion: expandMacroCall(head, form, cx) };
  } catch (e) {
    if (!(e instanceof LispSignal || e instanceof LispThrow)) throw e;
    if (E.sp > sp) unbindTo(sp);
    E.depth = depth; E.hn = hn;
    return undefined;
  }
}

/** A binding cell (SYM . value) whose value is a JS local of compiled code, read and written through GET/SET. */
export function liveCell(sym: LSymbol, get: () => LispObject, set: (v: LispObject) => void): Cons {
  const c = new Cons(sym, NIL);
  Object.defineProperty(c, "cdr", { get, set, enumerable: true });
  return c;
}

/** Run-time half of a deferred site: expands the form now (errors are signalled here), then runs it. */
export function runDeferred(site: Site, ...cells: Cons[]): LispObject {
  const head = site.form.car as LSymbol;
  if (site.fn === undefined || site.macro !== head.f) {
    const scope = new Scope(site.lexical, null);
    scope.macroEnv = site.macroEnv;
    for (const s of site.specials) scope.declareSpecial(s);
    const unit = new Unit();
    const params = site.syms.map((_, i) => `$c${i}`);
    // Outer bindings first, so that the innermost (first in syms) is found first by lookup.
    for (let i = site.syms.length - 1; i >= 0; i--) scope.bind(site.syms[i], params[i], true);
    const fn = new JsFn(unit);
    const cx = new Cx(fn, scope);
    const macro = head.f;
    const expansion = expandMacroCall(head, site.form, cx);
    const e = compileBody(new Cons(expansion === undefined ? site.form : expansion, NIL), cx);
    const temps = fn.temps.length ? `let ${fn.temps.join(", ")};` : "";
    site.fn = instantiate(unit, `function (${params.join(", ")}) {\n${temps}\n${fn.lines.join("\n")}\nreturn ${e};\n}`, deferredHooks.runtime());
    site.macro = macro;
  }
  return site.fn!(...cells);
}
