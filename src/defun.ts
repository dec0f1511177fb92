// The primitive registry: one declaration per primitive and per built-in variable (GNU: DEFUN / DEFVAR_LISP
// and the syms_of_* functions). The registry feeds symbol function cells, `documentation`, and (later)
// RPC metadata and the generated TypeScript typings.
import { LispObject, list, LSymbol, MANY, NIL, Subr, UNEVALLED, defsym, Forward } from "./lisp.js";
import { raise, Qwrong_number_of_arguments } from "./signal.js";

/** Every primitive ever declared, in declaration order. Stateless code, shared by all Env instances. */
export const subrRegistry: Subr[] = [];
/** Every built-in variable: installed into each new Env. */
export const varRegistry: VarDef[] = [];

export interface VarDef {
  sym: LSymbol;
  /** Initial value, or a factory so that each Env gets fresh mutable structure. */
  init: LispObject | (() => LispObject);
  doc: string;
  /** Forwarded variables read and write a JS location (the Env is passed in at install time). */
  forward?: (env: any) => Forward;
  /** GNU's DEFVAR_LISP_NOPRO vs special: every DEFVAR is special; `local` marks DEFVAR_PER_BUFFER-like automatically buffer-local. */
  local?: boolean;
  constant?: boolean;
  /**
   * Recompute `init` at every start, also when the world comes from the start-up snapshot (GNU: variables
   * set by the init_* functions, such as load-path, invocation-directory, process-environment).
   */
  perStart?: boolean;
  /** A few built-in variables are not special (GNU: `features`), so a lexical `let` can shadow them. */
  notSpecial?: boolean;
}

/** Per-start work (GNU: init_* functions): run for every process start, after a snapshot restore too. */
export const startHooks: ((env: any) => void)[] = [];
export function onStart(hook: (env: any) => void): void { startHooks.push(hook); }

export interface DefunOptions {
  /** Interactive spec (string or Lisp form), stored for `interactive-form` / `commandp`. */
  interactive?: LispObject | string;
  /** A special form (UNEVALLED): `fn` receives the unevaluated argument list. */
  special?: boolean;
  /** For &rest primitives: the two-argument case without the rest array (hot in sort, mapcar, apply). */
  fast2?: (a: any, b: any) => LispObject;
}

/** Parses "(a b &optional c &rest d)" into [min, max]. */
export function arityOf(arglist: string): [number, number] {
  const words = arglist.replace(/[()]/g, " ").split(/\s+/).filter(Boolean);
  let min = 0, max = 0, optional = false;
  for (const w of words) {
    if (w === "&optional") { optional = true; continue; }
    if (w === "&rest") return [min, MANY];
    max++;
    if (!optional) min++;
  }
  return [min, max];
}

function wrongArgs(subr: LispObject, n: number): never {
  return raise(Qwrong_number_of_arguments, list(subr, n));
}

/**
 * Wraps an implementation so that callers may pass any number of arguments: arity is checked (signalling
 * wrong-number-of-arguments with GNU's data) and missing optional arguments arrive as NIL.
 */
export function wrap(impl: (...a: any[]) => LispObject, min: number, max: number, self: () => LispObject,
  fast2?: (a: any, b: any) => LispObject): (...a: any[]) => LispObject {
  if (max === MANY) {
    if (fast2 !== undefined) {
      return function (this: unknown, a: LispObject, b: LispObject) {
        const n = arguments.length;
        if (n === 2) return fast2(a, b);
        if (n < min) wrongArgs(self(), n);
        // eslint-disable-next-line prefer-rest-params
        return impl.apply(undefined, arguments as unknown as any[]);
      };
    }
    if (min === 0) return impl;
    return function (this: unknown) {
      if (arguments.length < min) wrongArgs(self(), arguments.length);
      // eslint-disable-next-line prefer-rest-params
      return impl.apply(undefined, arguments as unknown as any[]);
    };
  }
  switch (max) {
    case 0: return function () { if (arguments.length !== 0) wrongArgs(self(), arguments.length); return impl(); };
    case 1:
      if (min === 1) return function (a) { if (arguments.length !== 1) wrongArgs(self(), arguments.length); return impl(a); };
      return function (a) { const n = arguments.length; if (n > 1) wrongArgs(self(), n); return impl(n < 1 ? NIL : a); };
    case 2:
      if (min === 2) return function (a, b) { if (arguments.length !== 2) wrongArgs(self(), arguments.length); return impl(a, b); };
      return function (a, b) {
        const n = arguments.length; if (n < min || n > 2) wrongArgs(self(), n);
        return impl(n < 1 ? NIL : a, n < 2 ? NIL : b);
      };
    case 3:
      if (min === 3) return function (a, b, c) { if (arguments.length !== 3) wrongArgs(self(), arguments.length); return impl(a, b, c); };
      return function (a, b, c) {
        const n = arguments.length; if (n < min || n > 3) wrongArgs(self(), n);
        return impl(n < 1 ? NIL : a, n < 2 ? NIL : b, n < 3 ? NIL : c);
      };
    case 4:
      // (The search commands: no argument array per call.)
      return function (a, b, c, d) {
        const n = arguments.length; if (n < min || n > 4) wrongArgs(self(), n);
        return impl(n < 1 ? NIL : a, n < 2 ? NIL : b, n < 3 ? NIL : c, n < 4 ? NIL : d);
      };
    default:
      return function (this: unknown) {
        const n = arguments.length; if (n < min || n > max) wrongArgs(self(), n);
        const args = new Array(max);
        for (let i = 0; i < max; i++) args[i] = i < n ? arguments[i] : NIL;
        return impl.apply(undefined, args);
      };
  }
}

/**
 * Declares a primitive. `arglist` is GNU's documented signature, e.g. "(object &optional noerror)".
 * For special forms (`special: true`) `fn` receives the unevaluated argument list as one Lisp list.
 */
export function defun(
  name: string, arglist: string, doc: string, fn: (...args: any[]) => LispObject, opts: DefunOptions = {},
): Subr {
  let min: number, max: number;
  if (opts.special) { [min] = arityOf(arglist); max = UNEVALLED; }
  else [min, max] = arityOf(arglist);
  let subr: Subr;
  const wrapped = opts.special ? fn : wrap(fn, min, max, () => subr, opts.fast2);
  const intspec = typeof opts.interactive === "string" ? undefined : opts.interactive;
  subr = new Subr(name, min, max, wrapped, doc, arglist, intspec, fn, opts.fast2);
  if (typeof opts.interactive === "string") (subr as { intspecString?: string }).intspecString = opts.interactive;
  subrRegistry.push(subr);
  return subr;
}

/** Declares a built-in variable (always special). Returns its symbol for fast JS access. */
export function defvar(name: string, init: LispObject | (() => LispObject), doc = "", opts: Partial<VarDef> = {}): LSymbol {
  const sym = defsym(name);
  varRegistry.push({ sym, init, doc, ...opts });
  return sym;
}
