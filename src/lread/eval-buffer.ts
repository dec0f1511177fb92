// eval-buffer and eval-region: read and evaluate buffer text form by form (GNU: lread.c Feval_buffer,
// Feval_region, via readevalloop), with the buffer's own `lexical-binding'.
import { defun } from "../defun.js";
import { E, findSymbolValue, specbind, unbindTo } from "../env.js";
import { funcall } from "../eval.js";
import { withReadEvalContext } from "./load.js";
import { LispObject, LString, NIL, T, defsym } from "../lisp.js";
import { readFromLString } from "../lread.js";

const Qlexical_binding = defsym("lexical-binding");

/** Evaluates the forms of TEXT one at a time (so earlier forms can define reader-visible things), printing
 * each value to PRINTFLAG when it is non-nil. */
function evalText(text: LString, lexical: LispObject, printflag: LispObject): void {
  let pos = 0;
  // GNU's readevalloop: current-load-list starts with the buffer's file name, and forms are eagerly
  // macroexpanded as `load' does (macroexp-file-name relies on the former).
  const file = findSymbolValue(Qbuffer_file_name);
  withReadEvalContext(file instanceof LString ? file : NIL, lexical !== NIL, (evalOne) => {
    for (;;) {
      // Skip whitespace and comments: reading at end of input signals end-of-file, which ends the loop.
      const rest = text.s.slice(text.jsIndex(pos));
      if (/^(\s|;[^\n]*(\n|$))*$/.test(rest)) return;
      const { obj, end } = readFromLString(text, pos);
      pos = end;
      const value = evalOne(obj);
      if (printflag !== NIL) printValue(value);
    }
  });
}
const Qbuffer_file_name = defsym("buffer-file-name");
const Qread = defsym("read");
const Qload_read_function = defsym("load-read-function");

/** The reader GNU's readevalloop calls: eval-region's READ-FUNCTION, else `load-read-function' (Edebug
 * hooks this), or null for the plain `read' (then the text is read from a string copy, faster). */
function customReader(readfun: LispObject): LispObject | null {
  if (readfun !== NIL) return readfun;
  const v = findSymbolValue(Qload_read_function);
  return v === NIL || v === Qread ? null : v;
}

/** readevalloop with a Lisp reader: READFUN is called with the current buffer as stream, reading from
 * point, between START and END; reading resumes where the last form ended, as GNU keeps a marker. */
function evalWithReader(readfun: LispObject, start: LispObject, end: LispObject, lexical: LispObject,
  printflag: LispObject): void {
  const buf = call("current-buffer");
  const pos = call("copy-marker", start);
  const endm = call("copy-marker", end);
  const file = findSymbolValue(Qbuffer_file_name);
  withReadEvalContext(file instanceof LString ? file : NIL, lexical !== NIL, (evalOne) => {
    for (;;) {
      call("set-buffer", buf);
      call("goto-char", pos);
      call("forward-comment", call("buffer-size"));
      if ((call("point") as number) >= (call("marker-position", endm) as number)) return;
      const obj = funcall(readfun, buf);
      call("set-buffer", buf);
      call("set-marker", pos, call("point"));
      const value = evalOne(obj);
      if (printflag !== NIL) printValue(value);
    }
  });
}

function call(name: string, ...args: LispObject[]): LispObject { return funcall(E.intern(name), ...args); }

const Qstandard_output = defsym("standard-output");
const Qsymbolp = defsym("symbolp");
/** GNU's readevalloop prints each value to standard-output (bound to PRINTFLAG): with `prin1' when that
 * is t, else with `print'. */
function printValue(value: LispObject): void {
  if (findSymbolValue(Qstandard_output) === T) call("prin1", value);
  else call("print", value);
}
/** Runs F with standard-output bound as GNU's eval-region/eval-buffer bind it: to PRINTFLAG, or, when
 * that is nil, to nil (the echo area) when output is allowed and otherwise to `symbolp', which discards
 * what the forms print. */
function withOutput<R>(printflag: LispObject, allowPrint: boolean, f: () => R): R {
  const count = E.sp;
  specbind(Qstandard_output, printflag !== NIL ? printflag : allowPrint ? NIL : Qsymbolp);
  try { return f(); } finally { unbindTo(count); }
}

defun("eval-region", "(start end &optional printflag read-function)",
  "Execute the region as Lisp code.", (start, end, printflag, readFunction) => withOutput(printflag, false, () => {
    const reader = customReader(readFunction);
    if (reader !== null) {
      evalWithReader(reader, start, end, findSymbolValue(Qlexical_binding) !== NIL ? T : NIL, printflag);
      return NIL;
    }
    const text = call("buffer-substring-no-properties", start, end) as LString;
    const lexical = findSymbolValue(Qlexical_binding) !== NIL ? T : NIL;
    evalText(text, lexical, printflag);
    return NIL;
  }));

defun("eval-buffer", "(&optional buffer printflag filename unibyte do-allow-print)",
  "Execute the accessible portion of current buffer as Lisp code.", (buffer, printflag, _filename, _unibyte, doAllowPrint) => withOutput(printflag, doAllowPrint !== NIL, () => {
    const prev = call("current-buffer");
    if (buffer !== NIL) call("set-buffer", call("get-buffer", buffer));
    try {
      const lexical = findSymbolValue(Qlexical_binding) !== NIL ? T : NIL;
      const reader = customReader(NIL);
      if (reader !== null) {
        // GNU reads the buffer itself, from its start, and restores point afterwards (an excursion).
        const buf = call("current-buffer"), saved = call("point-marker");
        try {
          evalWithReader(reader, call("point-min"), call("point-max"), lexical, printflag);
        } finally {
          call("set-buffer", buf);
          call("goto-char", saved);
          call("set-marker", saved, NIL);
        }
        return NIL;
      }
      const text = call("buffer-substring-no-properties", call("point-min"), call("point-max")) as LString;
      evalText(text, lexical, printflag);
    } finally {
      call("set-buffer", prev);
    }
    return NIL;
  }));
