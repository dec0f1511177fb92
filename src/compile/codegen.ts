// Compiles Lisp forms to JavaScript source run through `new Function` (GNU: eval.c's eval_sub/funcall_lambda,
// done ahead of time). Lexical variables become JS locals, so V8 optimises function bodies; dynamic
// variables use shallow binding (env.ts specbind). Handler sites (catch, condition-case, unwind-protect)
// restore the specpdl, eval depth and handler stack themselves, so plain calls need no try/finally.
import { Cons, LispObject, LSymbol, NIL, T, isNil, listToArray, Subr, UNEVALLED } from "../lisp.js";
import { Scope, VarRef } from "./scope.js";
import { specialForms } from "./special-forms.js";
import { compileDeferred, guardUnknownCall, tryExpand } from "./deferred.js";

/** One generated JS function (a Lisp lambda body or a top-level thunk). */
export class JsFn {
  lines: string[] = [];
  temps: string[] = [];
  constructor(readonly unit: Unit) {}
  emit(s: string): void { this.lines.push(s); }
  tmp(): string { const t = "t" + this.unit.counter++; this.temps.push(t); return t; }
}

/** A compilation unit: one `new Function`, with its constants hoisted into closure variables. */
export class Unit {
  consts: LispObject[] = [];
  private constIndex = new Map<LispObject, string>();
  counter = 0;
  /** Name of a JS variable holding the constant OBJ. */
  constant(obj: LispObject): string {
    let name = this.constIndex.get(obj);
    if (name === undefined) {
      name = "k" + this.consts.length;
      this.consts.push(obj);
      this.constIndex.set(obj, name);
    }
    return name;
  }
  fresh(prefix: string): string { return prefix + this.counter++; }
}

/** Compile context: the JS function being emitted into and the lexical scope. */
export class Cx {
  constructor(public fn: JsFn, public scope: Scope) {}
  get unit(): Unit { return this.fn.unit; }
  emit(s: string): void { this.fn.emit(s); }
  tmp(): string { return this.fn.tmp(); }
  k(obj: LispObject): string { return this.fn.unit.constant(obj); }
  /** Runs F with statements redirected into a fresh buffer; returns [statements, F's result]. */
  capture<R>(f: () => R): [string[], R] {
    const saved = this.fn.lines;
    this.fn.lines = [];
    try { const r = f(); return [this.fn.lines, r]; } finally { this.fn.lines = saved; }
  }
  withScope<R>(scope: Scope, f: () => R): R {
    const saved = this.scope;
    this.scope = scope;
    try { return f(); } finally { this.scope = saved; }
  }
}

const MAX_SAFE = 9007199254740991;

/** A JS expression for a constant (self-evaluating or quoted) object. */
export function constExpr(obj: LispObject, cx: Cx): string {
  if (obj === NIL) return "NIL";
  if (obj === T) return "T";
  if (typeof obj === "number") return obj < 0 || Object.is(obj, -0) ? `(${obj})` : String(obj);
  return cx.k(obj);
}

/**
 * Compiles FORM; statements it needs go into cx's current buffer, and the returned JS expression yields
 * its value. The expression must be evaluated right after those statements, before anything emitted later.
 */
export function compileExpr(form: LispObject, cx: Cx): string {
  if (form instanceof LSymbol) return compileVarRef(form, cx);
  if (!(form instanceof Cons)) return constExpr(form, cx);
  const bad = improperListError(form, cx);
  if (bad !== undefined) return bad;
  const head = form.car;
  if (head instanceof LSymbol) {
    // A symbol whose function is (an alias of) a special form is that special form, as in GNU's eval_sub:
    // byte-run.el makes `inline' an alias of `progn'.
    let target: LSymbol = head;
    for (let i = 0; target.f instanceof LSymbol && target.f !== NIL && i < 100; i++) target = target.f;
    const special = specialForms.get(target);
    if (special !== undefined && target.f instanceof Subr && target.f.maxArgs === UNEVALLED) return special(form, cx);
    const expanded = tryExpand(head, form, cx);
    // An expansion that signals is retried when the form runs, as GNU's interpreter would expand it then.
    if (expanded === undefined) return compileDeferred(form, cx);
    if (expanded.expansion !== undefined) return compileExpr(expanded.expansion, cx);
    // A function not defined yet may be defined as a macro before this call runs.
    if (head.f === NIL && head !== NIL) return guardUnknownCall(form, head, () => compileCall(head, form.cdr, cx), cx);
    return compileCall(head, form.cdr, cx);
  }
  if (head instanceof Cons && head.car === cx.scope.Q.lambda) {
    // ((lambda (x) ...) args): call the function object the lambda form evaluates to.
    const fnExpr = compileExpr(new Cons(cx.scope.Q.function, new Cons(head, NIL)), cx);
    const args = compileArgs(listArgs(form.cdr, cx), cx);
    return `callableOf(${fnExpr})(${args.join(", ")})`;
  }
  return `invalidFunction(${cx.k(head)})`;
}

/**
 * Length of a proper list; -1 when the list ends in a non-nil atom, -2 when it is circular
 * (GNU: Flength's checks, FOR_EACH_TAIL).
 */
export function properLength(x: LispObject): number {
  let n = 0;
  let slow = x;
  while (x instanceof Cons) {
    x = x.cdr; n++;
    if ((n & 1) === 0) { slow = (slow as Cons).cdr; if (slow === x && x instanceof Cons) return -2; }
  }
  return x === NIL ? n : -1;
}

/** A runtime signal for a form or list that is dotted or circular, or undefined for a proper list. */
export function improperListError(list: LispObject, cx: Cx): string | undefined {
  const n = properLength(list);
  if (n >= 0) return undefined;
  if (n === -2) return `sig(${cx.k(cx.scope.Q.circular_list)}, ${cx.k(new Cons(list, NIL))})`;
  let tail = list;
  while (tail instanceof Cons) tail = tail.cdr;
  return `sig(${cx.k(cx.scope.Q.wrong_type_argument)}, ${cx.k(new Cons(cx.scope.Q.listp, new Cons(tail, NIL)))})`;
}

/** Argument forms of a call; a dotted argument list is a runtime error, as in GNU. */
export function listArgs(args: LispObject, cx: Cx): LispObject[] {
  const out: LispObject[] = [];
  while (args instanceof Cons) { out.push(args.car); args = args.cdr; }
  if (args !== NIL) out.push(new Cons(cx.scope.Q.signal_wrong_type_listp, new Cons(args, NIL)));
  return out;
}

/**
 * Compiles argument forms left to right. When a later argument needs statements, earlier argument values
 * are first saved in temporaries so that evaluation order stays left to right.
 */
export function compileArgs(forms: LispObject[], cx: Cx): string[] {
  const exprs: string[] = [];
  for (const f of forms) {
    const [stmts, e] = cx.capture(() => compileExpr(f, cx));
    if (stmts.length > 0) {
      for (let i = 0; i < exprs.length; i++) {
        if (!isTrivial(exprs[i])) { const t = cx.tmp(); cx.emit(`${t} = ${exprs[i]};`); exprs[i] = t; }
      }
      for (const s of stmts) cx.emit(s);
    }
    exprs.push(e);
  }
  return exprs;
}

/** Expressions that read nothing mutable (literals and constants) can be evaluated late. */
function isTrivial(e: string): boolean {
  return /^(NIL|T|k\d+|\(?-?\d+(\.\d+)?\)?)$/.test(e);
}

/** Compiles FORM and stores its value into the JS variable TARGET. */
export function compileInto(form: LispObject, target: string, cx: Cx): void {
  const e = compileExpr(form, cx);
  cx.emit(`${target} = ${e};`);
}

/** Compiles FORM for effect only. */
export function compileEffect(form: LispObject, cx: Cx): void {
  const e = compileExpr(form, cx);
  if (!isTrivial(e) && !/^[lt]\d+$/.test(e)) cx.emit(`${e};`);
}

/** Compiles a body (implicit progn); returns the expression of the last form's value. */
export function compileBody(body: LispObject, cx: Cx): string {
  if (body === NIL) return "NIL";
  while (body instanceof Cons && body.cdr instanceof Cons) { compileEffect(body.car, cx); body = body.cdr; }
  return body instanceof Cons ? compileExpr(body.car, cx) : "NIL";
}

export function compileVarRef(sym: LSymbol, cx: Cx): string {
  if (sym === NIL) return "NIL";
  if (sym === T) return "T";
  if (sym.name.charCodeAt(0) === 58 && sym.v === sym) return cx.k(sym); // keyword
  const ref = cx.scope.lookup(sym);
  if (ref !== undefined) return readRef(ref);
  const k = cx.k(sym);
  return `(${k}.r === 0 && ${k}.v !== UNBOUND ? ${k}.v : sv(${k}))`;
}

export function readRef(ref: VarRef): string {
  return ref.cell ? `${ref.js}.cdr` : ref.js;
}

/** Assignment expression for a variable (setq). */
export function compileSet(sym: LSymbol, valueExpr: string, cx: Cx): string {
  const ref = cx.scope.lookup(sym);
  if (ref !== undefined) return ref.cell ? `(${ref.js}.cdr = ${valueExpr})` : `(${ref.js} = ${valueExpr})`;
  return `setq(${cx.k(sym)}, ${valueExpr})`;
}

/** Fixnums are exact JS integers up to 2^53 - 1; beyond, the helpers make bignums. */
const MAXS_JS = "9007199254740991";
/** An operand followed by a property access: a bare integer literal needs parentheses (`5.car`). */
const P = (x: string) => (/^\d/.test(x) ? `(${x})` : x);
/** The two-float case of an arithmetic operator, as the first branch of a conditional. */
const flo2 = (a: string[], op: string) => (isIntLit(a[0]) || isIntLit(a[1]) ? ""
  : `${a[0]} instanceof LFloat && ${a[1]} instanceof LFloat ? new LFloat(${P(a[0])}.n ${op} ${P(a[1])}.n) : `);
/** An integer literal operand (floats are constants `kN`): its type checks are left out of the code. */
const isIntLit = (x: string) => /^\(?-?\d+\)?$/.test(x);
/** The test that both operands are fixnums (JS numbers), without the checks literals make needless. */
const num2 = (a: string[]) => a.filter((x) => !isIntLit(x)).map((x) => `typeof ${x} === "number"`).join(" && ") || "true";
/** The test that a divisor is not zero, when not a literal. */
const nonzero = (x: string) => (isIntLit(x) ? (/^\(?-?0+\)?$/.test(x) ? "false" : "true") : `${x} !== 0`);
/**
 * A binary operation on two or more operands, folded from the left: (+ a b c) is (+ (+ a b) c), which is what
 * GNU's arith_driver computes for `+', `-' and `*' (integers accumulate exactly; a float operand makes the
 * rest float either way). Each intermediate result goes through a temporary, as operands are repeated.
 */
function fold(a: string[], r: () => string, bin: (x: string[], t: string) => string): string | undefined {
  if (a.length < 2) return undefined;
  let acc = bin([a[0], a[1]], r());
  for (let i = 2; i < a.length; i++) {
    const u = r();
    acc = `(${u} = ${acc}, ${bin([u, a[i]], r())})`;
  }
  return acc;
}
/**
 * Inline fast paths for a few primitives, guarded so that redefinition is still honoured. The common case
 * is spelled out at the call site rather than left to a shared helper, so that each site gets its own type
 * feedback from V8 (a helper shared by every site sees floats, bignums and fixnums alike and is optimised
 * for none); the helper (add2, lt2, ...) remains the slow path. Operands are simple (locals, temporaries,
 * constants), so repeating them costs nothing and evaluates nothing twice. R names a scratch temporary.
 * Float arithmetic other than `/' stays in the helpers: spelling it out too made the generated code larger
 * and measured slower (more to compile before a loop runs optimised).
 */
const INLINE: Record<string, (a: string[], r: () => string) => string | undefined> = {
  car: (a) => a.length === 1 ? `(${a[0]} instanceof Cons ? ${P(a[0])}.car : car(${a[0]}))` : undefined,
  cdr: (a) => a.length === 1 ? `(${a[0]} instanceof Cons ? ${P(a[0])}.cdr : cdr(${a[0]}))` : undefined,
  eq: (a) => a.length === 2 ? `(${a[0]} === ${a[1]} ? T : NIL)` : undefined,
  null: (a) => a.length === 1 ? `(${a[0]} === NIL ? T : NIL)` : undefined,
  not: (a) => a.length === 1 ? `(${a[0]} === NIL ? T : NIL)` : undefined,
  consp: (a) => a.length === 1 ? `(${a[0]} instanceof Cons ? T : NIL)` : undefined,
  "+": (a, r) => fold(a, r, (x, t) =>
    `(${num2(x)} && (${t} = ${x[0]} + ${x[1]}) <= ${MAXS_JS} && ${t} >= -${MAXS_JS} ? ${t} : add2(${x[0]}, ${x[1]}))`),
  "-": (a, r) => fold(a, r, (x, t) =>
    `(${num2(x)} && (${t} = ${x[0]} - ${x[1]}) <= ${MAXS_JS} && ${t} >= -${MAXS_JS} ? ${t} : sub2(${x[0]}, ${x[1]}))`),
  "1+": (a) => a.length === 1 ? `(typeof ${a[0]} === "number" && ${a[0]} < ${MAXS_JS} ? ${a[0]} + 1 : add2(${a[0]}, 1))` : undefined,
  "1-": (a) => a.length === 1 ? `(typeof ${a[0]} === "number" && ${a[0]} > -${MAXS_JS} ? ${a[0]} - 1 : sub2(${a[0]}, 1))` : undefined,
  // Two fixnums (truncating towards zero, exactly: A - A % B is a multiple of B) and two floats are
  // divided here; a zero divisor (arith-error) and mixed operands take the primitive.
  "/": (a) => a.length === 2
    ? `(${num2(a)} && ${nonzero(a[1])} ? (${a[0]} - ${a[0]} % ${a[1]}) / ${a[1]} + 0 : ${flo2(a, "/")}div2(${a[0]}, ${a[1]}))`
    : undefined,
  "<": (a) => a.length === 2 ? `(${num2(a)} ? (${a[0]} < ${a[1]} ? T : NIL) : lt2(${a[0]}, ${a[1]}))` : undefined,
  ">": (a) => a.length === 2 ? `(${num2(a)} ? (${a[0]} > ${a[1]} ? T : NIL) : lt2(${a[1]}, ${a[0]}))` : undefined,
  "<=": (a) => a.length === 2 ? `(${num2(a)} ? (${a[0]} <= ${a[1]} ? T : NIL) : le2(${a[0]}, ${a[1]}))` : undefined,
  ">=": (a) => a.length === 2 ? `(${num2(a)} ? (${a[0]} >= ${a[1]} ? T : NIL) : le2(${a[1]}, ${a[0]}))` : undefined,
  "=": (a) => a.length === 2 ? `(${num2(a)} ? (${a[0]} === ${a[1]} ? T : NIL) : numeq2(${a[0]}, ${a[1]}))` : undefined,
  // + 0 turns the -0 of a zero product with a negative factor into the fixnum 0.
  "*": (a, r) => fold(a, r, (x, t) =>
    `(${num2(x)} && (${t} = ${x[0]} * ${x[1]}) <= ${MAXS_JS} && ${t} >= -${MAXS_JS} ? ${t} + 0 : mul2(${x[0]}, ${x[1]}))`),
  // JS's remainder has the dividend's sign, as C's. The result is made a small integer (| 0) whenever it
  // fits 32 bits: that also turns a -0 remainder into the fixnum 0, and above all a remainder of a large
  // dividend (a random-number generator's product, held by V8 as a float) stops being a float-represented
  // number, which would make every function it reaches as a position deoptimise ("not a Smi").
  "%": (a, r) => {
    if (a.length !== 2) return undefined;
    if (/^-?\d+$/.test(a[1]) && Math.abs(Number(a[1])) <= 0x7fffffff)
      return `(${num2(a)} && ${nonzero(a[1])} ? (${a[0]} % ${a[1]}) | 0 : rem2(${a[0]}, ${a[1]}))`;
    const t = r();
    return `(${num2(a)} && ${nonzero(a[1])} ? (((${t} = ${a[0]} % ${a[1]}) | 0) === ${t} ? ${t} | 0 : ${t}) : rem2(${a[0]}, ${a[1]}))`;
  },
  gethash: (a) => a.length === 2 || a.length === 3 ? `gethash3(${a[0]}, ${a[1]}, ${a.length === 3 ? a[2] : "NIL"})` : undefined,
  puthash: (a) => a.length === 3 ? `puthash3(${a[0]}, ${a[1]}, ${a[2]})` : undefined,
  aref: (a) => a.length === 2
    ? `(Array.isArray(${a[0]}) && typeof ${a[1]} === "number" && ${a[1]} >= 0 && ${a[1]} < ${P(a[0])}.length ? ${P(a[0])}[${a[1]}] : aref2(${a[0]}, ${a[1]}))`
    : undefined,
  aset: (a) => a.length === 3
    ? `(Array.isArray(${a[0]}) && typeof ${a[1]} === "number" && ${a[1]} >= 0 && ${a[1]} < ${P(a[0])}.length ? (${P(a[0])}[${a[1]}] = ${a[2]}) : aset3(${a[0]}, ${a[1]}, ${a[2]}))`
    : undefined,
};

export function compileCall(fnSym: LSymbol, argList: LispObject, cx: Cx): string {
  const k = cx.k(fnSym);
  const [stmts, args] = cx.capture(() => compileArgs(listArgs(argList, cx), cx));
  const template = INLINE[fnSym.name];
  // Conditions that literal operands made constant ("&& true") are dropped from the code.
  const inline = template && ((a: string[], r: () => string) => template(a, r)?.replace(/ && true\b/g, ""));
  const f = fnSym.f;
  if (stmts.length > 0) {
    // GNU finds the function before evaluating the arguments; when arguments need statements, look the
    // function up first so that errors (void-function) come in GNU's order.
    const ft = cx.tmp();
    if (inline !== undefined && f instanceof Subr && f.name === fnSym.name) {
      // An inlinable primitive: null in FT means "still the original", found before the arguments run.
      // Every operand but a literal goes through a temporary, in order (a later one may assign a local).
      const ts = args.map((a) => (/^(NIL|T|k\d+|\(?-?\d+(\.\d+)?\)?)$/.test(a) ? a : cx.tmp()));
      const fast = inline(ts, () => cx.tmp());
      if (fast !== undefined) {
        cx.emit(`${ft} = ${k}.f === ${cx.k(f)} ? null : (${k}.jf || resolve(${k}));`);
        for (const s of stmts) cx.emit(s);
        args.forEach((a, i) => { if (ts[i] !== a) cx.emit(`${ts[i]} = ${a};`); });
        return `(${ft} === null ? ${fast} : ${ft}(${ts.join(", ")}))`;
      }
    }
    cx.emit(`${ft} = (${k}.jf || resolve(${k}));`);
    for (const s of stmts) cx.emit(s);
    return `${ft}(${args.join(", ")})`;
  }
  if (inline !== undefined && f instanceof Subr && f.name === fnSym.name) {
    // Inline only when the primitive is still the original one (checked at run time: `fset` is honoured).
    const fast = inline(args, () => cx.tmp());
    if (fast !== undefined) {
      const saved = args.map((a) => a);
      if (saved.every(isSimpleOperand)) return `(${k}.f === ${cx.k(f)} ? ${fast} : (${k}.jf || resolve(${k}))(${args.join(", ")}))`;
      // Operands with side effects are evaluated once into temporaries, all of them in order: a later
      // operand may assign a variable an earlier one reads, as in (% a (setq a b)).
      const ts = saved.map((a) => { if (/^(NIL|T|\(?-?\d+(\.\d+)?\)?)$/.test(a)) return a; const t = cx.tmp(); cx.emit(`${t} = ${a};`); return t; });
      const fast2 = inline(ts, () => cx.tmp())!;
      return `(${k}.f === ${cx.k(f)} ? ${fast2} : (${k}.jf || resolve(${k}))(${ts.join(", ")}))`;
    }
  }
  return `(${k}.jf || resolve(${k}))(${args.join(", ")})`;
}

function isSimpleOperand(e: string): boolean {
  return /^(NIL|T|[ltk]\d+|\(?-?\d+(\.\d+)?\)?)$/.test(e);
}

/** Checks a body's `declare`/docstring/interactive prelude is skipped only as GNU skips it (it doesn't). */
export function isNilForm(x: LispObject): boolean { return isNil(x); }
export { listToArray };
