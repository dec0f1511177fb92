// eval-buffer and eval-region: read and evaluate buffer text form by form (GNU: lread.c Feval_buffer,
// Feval_region, via readevalloop), with the buffer's own `lexical-binding'.
import { defun } from "../defun.js";
import { E, findSymbolValue } from "../env.js";
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
      if (printflag !== NIL) funcall(E.intern("print"), value, printflag);
    }
  });
}
const Qbuffer_file_name = defsym("buffer-file-name");

function call(name: string, ...args: LispObject[]): LispObject { return funcall(E.intern(name), ...args); }

defun("eval-region", "(start end &optional printflag read-function)",
  "Execute the region as Lisp code.", (start, end, printflag) => {
    const text = call("buffer-substring-no-properties", start, end) as LString;
    const lexical = findSymbolValue(Qlexical_binding) !== NIL ? T : NIL;
    evalText(text, lexical, printflag);
    return NIL;
  });

defun("eval-buffer", "(&optional buffer printflag filename unibyte do-allow-print)",
  "Execute the accessible portion of current buffer as Lisp code.", (buffer, printflag) => {
    const prev = call("current-buffer");
    if (buffer !== NIL) call("set-buffer", call("get-buffer", buffer));
    try {
      const text = call("buffer-substring-no-properties", call("point-min"), call("point-max")) as LString;
      const lexical = findSymbolValue(Qlexical_binding) !== NIL ? T : NIL;
      evalText(text, lexical, printflag);
    } finally {
      call("set-buffer", prev);
    }
    return NIL;
  });
