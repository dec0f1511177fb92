// The evaluator: special forms, funcall/apply, macros, signals and handlers (GNU: eval.c). OWNER: lead — in progress.
import { LispObject, T } from "./lisp.js";
/** Evaluates FORM; LEXICAL is t/nil or a lexical environment alist, as `eval`'s second argument. */
export function evalForm(form: LispObject, lexical: LispObject = T): LispObject { throw new Error("eval not written yet" + String(form) + String(lexical)); }
/** Calls a Lisp function object (symbol, subr, closure...) with positional arguments. */
export function funcall(fn: LispObject, ...args: LispObject[]): LispObject { throw new Error("eval not written yet" + String(fn) + args.length); }
/** Calls FN with the arguments in the JS array ARGS. */
export function apply(fn: LispObject, args: LispObject[]): LispObject { return funcall(fn, ...args); }
