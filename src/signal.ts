// Non-local exits and argument checking (GNU: eval.c signal/throw, lisp.h CHECK_* macros, data.c wrong_type_argument).
import {
  BoolVector, Cons, defsym, isInt, LFloat, LispObject, list, LSymbol, LString, mkStr, NIL, T, Vectorlike,
} from "./lisp.js";

/** A Lisp `signal` in flight. Deliberately not an Error: no stack capture on hot paths. */
export class LispSignal {
  constructor(readonly sym: LSymbol, readonly data: LispObject) {}
  /** For JS callers and debugging only. */
  toString(): string { return `LispSignal(${this.sym.name})`; }
}

/** A Lisp `throw` in flight towards a `catch` for `tag`. */
export class LispThrow {
  constructor(readonly tag: LispObject, readonly value: LispObject) {}
}

/** kill-emacs in flight: unwinds everything, then the process exits with `code`. */
export class KillEmacs {
  constructor(readonly code: number | string) {}
}

export const Qerror = defsym("error");
export const Qquit = defsym("quit");
export const Qwrong_type_argument = defsym("wrong-type-argument");
export const Qargs_out_of_range = defsym("args-out-of-range");
export const Qvoid_variable = defsym("void-variable");
export const Qvoid_function = defsym("void-function");
export const Qinvalid_function = defsym("invalid-function");
export const Qwrong_number_of_arguments = defsym("wrong-number-of-arguments");
export const Qsetting_constant = defsym("setting-constant");
export const Qno_catch = defsym("no-catch");
export const Qarith_error = defsym("arith-error");
export const Qoverflow_error = defsym("overflow-error");
export const Qcircular_list = defsym("circular-list");
export const Qinvalid_read_syntax = defsym("invalid-read-syntax");
export const Qend_of_file = defsym("end-of-file");
export const Qcyclic_function_indirection = defsym("cyclic-function-indirection");
export const Qcyclic_variable_indirection = defsym("cyclic-variable-indirection");
export const Qerror_conditions = defsym("error-conditions");
export const Qerror_message = defsym("error-message");

/**
 * Called before any signal is thrown, while the signalling frame is still live: the evaluator installs
 * the debugger (debug-on-error) here. GNU: signal_or_quit's call of the debugger.
 */
let signalHook: ((sym: LSymbol, data: LispObject) => void) | null = null;
export function setSignalHook(h: ((sym: LSymbol, data: LispObject) => void) | null): void { signalHook = h; }

/** Signals SYM with DATA (a list). Every signal raised from JS goes through here. */
export function raise(sym: LSymbol, data: LispObject): never {
  if (signalHook !== null) signalHook(sym, data);
  throw new LispSignal(sym, data);
}
export function xsignal(sym: LSymbol, ...data: LispObject[]): never {
  return raise(sym, list(...data));
}
export function xsignalData(sym: LSymbol, data: LispObject): never {
  return raise(sym, data);
}
/** `(error "MSG")` with an already formatted message. */
export function error(msg: string): never {
  return raise(Qerror, list(mkStr(msg)));
}
export function wrongType(pred: LSymbol, x: LispObject): never {
  return raise(Qwrong_type_argument, list(pred, x));
}
export function argsOutOfRange(...xs: LispObject[]): never {
  return raise(Qargs_out_of_range, list(...xs));
}

// Predicate symbols used in wrong-type-argument data, exactly as GNU names them.
export const Qconsp = defsym("consp");
export const Qlistp = defsym("listp");
export const Qsymbolp = defsym("symbolp");
export const Qstringp = defsym("stringp");
export const Qintegerp = defsym("integerp");
export const Qfixnump = defsym("fixnump");
export const Qnatnump = defsym("natnump"); // GNU 28 uses wholenump in some places, natnump elsewhere
export const Qwholenump = defsym("wholenump");
export const Qnumberp = defsym("numberp");
export const Qnumber_or_marker_p = defsym("number-or-marker-p");
export const Qinteger_or_marker_p = defsym("integer-or-marker-p");
export const Qfloatp = defsym("floatp");
export const Qvectorp = defsym("vectorp");
export const Qarrayp = defsym("arrayp");
export const Qsequencep = defsym("sequencep");
export const Qcharacterp = defsym("characterp");
export const Qfunctionp = defsym("functionp");
export const Qhash_table_p = defsym("hash-table-p");
export const Qbool_vector_p = defsym("bool-vector-p");
export const Qchar_table_p = defsym("char-table-p");
export const Qrecordp = defsym("recordp");
export const Qkeywordp = defsym("keywordp");

export function checkCons(x: LispObject): Cons {
  if (x instanceof Cons) return x;
  return wrongType(Qconsp, x);
}
export function checkList(x: LispObject): void {
  if (x !== NIL && !(x instanceof Cons)) wrongType(Qlistp, x);
}
export function checkSymbol(x: LispObject): LSymbol {
  if (x instanceof LSymbol) return x;
  return wrongType(Qsymbolp, x);
}
export function checkString(x: LispObject): LString {
  if (x instanceof LString) return x;
  return wrongType(Qstringp, x);
}
/** An integer (fixnum or bignum). */
export function checkInteger(x: LispObject): number | bigint {
  if (isInt(x)) return x;
  return wrongType(Qintegerp, x);
}
/** A fixnum as a JS number (GNU CHECK_FIXNUM); bignums inside fixnum range are accepted but lose precision past 2^53. */
export function checkFixnum(x: LispObject): number {
  if (typeof x === "number") return x;
  return wrongType(Qfixnump, x);
}
export function checkNatnum(x: LispObject): number {
  if (typeof x === "number" && x >= 0) return x;
  return wrongType(Qwholenump, x);
}
export function checkNumber(x: LispObject): number | bigint | LFloat {
  if (typeof x === "number" || typeof x === "bigint" || x instanceof LFloat) return x;
  return wrongType(Qnumberp, x);
}
export function checkCharacter(x: LispObject): number {
  if (typeof x === "number" && x >= 0 && x <= 0x3fffff) return x;
  return wrongType(Qcharacterp, x);
}
export function checkVector(x: LispObject): LispObject[] {
  if (Array.isArray(x)) return x;
  return wrongType(Qvectorp, x);
}
export function checkBoolVector(x: LispObject): BoolVector {
  if (x instanceof BoolVector) return x;
  return wrongType(Qbool_vector_p, x);
}
export function checkClass<C extends Vectorlike>(x: LispObject, cls: abstract new (...a: any[]) => C, pred: LSymbol): C {
  if (x instanceof cls) return x;
  return wrongType(pred, x);
}

/** Standard errors defined by GNU's C core: [name, message, parent conditions...]. (GNU: syms_of_data &c.) */
export const STANDARD_ERRORS: [string, string, ...string[]][] = [
  ["error", "error"],
  ["quit", "Quit"],
  ["minibuffer-quit", "Quit", "quit"],
  ["user-error", "", "error"],
  ["args-out-of-range", "Args out of range", "error"],
  ["arith-error", "Arithmetic error", "error"],
  ["overflow-error", "Arithmetic overflow error", "range-error", "arith-error", "error"],
  ["range-error", "Arithmetic range error", "arith-error", "error"],
  ["domain-error", "Arithmetic domain error", "arith-error", "error"],
  ["singularity-error", "Arithmetic singularity error", "domain-error", "arith-error", "error"],
  ["underflow-error", "Arithmetic underflow error", "range-error", "arith-error", "error"],
  ["beginning-of-buffer", "Beginning of buffer", "error"],
  ["end-of-buffer", "End of buffer", "error"],
  ["buffer-read-only", "Buffer is read-only", "error"],
  ["text-read-only", "Text is read-only", "buffer-read-only", "error"],
  ["circular-list", "List contains a loop", "error"],
  ["coding-system-error", "Invalid coding system", "error"],
  ["cyclic-function-indirection", "Symbol's chain of function indirections contains a loop", "error"],
  ["cyclic-variable-indirection", "Symbol's chain of variable indirections contains a loop", "error"],
  ["end-of-file", "End of file during parsing", "error"],
  ["file-error", "File error", "error"],
  ["file-already-exists", "File already exists", "file-error", "error"],
  ["file-date-error", "Cannot set file date", "file-error", "error"],
  ["file-missing", "File is missing", "file-error", "error"],
  ["file-notify-error", "File notification error", "file-error", "error"],
  ["remote-file-error", "Remote file error", "file-error", "error"],
  ["inhibited-interaction", "User interaction while inhibited", "error"],
  ["invalid-arity", "Invalid function arity", "error"],
  ["invalid-function", "Invalid function", "error"],
  ["invalid-read-syntax", "Invalid read syntax", "error"],
  ["invalid-regexp", "Invalid regexp", "error"],
  ["mark-inactive", "The mark is not active now", "error"],
  ["no-catch", "No catch for tag", "error"],
  ["protected-field", "Attempt to modify a protected field", "error"],
  ["scan-error", "Scan error", "error"],
  ["search-failed", "Search failed", "error"],
  ["user-search-failed", "Search failed", "user-error", "search-failed", "error"],
  ["setting-constant", "Attempt to set a constant symbol", "error"],
  ["trapping-constant", "Attempt to trap writes to a constant symbol", "error"],
  ["void-function", "Symbol's function definition is void", "error"],
  ["void-variable", "Symbol's value as variable is void", "error"],
  ["wrong-length-argument", "Wrong length argument", "error"],
  ["wrong-number-of-arguments", "Wrong number of arguments", "error"],
  ["wrong-type-argument", "Wrong type argument", "error"],
  ["json-error", "generic JSON error", "error"],
  ["module-load-failed", "Module load failed", "error"],
];
export { T };
