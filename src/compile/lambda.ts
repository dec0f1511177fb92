// Compiles lambda lists and bodies into JS functions, builds closures, and turns a finished unit into a
// live function with `new Function` (GNU: eval.c funcall_lambda and Ffunction, ahead of time).
import { Cons, LispObject, LSymbol, NIL, T } from "../lisp.js";
import { Scope, Q } from "./scope.js";
import { compileBody, Cx, JsFn, Unit } from "./codegen.js";

export interface ParsedArgs {
  required: LSymbol[];
  optional: LSymbol[];
  rest: LSymbol | null;
}

/**
 * Parses a lambda list; undefined when malformed, as GNU's funcall_lambda judges it: &optional at most once
 * and before &rest, &rest followed by exactly one variable, nothing after it, no dotted tail.
 */
export function parseArglist(args: LispObject): ParsedArgs | undefined {
  const p: ParsedArgs = { required: [], optional: [], rest: null };
  const enum St { Required, Optional, Rest, Done }
  let st = St.Required;
  let n = 0;
  while (args instanceof Cons) {
    if (++n > 10000) return undefined; // circular
    const a = args.car;
    args = args.cdr;
    if (!(a instanceof LSymbol)) return undefined;
    if (a === Q.optional) { if (st !== St.Required) return undefined; st = St.Optional; continue; }
    if (a === Q.rest) { if (st !== St.Required && st !== St.Optional) return undefined; st = St.Rest; continue; }
    if (st === St.Required) p.required.push(a);
    else if (st === St.Optional) p.optional.push(a);
    else if (st === St.Rest) { p.rest = a; st = St.Done; }
    else return undefined;
  }
  if (args !== NIL || st === St.Rest) return undefined;
  return p;
}

/**
 * Source of a JS function implementing `(lambda ARGS . BODY)` compiled in SCOPE's parent context.
 * `selfName` is the JS name the function uses for itself (its `.L` property is its Lisp object).
 */
export function lambdaSource(args: LispObject, body: LispObject, outer: Cx, lexical: boolean): string {
  const unit = outer.unit;
  const fn = new JsFn(unit);
  const scope = lexical ? outer.scope.child() : new Scope(false, null);
  const cx = new Cx(fn, scope);
  const self = unit.fresh("f");
  const parsed = parseArglist(args);
  if (parsed === undefined) {
    return `function ${self}() { return invalidFunction(${self}.L); }`;
  }
  const params: string[] = [];
  const dyn: [LSymbol, string][] = [];
  const all = [...parsed.required, ...parsed.optional];
  for (const sym of all) {
    const p = unit.fresh("l");
    params.push(p);
    if (scope.isSpecial(sym)) dyn.push([sym, p]); else scope.bind(sym, p);
  }
  let restParam = "";
  let restVar = "";
  if (parsed.rest) {
    restParam = unit.fresh("r");
    restVar = unit.fresh("l");
    if (scope.isSpecial(parsed.rest)) dyn.push([parsed.rest, restVar]); else scope.bind(parsed.rest, restVar);
  }
  const min = parsed.required.length;
  const max = parsed.rest ? -1 : all.length;
  const head: string[] = [];
  head.push(`const n = arguments.length;`);
  if (max < 0) { if (min > 0) head.push(`if (n < ${min}) return wna(${self}.L, n);`); }
  else if (min === max) head.push(`if (n !== ${min}) return wna(${self}.L, n);`);
  else head.push(`if (n < ${min} || n > ${max}) return wna(${self}.L, n);`);
  for (let i = min; i < all.length; i++) head.push(`if (n < ${i + 1}) ${params[i]} = NIL;`);
  if (parsed.rest) head.push(`let ${restVar} = arrayToList(${restParam});`);
  // GNU's interpreter uses a specpdl entry per call (and one more for a lexical environment), so deep
  // recursion meets max-specpdl-size as well as max-lisp-eval-depth; account for both the same way.
  head.push(`const d = ++E.depth; if (d > E.maxDepth || ${lexical ? "d + d" : "d"} + E.sp >= E.maxSpecpdl) depthErr(); E.btFun[d] = ${self}.L;`);
  // Backtraces show the arguments passed, not the nil given to optionals that were not.
  const argList = [...params, ...(parsed.rest ? ["..." + restParam] : [])].join(", ");
  // The specpdl top goes with them (for `backtrace--locals'), so ordinary calls pay for neither.
  if (all.length > min) head.push(`if (E.traceArgs) { E.btArgs[d] = n >= ${all.length} ? [${argList}] : [${params.join(", ")}].slice(0, n); E.btSp[d] = E.sp; }`);
  else head.push(`if (E.traceArgs) { E.btArgs[d] = [${argList}]; E.btSp[d] = E.sp; }`);
  if (dyn.length) {
    head.push(`const sp = E.sp;`);
    for (const [sym, p] of dyn) head.push(`specbind(${unit.constant(sym)}, ${p});`);
  }
  const result = compileBody(body, cx);
  const tail = `const res = ${result};${dyn.length ? " unbindTo(sp);" : ""} E.depth = d - 1; return res;`;
  const allParams = [...params, ...(parsed.rest ? ["..." + restParam] : [])].join(", ");
  const temps = fn.temps.length ? `let ${fn.temps.join(", ")};` : "";
  return `function ${self}(${allParams}) {\n${head.join("\n")}\n${temps}\n${fn.lines.join("\n")}\n${tail}\n}`;
}

/** Expression creating a closure object for `(function (lambda . ARGSBODY))` in lexical code. */
export function closureCreation(lambdaForm: Cons, cx: Cx): string {
  const argsBody = lambdaForm.cdr;
  const args = argsBody instanceof Cons ? argsBody.car : NIL;
  const body = argsBody instanceof Cons ? argsBody.cdr : NIL;
  const src = lambdaSource(args, body, cx, true);
  // GNU 28 closures carry the whole visible lexical environment, innermost binding first, ending in t.
  let env = cx.k(ENV_TAIL);
  const vis = cx.scope.visible();
  for (let i = vis.length - 1; i >= 0; i--) {
    const v = vis[i];
    env = v.cell ? `new Cons(${v.js}, ${env})` : `new Cons(new Cons(${cx.k(v.sym)}, ${v.js}), ${env})`;
  }
  return `mkClosure(${env}, ${cx.k(argsBody)}, ${src})`;
}
const ENV_TAIL = new Cons(T, NIL);

export interface Runtime { [name: string]: unknown }

/** Instantiates a unit whose value is the JS expression EXPR (usually a function). */
export function instantiate(unit: Unit, expr: string, runtime: Runtime): any {
  const names = Object.keys(runtime);
  const consts = unit.consts.map((_, i) => `k${i} = K[${i}]`).join(", ");
  const src = `"use strict";\nconst {${names.join(", ")}} = R;\n${consts ? "const " + consts + ";" : ""}\nreturn ${expr};`;
  if (process.env.TSMACS_DUMP_JS) process.stderr.write(src + "\n----\n");
  // eslint-disable-next-line no-new-func
  return new Function("R", "K", src)(runtime, unit.consts);
}

/** Compiles a closure or lambda *list* (GNU `(closure ENV ARGS . BODY)` / `(lambda ARGS . BODY)`) to a JS function. */
export function compileFunctionList(obj: Cons, runtime: Runtime): any {
  const unit = new Unit();
  const lexical = obj.car === Q.closure;
  let rest = obj.cdr;
  const scope = new Scope(lexical, null);
  if (lexical && rest instanceof Cons) {
    // Bind the environment's cells so that the closure shares them (setq inside writes the alist).
    const cells: Cons[] = [];
    for (let e = rest.car; e instanceof Cons; e = e.cdr) {
      if (e.car instanceof Cons && e.car.car instanceof LSymbol) cells.push(e.car);
      else if (e.car instanceof LSymbol && e.car !== T) scope.declareSpecial(e.car);
    }
    for (let i = cells.length - 1; i >= 0; i--) scope.bind(cells[i].car as LSymbol, unit.constant(cells[i]), true);
    rest = rest.cdr;
  }
  const args = rest instanceof Cons ? rest.car : NIL;
  const body = rest instanceof Cons ? rest.cdr : NIL;
  const cx = new Cx(new JsFn(unit), scope);
  const src = lambdaSource(args, body, cx, lexical);
  const f = instantiate(unit, src, runtime);
  f.L = obj;
  return f;
}
