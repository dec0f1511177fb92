// Error messages from error data: `error-message-string' and what the command loop prints for an
// uncaught signal (GNU: print.c print_error_message).
import { E } from "../env.js";
import { funcall } from "../eval.js";
import { Cons, defsym, LispObject, LString, LSymbol, NIL } from "../lisp.js";
import { LispSignal, Qerror_conditions, Qerror_message, wrongType, Qlistp, Qsymbolp, xsignal, Qcircular_list } from "../signal.js";
import { properLength } from "../compile/codegen.js";
import { applyQuotingStyle } from "../editfns/quoting.js";
import { Printer, Sink } from "./printer.js";
import { printTop } from "./top.js";

const Qerror = defsym("error");
const Qfile_error = defsym("file-error");
const Qend_of_file = defsym("end-of-file");
const Quser_error = defsym("user-error");

/** `(get SYM PROP)` without depending on fns.ts. */
function get(sym: LSymbol, prop: LispObject): LispObject {
  for (let p = sym.plist; p instanceof Cons && p.cdr instanceof Cons; p = p.cdr.cdr) if (p.car === prop) return p.cdr.car;
  return NIL;
}
function car(x: LispObject): LispObject {
  if (x instanceof Cons) return x.car;
  if (x !== NIL) wrongType(Qlistp, x);
  return NIL;
}

/**
 * The error message's text as substitute-command-keys would make it: the Lisp function when it is
 * defined (help.el), otherwise its quote translation per `text-quoting-style', which is all an error
 * message normally needs.
 */
function substituteKeys(msg: LispObject): LispObject {
  const fn = E.internSoft("substitute-command-keys");
  if (fn && fn.f !== NIL) {
    try {
      const subs = funcall(fn, msg);
      return subs === NIL ? msg : subs;
    } catch (e) {
      if (e instanceof LispSignal) return msg;
      throw e;
    }
  }
  if (!(msg instanceof LString)) return msg;
  return applyQuotingStyle(msg, true);
}

/** Prints the message for error DATA = (ERROR-SYMBOL . DATA) with P (GNU: print_error_message). */
export function printErrorMessageTo(p: Printer, data: LispObject): void {
  const errname = car(data);
  let errmsg: LispObject;
  let fileError = false;
  if (errname === Qerror) {
    data = data instanceof Cons ? data.cdr : NIL;
    if (!(data instanceof Cons)) data = NIL;
    errmsg = car(data);
  } else {
    if (!(errname instanceof LSymbol)) wrongType(Qsymbolp, errname);
    const conditions = get(errname, Qerror_conditions);
    errmsg = substituteKeys(get(errname, Qerror_message));
    for (let c = conditions; c instanceof Cons; c = c.cdr) if (c.car === Qfile_error) { fileError = true; break; }
  }
  let tail: LispObject = data instanceof Cons ? data.cdr : NIL;
  // A file-error's message is its first datum; the rest follow as plain text.
  if (fileError && tail instanceof Cons) { errmsg = tail.car; tail = tail.cdr; }
  let sep: string | null = ": ";
  if (!(errmsg instanceof LString)) p.so("peculiar error");
  else if (errmsg.s.length > 0) printTop(p, errmsg, false);
  else sep = null;
  const plain = fileError || errname === Qend_of_file || errname === Quser_error;
  // GNU walks the data with FOR_EACH_TAIL, which signals circular-list for a cycle.
  if (properLength(tail) === -2) xsignal(Qcircular_list, tail);
  for (; tail instanceof Cons; tail = tail.cdr) {
    if (sep) p.so(sep);
    sep = ", ";
    printTop(p, tail.car, !plain);
  }
}

/** The error message for DATA as `error-message-string' computes it (without its (error STRING) shortcut). */
export function errorMessageString(data: LispObject): string {
  const p = new Printer(Sink.Buffer);
  printErrorMessageTo(p, data);
  return p.text();
}
