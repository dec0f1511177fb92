// Compilers for GNU's special forms (GNU: eval.c Fquote, Fif, Fcond, Flet, Fwhile, Fcatch, Fcondition_case,
// Funwind_protect, Fdefvar ... and the save-* forms of editfns.c), emitting JS statements and expressions.
import { Cons, LispObject, LSymbol, NIL, T, list, defsym } from "../lisp.js";
import { Qwrong_number_of_arguments } from "../signal.js";
import {
  compileBody, compileEffect, compileExpr, compileInto, compileSet, constExpr, Cx, improperListError,
} from "./codegen.js";
import { closureCreation } from "./lambda.js";
import { Q } from "./scope.js";

type SpecialCompiler = (form: Cons, cx: Cx) => string;
export const specialForms = new Map<LSymbol, SpecialCompiler>();
function def(name: string, c: SpecialCompiler): void { specialForms.set(defsym(name), c); }

function argsOf(form: Cons): LispObject[] {
  const out: LispObject[] = [];
  for (let a = form.cdr; a instanceof Cons; a = a.cdr) out.push(a.car);
  return out;
}
/** A form-time error becomes a run-time signal, as GNU only notices it when the form runs. */
function signalAtRuntime(cx: Cx, sym: LSymbol, ...data: LispObject[]): string {
  return `sig(${cx.k(sym)}, ${cx.k(list(...data))})`;
}
function wrongArgs(form: Cons, n: number, cx: Cx): string {
  return signalAtRuntime(cx, Qwrong_number_of_arguments, form.car, n);
}

def("quote", (form, cx) => {
  const a = argsOf(form);
  if (a.length !== 1 || form.cdr instanceof Cons && form.cdr.cdr !== NIL) return wrongArgs(form, a.length, cx);
  return constExpr(a[0], cx);
});

def("function", (form, cx) => {
  const a = argsOf(form);
  if (a.length !== 1) return wrongArgs(form, a.length, cx);
  const f = a[0];
  if (f instanceof Cons && f.car === Q.lambda && cx.scope.lexical) return closureCreation(f, cx);
  return constExpr(f, cx);
});

def("progn", (form, cx) => compileBody(form.cdr, cx));
def("inline", (form, cx) => compileBody(form.cdr, cx));
def("interactive", () => "NIL");

def("prog1", (form, cx) => {
  if (!(form.cdr instanceof Cons)) return wrongArgs(form, 0, cx);
  const t = cx.tmp();
  compileInto(form.cdr.car, t, cx);
  for (let b = form.cdr.cdr; b instanceof Cons; b = b.cdr) compileEffect(b.car, cx);
  return t;
});

/** Emits `if (TEST !== NIL) {THEN} else {ELSE}` choosing a ternary when neither branch needs statements. */
function conditional(testExpr: string, thenF: () => string, elseF: () => string, cx: Cx): string {
  const [s1, e1] = cx.capture(thenF);
  const [s2, e2] = cx.capture(elseF);
  if (s1.length === 0 && s2.length === 0) return `(${testExpr} !== NIL ? ${e1} : ${e2})`;
  const t = cx.tmp();
  cx.emit(`if (${testExpr} !== NIL) {`); s1.forEach((s) => cx.emit(s)); cx.emit(`${t} = ${e1};`);
  cx.emit(`} else {`); s2.forEach((s) => cx.emit(s)); cx.emit(`${t} = ${e2};`); cx.emit(`}`);
  return t;
}

def("if", (form, cx) => {
  const a = form.cdr;
  if (!(a instanceof Cons) || !(a.cdr instanceof Cons)) return wrongArgs(form, argsOf(form).length, cx);
  const test = compileExpr(a.car, cx);
  const then = a.cdr.car;
  const rest = a.cdr.cdr;
  return conditional(test, () => compileExpr(then, cx), () => compileBody(rest, cx), cx);
});

def("cond", (form, cx) => compileCond(form.cdr, cx));
function compileCond(clauses: LispObject, cx: Cx): string {
  if (!(clauses instanceof Cons)) return "NIL";
  const clause = clauses.car;
  if (clause === NIL) return compileCond(clauses.cdr, cx);
  if (!(clause instanceof Cons)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("listp"), clause))})`;
  const badClause = improperListError(clause, cx);
  if (badClause !== undefined) return badClause;
  if (clause.cdr === NIL) {
    // (cond (A) ...) yields A's value when non-nil.
    const t = cx.tmp();
    compileInto(clause.car, t, cx);
    return conditional(t, () => t, () => compileCond(clauses.cdr, cx), cx);
  }
  const test = compileExpr(clause.car, cx);
  return conditional(test, () => compileBody(clause.cdr, cx), () => compileCond(clauses.cdr, cx), cx);
}

def("and", (form, cx) => compileAndOr(form.cdr, cx, true));
def("or", (form, cx) => compileAndOr(form.cdr, cx, false));
function compileAndOr(args: LispObject, cx: Cx, isAnd: boolean): string {
  if (!(args instanceof Cons)) return isAnd ? "T" : "NIL";
  if (!(args.cdr instanceof Cons)) return compileExpr(args.car, cx);
  const t = cx.tmp();
  compileInto(args.car, t, cx);
  const rest = args.cdr;
  return isAnd
    ? conditional(t, () => compileAndOr(rest, cx, true), () => "NIL", cx)
    : conditional(t, () => t, () => compileAndOr(rest, cx, false), cx);
}

def("setq", (form, cx) => {
  const a = argsOf(form);
  if (a.length % 2 !== 0) return wrongArgs(form, a.length, cx);
  let last = "NIL";
  for (let i = 0; i < a.length; i += 2) {
    const sym = a[i];
    if (!(sym instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), sym))})`;
    const v = compileExpr(a[i + 1], cx);
    last = compileSet(sym, v, cx);
    if (i + 2 < a.length) { cx.emit(`${last};`); }
  }
  if (a.length > 2) { const t = cx.tmp(); cx.emit(`${t} = ${last};`); return t; }
  return last;
});

def("while", (form, cx) => {
  if (!(form.cdr instanceof Cons)) return wrongArgs(form, 0, cx);
  const [ts, te] = cx.capture(() => compileExpr((form.cdr as Cons).car, cx));
  if (ts.length === 0) {
    cx.emit(`while (${te} !== NIL) {`);
  } else {
    cx.emit(`while (true) {`); ts.forEach((s) => cx.emit(s)); cx.emit(`if (${te} === NIL) break;`);
  }
  for (let b = form.cdr.cdr; b instanceof Cons; b = b.cdr) compileEffect(b.car, cx);
  cx.emit(`}`);
  return "NIL";
});

/** let and let*: lexical variables become block-scoped JS `let`s; special ones are specbound. */
function compileLet(form: Cons, cx: Cx, sequential: boolean): string {
  if (!(form.cdr instanceof Cons)) return wrongArgs(form, 0, cx);
  const bindings: [LSymbol, LispObject][] = [];
  const varlist = form.cdr.car;
  if (varlist !== NIL && !(varlist instanceof Cons)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("listp"), varlist))})`;
  const badVarlist = improperListError(varlist, cx);
  if (badVarlist !== undefined) return badVarlist;
  for (let b: LispObject = varlist; b instanceof Cons; b = b.cdr) {
    const x = b.car;
    if (x instanceof LSymbol) bindings.push([x, NIL]);
    else if (x instanceof Cons) {
      if (!(x.car instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), x.car))})`;
      if (x.cdr instanceof Cons && x.cdr.cdr !== NIL) {
        return `sig(${cx.k(defsym("error"))}, ${cx.k(new Cons(mkLString("`let' bindings can have only one value-form"), x))})`;
      }
      bindings.push([x.car, x.cdr instanceof Cons ? x.cdr.car : NIL]);
    } else return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), x))})`;
  }
  const body = form.cdr.cdr;
  const result = cx.tmp();
  const scope = cx.scope.child();
  let anyDynamic = false;
  const sp = cx.unit.fresh("sp");
  cx.emit(`{`);
  const needSp = bindings.some(([s]) => scope.isSpecial(s));
  if (needSp) cx.emit(`const ${sp} = E.sp;`);
  if (sequential) {
    for (const [sym, init] of bindings) {
      const v = cx.withScope(scope, () => compileExpr(init, cx));
      if (scope.isSpecial(sym)) { anyDynamic = true; cx.emit(`specbind(${cx.k(sym)}, ${v});`); }
      else { const js = cx.unit.fresh("l"); cx.emit(`let ${js} = ${v};`); scope.bind(sym, js); }
    }
  } else {
    const vals: string[] = [];
    for (const [, init] of bindings) {
      const t = cx.unit.fresh("v");
      const v = compileExpr(init, cx);
      cx.emit(`const ${t} = ${v};`);
      vals.push(t);
    }
    bindings.forEach(([sym], i) => {
      if (scope.isSpecial(sym)) { anyDynamic = true; cx.emit(`specbind(${cx.k(sym)}, ${vals[i]});`); }
      else { const js = cx.unit.fresh("l"); cx.emit(`let ${js} = ${vals[i]};`); scope.bind(sym, js); }
    });
  }
  const e = cx.withScope(scope, () => compileBody(body, cx));
  cx.emit(`${result} = ${e};`);
  if (anyDynamic) cx.emit(`unbindTo(${sp});`);
  cx.emit(`}`);
  return result;
}
import { LString } from "../lisp.js";
const mkLString = (s: string) => LString.fromJs(s);
def("let", (form, cx) => compileLet(form, cx, false));
def("let*", (form, cx) => compileLet(form, cx, true));

/** Saves the dynamic state a handler site restores when it catches (specpdl, depth, handler stack). */
function saveState(cx: Cx): { sp: string; d: string; hn: string } {
  const sp = cx.unit.fresh("sp"), d = cx.unit.fresh("d"), hn = cx.unit.fresh("hn");
  cx.emit(`const ${sp} = E.sp, ${d} = E.depth, ${hn} = E.hn;`);
  return { sp, d, hn };
}

def("unwind-protect", (form, cx) => {
  if (!(form.cdr instanceof Cons)) return wrongArgs(form, 0, cx);
  const t = cx.tmp();
  cx.emit(`{`);
  const st = saveState(cx);
  cx.emit(`try {`);
  compileInto(form.cdr.car, t, cx);
  cx.emit(`} finally {`);
  cx.emit(`if (E.sp > ${st.sp}) unbindTo(${st.sp}); E.depth = ${st.d}; E.hn = ${st.hn};`);
  for (let b = form.cdr.cdr; b instanceof Cons; b = b.cdr) compileEffect(b.car, cx);
  cx.emit(`}}`);
  return t;
});

def("catch", (form, cx) => {
  if (!(form.cdr instanceof Cons)) return wrongArgs(form, 0, cx);
  const t = cx.tmp();
  const tag = cx.unit.fresh("tag");
  const tagE = compileExpr(form.cdr.car, cx);
  cx.emit(`{ const ${tag} = ${tagE};`);
  const st = saveState(cx);
  cx.emit(`E.hType[${st.hn}] = 0; E.hTag[${st.hn}] = ${tag}; E.hn = ${st.hn} + 1;`);
  cx.emit(`try {`);
  const e = compileBody(form.cdr.cdr, cx);
  cx.emit(`${t} = ${e}; E.hn = ${st.hn};`);
  cx.emit(`} catch (ex) { E.hn = ${st.hn};`);
  cx.emit(`if (ex instanceof LispThrow && ex.tag === ${tag}) { if (E.sp > ${st.sp}) unbindTo(${st.sp}); E.depth = ${st.d}; ${t} = ex.value; } else throw ex; }`);
  cx.emit(`}`);
  return t;
});

def("condition-case", (form, cx) => {
  const a = argsOf(form);
  if (a.length < 2) return wrongArgs(form, a.length, cx);
  const v = a[0];
  if (!(v instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), v))})`;
  const clauses: Cons[] = [];
  let success: Cons | null = null;
  for (const h of a.slice(2)) {
    if (h === NIL) continue;
    if (!(h instanceof Cons)) return `sig(${cx.k(defsym("error"))}, ${cx.k(list(mkLString("Invalid condition handler: %s"), h))})`;
    if (h.car === Q.success) success = h; else clauses.push(h);
  }
  const t = cx.tmp();
  const ok = cx.unit.fresh("ok");
  cx.emit(`{ let ${ok} = false;`);
  const st = saveState(cx);
  const specs = clauses.map((c) => c.car);
  cx.emit(`E.hType[${st.hn}] = 1; E.hTag[${st.hn}] = ${cx.k(specs as unknown as LispObject)}; E.hn = ${st.hn} + 1;`);
  cx.emit(`try {`);
  compileInto(a[1], t, cx);
  cx.emit(`${ok} = true; E.hn = ${st.hn};`);
  cx.emit(`} catch (ex0) { E.hn = ${st.hn};`);
  cx.emit(`const ex = toSignal(ex0); if (!(ex instanceof LispSignal)) throw ex0;`);
  cx.emit(`if (E.sp > ${st.sp}) unbindTo(${st.sp}); E.depth = ${st.d};`);
  cx.emit(`const cs = conditionsOf(ex.sym);`);
  clauses.forEach((c, i) => {
    cx.emit(`${i ? "else " : ""}if (handlerMatches(cs, ${cx.k(c.car)})) {`);
    bindHandlerVar(v, `new Cons(ex.sym, ex.data)`, c.cdr, t, cx);
    cx.emit(`}`);
  });
  cx.emit(`${clauses.length ? "else " : ""}throw ex; }`);
  if (success) {
    cx.emit(`if (${ok}) {`);
    bindHandlerVar(v, t, success.cdr, t, cx);
    cx.emit(`}`);
  }
  cx.emit(`}`);
  return t;
});

function bindHandlerVar(v: LSymbol, valueExpr: string, body: LispObject, target: string, cx: Cx): void {
  if (v === NIL) { compileInto(new Cons(defsym("progn"), body), target, cx); return; }
  const scope = cx.scope.child();
  if (scope.isSpecial(v)) {
    const sp = cx.unit.fresh("sp");
    cx.emit(`const ${sp} = E.sp; specbind(${cx.k(v)}, ${valueExpr});`);
    const e = cx.withScope(scope, () => compileBody(body, cx));
    cx.emit(`${target} = ${e}; unbindTo(${sp});`);
  } else {
    const js = cx.unit.fresh("l");
    cx.emit(`let ${js} = ${valueExpr};`);
    scope.bind(v, js);
    const e = cx.withScope(scope, () => compileBody(body, cx));
    cx.emit(`${target} = ${e};`);
  }
}

def("defvar", (form, cx) => {
  const a = argsOf(form);
  if (a.length === 0 || a.length > 3) return wrongArgs(form, a.length, cx);
  const sym = a[0];
  if (!(sym instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), sym))})`;
  if (a.length === 1) {
    // A local special declaration for the rest of this scope (GNU: pushed onto the lexical environment).
    cx.scope.declareSpecial(sym);
    return cx.k(sym);
  }
  cx.scope.declareSpecial(sym);
  const k = cx.k(sym);
  const doc = a.length > 2 ? constExpr(a[2], cx) : "NIL";
  const t = cx.tmp();
  cx.emit(`${t} = defvarBegin(${k}, ${doc});`);
  cx.emit(`if (${t} === NIL) {`);
  const v = compileExpr(a[1], cx);
  cx.emit(`setDefault(${k}, ${v});`);
  cx.emit(`}`);
  return k;
});

def("defconst", (form, cx) => {
  const a = argsOf(form);
  if (a.length < 2 || a.length > 3) return wrongArgs(form, a.length, cx);
  const sym = a[0];
  if (!(sym instanceof LSymbol)) return `sig(${cx.k(defsym("wrong-type-argument"))}, ${cx.k(list(defsym("symbolp"), sym))})`;
  cx.scope.declareSpecial(sym);
  const v = compileExpr(a[1], cx);
  const doc = a.length > 2 ? constExpr(a[2], cx) : "NIL";
  return `defconstSet(${cx.k(sym)}, ${v}, ${doc})`;
});

/** save-current-buffer / save-excursion / save-restriction: state saved and restored by buffer hooks. */
function saving(kind: string): SpecialCompiler {
  return (form, cx) => {
    const t = cx.tmp();
    const s = cx.unit.fresh("saved");
    cx.emit(`{ const ${s} = saveBegin(${JSON.stringify(kind)}); try {`);
    compileInto(new Cons(defsym("progn"), form.cdr), t, cx);
    cx.emit(`} finally { saveEnd(${JSON.stringify(kind)}, ${s}); } }`);
    return t;
  };
}
def("save-current-buffer", saving("buffer"));
def("save-excursion", saving("excursion"));
def("save-restriction", saving("restriction"));

export { T };
