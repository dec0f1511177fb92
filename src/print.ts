// Output streams and the printing primitives: prin1, princ, print, prin1-to-string, terpri, write-char,
// error-message-string (GNU: print.c). The printer itself is in print/printer.ts, floats in print/float.ts.
import { closeSync, openSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { defun } from "./defun.js";
import { E, findSymbolValue } from "./env.js";
import { charToJs, Cons, defsym, LispObject, LString, MAX_CHAR, NIL, T } from "./lisp.js";
import { checkString, Qerror, Qfixnump, wrongType, xsignal } from "./signal.js";
import { signalError } from "./fns/common.js";
import { Printer, Sink } from "./print/printer.js";
import { printPreprocess, printState, printTop } from "./print/top.js";
import { errorMessageString } from "./print/error.js";
import * as V from "./print/vars.js";

export { registerPrinter, stringIntervals, Printer, Sink } from "./print/printer.js";
export { printTop, printState } from "./print/top.js";
export type { CustomPrinter } from "./print/printer.js";
export { floatToString, cFormatFloat } from "./print/float.js";

/** A buffer or marker target for output (buffer.ts registers a resolver; GNU: PRINTPREPARE's cases). */
export interface PrintTarget {
  /** Inserts the printed text (at point, or at the marker, advancing it). */
  insert(text: string): void;
  /** Whether the insertion position is at the beginning of a line (for terpri's ENSURE). */
  bolp?(): boolean;
}
export type PrintTargetResolver = (printcharfun: LispObject) => PrintTarget | null;
let targetResolver: PrintTargetResolver = () => null;
export function setPrintTargetResolver(fn: PrintTargetResolver): void { targetResolver = fn; }

/**
 * Runs F with a Printer writing to PRINTCHARFUN (nil means `standard-output'), then delivers the text
 * (GNU: PRINTPREPARE / PRINTFINISH). Text already produced is delivered even if F signals.
 */
export function withOutput(printcharfun: LispObject, f: (p: Printer) => void): void {
  if (printcharfun === NIL) printcharfun = findSymbolValue(V.Vstandard_output);
  if (printcharfun === NIL) printcharfun = T;
  if (printcharfun === T) {
    const p = new Printer(Sink.Stdout);
    try { f(p); } finally { flushStdout(p); }
    return;
  }
  const target = targetResolver(printcharfun);
  if (target) {
    const p = new Printer(Sink.Buffer);
    p.target = target;
    try { f(p); } finally { if (!p.empty) target.insert(p.text()); }
    return;
  }
  f(new Printer(Sink.Function, printcharfun));
}

function flushStdout(p: Printer): void {
  if (!p.wrote) return;
  const st = printState();
  if (!p.empty) E.stdout.write(p.text());
  st.needNewline = true;
  if (p.lastPc >= 0) st.stdoutLast = p.lastPc;
}

/** The printed representation of O as a JS string, as `prin1-to-string' makes it. */
export function prin1ToString(o: LispObject, noescape = false): string {
  const p = new Printer(Sink.Buffer);
  printTop(p, o, !noescape);
  return p.text();
}

/** `prin1-to-string' as a Lisp string: unibyte when the text is pure ASCII, as in GNU. */
export function prin1ToLString(o: LispObject, noescape = false): LString {
  const s = prin1ToString(o, noescape);
  return new LString(s, /[^\x00-\x7f]/.test(s));
}

/** The message for error symbol SYM with DATA, e.g. "Symbol’s value as variable is void: foo". */
export function printErrorMessage(sym: LispObject, data: LispObject): string {
  return errorMessageString(new Cons(sym, data));
}

/** Whether stdout output is pending a newline before the next message (GNU: noninteractive_need_newline). */
export function takeNeedNewline(): boolean {
  const st = printState();
  const v = st.needNewline;
  st.needNewline = false;
  return v;
}

// ---------------------------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------------------------

const STREAM_DOC = `
Optional argument PRINTCHARFUN is the output stream, which can be one
of these:

   - a buffer, in which case output is inserted into that buffer at point;
   - a marker, in which case output is inserted at marker's position;
   - a function, in which case that function is called once for each
     character of OBJECT's printed representation;
   - a symbol, in which case that symbol's function definition is called; or
   - t, in which case the output is displayed in the echo area.

If PRINTCHARFUN is omitted, the value of \`standard-output' (which see)
is used instead.`;

defun("prin1", "(object &optional printcharfun)", `Output the printed representation of OBJECT, any Lisp object.
Quoting characters are printed when needed to make output that \`read'
can handle, whenever this is possible.  For complex objects, the behavior
is controlled by \`print-level' and \`print-length', which see.

OBJECT is any of the Lisp data types: a number, a string, a symbol,
a list, a buffer, a window, a frame, etc.

A printed representation of an object is text which describes that object.
${STREAM_DOC}`, (object, printcharfun) => {
  withOutput(printcharfun, (p) => printTop(p, object, true));
  return object;
});

defun("princ", "(object &optional printcharfun)", `Output the printed representation of OBJECT, any Lisp object.
No quoting characters are used; no delimiters are printed around
the contents of strings.

OBJECT is any of the Lisp data types: a number, a string, a symbol,
a list, a buffer, a window, a frame, etc.

A printed representation of an object is text which describes that object.
${STREAM_DOC}`, (object, printcharfun) => {
  withOutput(printcharfun, (p) => printTop(p, object, false));
  return object;
});

defun("print", "(object &optional printcharfun)", `Output the printed representation of OBJECT, with newlines around it.
Quoting characters are printed when needed to make output that \`read'
can handle, whenever this is possible.  For complex objects, the behavior
is controlled by \`print-level' and \`print-length', which see.

OBJECT is any of the Lisp data types: a number, a string, a symbol,
a list, a buffer, a window, a frame, etc.

A printed representation of an object is text which describes that object.
${STREAM_DOC}`, (object, printcharfun) => {
  withOutput(printcharfun, (p) => { p.pc("\n"); printTop(p, object, true); p.pc("\n"); });
  return object;
});

defun("prin1-to-string", "(object &optional noescape)", `Return a string containing the printed representation of OBJECT.
OBJECT can be any Lisp object.  This function outputs quoting characters
when necessary to make output that \`read' can handle, whenever possible,
unless the optional second argument NOESCAPE is non-nil.  For complex objects,
the behavior is controlled by \`print-level' and \`print-length', which see.

OBJECT is any of the Lisp data types: a number, a string, a symbol,
a list, a buffer, a window, a frame, etc.

A printed representation of an object is text which describes that object.`,
(object, noescape) => prin1ToLString(object, noescape !== NIL));

defun("terpri", "(&optional printcharfun ensure)", `Output a newline to stream PRINTCHARFUN.
If ENSURE is non-nil only output a newline if not already at the
beginning of a line.  Value is non-nil if a newline is printed.
If PRINTCHARFUN is omitted or nil, the value of \`standard-output' is used.`, (printcharfun, ensure) => {
  let val: LispObject = T;
  withOutput(printcharfun, (p) => {
    if (ensure !== NIL) {
      // Whether a function is at the beginning of a line cannot be known.
      if (p.sink === Sink.Function) signalError("Unsupported function argument", p.fn);
      else if (p.sink === Sink.Stdout) val = printState().stdoutLast === 10 ? NIL : T;
      else if (p.target?.bolp?.()) val = NIL;
    }
    if (val !== NIL) p.pc("\n");
  });
  return val;
});

function checkFixnumChar(x: LispObject): number {
  if (typeof x !== "number") return wrongType(Qfixnump, x);
  return x;
}
/** The text of character code C; codes beyond the character range print as U+FFFD. */
function charText(c: number): string {
  return c >= 0 && c <= MAX_CHAR ? charToJs(c) : "\ufffd";
}

defun("write-char", "(character &optional printcharfun)", `Output character CHARACTER to stream PRINTCHARFUN.
PRINTCHARFUN defaults to the value of \`standard-output' (which see).`, (character, printcharfun) => {
  const c = checkFixnumChar(character);
  withOutput(printcharfun, (p) => {
    if (p.sink === Sink.Function) p.callChar(c); else p.pc(charText(c));
  });
  return character;
});

defun("external-debugging-output", "(character)", `Write CHARACTER to stderr.
You can call \`print' while debugging emacs, and pass it this function
to make it write to the debugging output.`, (character) => {
  const c = checkFixnumChar(character);
  E.stderr.write(charText(c));
  return character;
});

defun("redirect-debugging-output", "(file &optional append)", `Redirect debugging output (stderr stream) to file FILE.
If FILE is nil, reset target to the initial stderr stream.
Optional arg APPEND non-nil (interactively, with prefix arg) means
append to existing target file.`, (file, append) => {
  const st = printState();
  if (st.debugFd !== undefined) { closeSync(st.debugFd); st.debugFd = undefined; }
  if (st.savedStderr) { E.stderr = st.savedStderr; st.savedStderr = undefined; }
  if (file === NIL) return NIL;
  const name = checkString(file).s;
  const dir = findSymbolValue(defsym("default-directory"));
  const path = resolve(dir instanceof LString ? dir.s : process.cwd(), name);
  let fd: number;
  try {
    fd = openSync(path, append !== NIL ? "a" : "w", 0o666);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const msg = code === "ENOENT" ? "No such file or directory" : code === "EACCES" ? "Permission denied" : String((e as Error).message);
    return xsignal(defsym(code === "ENOENT" ? "file-missing" : "file-error"),
      LString.fromJs("Cannot open debugging output stream"), LString.fromJs(msg), LString.fromJs(path));
  }
  st.savedStderr = E.stderr;
  st.debugFd = fd;
  E.stderr = { write: (s) => { writeSync(fd, s); } };
  return NIL;
}, { interactive: "FDebug output file: \nP" });

defun("error-message-string", "(obj)", `Convert an error value (ERROR-SYMBOL . DATA) to an error message.
See Info anchor \`(elisp)Definition of signal' for some details on how this
error message is constructed.`, (obj) => {
  // (error STRING) is answered with STRING itself, as GNU does.
  if (obj instanceof Cons && obj.car === Qerror && obj.cdr instanceof Cons
    && obj.cdr.car instanceof LString && obj.cdr.cdr === NIL) return obj.cdr.car;
  // The text comes out of a multibyte buffer, so it is multibyte even when it is pure ASCII.
  return new LString(errorMessageString(obj), true);
});

defun("print--preprocess", "(object)", `Extract sharing info from OBJECT needed to print it.
Fills \`print-number-table' if \`print-circle' is non-nil.  Does nothing
if \`print-circle' is nil.`, (object) => {
  if (findSymbolValue(V.Vprint_circle) !== NIL) printPreprocess(new Printer(Sink.Buffer), object);
  return NIL;
});

/** Writes the error message for DATA to stderr, after CONTEXT (GNU: print_error_message to stderr). */
export function printErrorToStderr(data: LispObject, context = ""): void {
  E.stderr.write(context + errorMessageString(data));
}
