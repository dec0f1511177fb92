// `message' and its relatives in batch mode (GNU: editfns.c Fmessage, Fcurrent_message; xdisp.c message3,
// message_to_stderr). The echo area and the *Messages* log come with the display.
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue, specbind, unbindTo } from "../env.js";
import { LispObject, LString, NIL, T } from "../lisp.js";
import { funcall } from "../eval.js";
import { takeNeedNewline } from "../print.js";
import { styledFormat } from "./format.js";

export const Vinhibit_message = defvar("inhibit-message", NIL, `Non-nil means calls to \`message' are not displayed.
They are still logged to the *Messages* buffer.

Do NOT set this globally to a non-nil value, as doing that will
disable messages everywhere, including in I-search and other
places where they are necessary.  This variable is intended to
be let-bound around code that needs to disable messages temporarily. `);

/**
 * Shows message M (a string, or nil to clear). In batch mode it goes to stderr with a newline, after a
 * newline if stdout output is pending (GNU: message3 → message_to_stderr).
 */
export function showMessage(m: LispObject): void {
  if (m instanceof LString) logMessage(m);
  if (findSymbolValue(Vinhibit_message) !== NIL) return;
  let text = takeNeedNewline() ? "\n" : "";
  if (m instanceof LString) text += m.s;
  E.stderr.write(text + "\n");
}

export const Vmessage_log_max = defvar("message-log-max", 1000, `Maximum number of lines to keep in the message log buffer.
If nil, disable message logging.  If t, log messages but don't truncate
the buffer when it becomes large.`);

/** Appends M to *Messages*, as GNU's message_dolog does in batch mode too (without changing buffers). */
function logMessage(m: LString): void {
  if (findSymbolValue(Vmessage_log_max) === NIL) return;
  const create = E.intern("get-buffer-create");
  if (create.f === NIL) return;
  const setBuffer = E.intern("set-buffer");
  const prev = funcall(E.intern("current-buffer"));
  const buf = funcall(create, LString.fromJs("*Messages*"));
  funcall(setBuffer, buf);
  const count = E.sp;
  try {
    specbind(E.intern("inhibit-read-only"), T);
    specbind(E.intern("inhibit-modification-hooks"), T);
    specbind(E.intern("buffer-undo-list"), T);
    const pt = funcall(E.intern("point")) as number;
    const atEnd = pt === funcall(E.intern("point-max"));
    funcall(E.intern("goto-char"), funcall(E.intern("point-max")));
    funcall(E.intern("insert"), m, LString.fromJs("\n"));
    if (!atEnd) funcall(E.intern("goto-char"), pt);
  } finally {
    unbindTo(count);
    funcall(setBuffer, prev);
  }
}

defun("message", "(format-string &rest args)", `Display a message at the bottom of the screen.
The message also goes into the \`*Messages*' buffer, if \`message-log-max'
is non-nil.  (In keyboard macros, that's all it does.)
Return the message.

In batch mode, the message is printed to the standard error stream,
followed by a newline.

The first argument is a format control string, and the rest are data
to be formatted under control of the string.  Percent sign (%), grave
accent (\\=\`) and apostrophe (\\=') are special in the format; see
\`format-message' for details.  To display STRING without special
treatment, use (message "%s" STRING).

If the first argument is nil or the empty string, the function clears
any existing message; this lets the minibuffer contents show.  See
also \`current-message'.`, (...args: LispObject[]) => {
  const f = args[0];
  if (f === NIL || (f instanceof LString && f.s.length === 0)) {
    showMessage(NIL);
    return f;
  }
  const val = styledFormat(args, true);
  showMessage(val);
  return val;
});

// In batch mode there is no dialog box and no echo area: both answer the formatted text silently.
defun("message-box", "(format-string &rest args)", `Display a message, in a dialog box if possible.
If a dialog box is not available, use the echo area.
The first argument is a format control string, and the rest are data
to be formatted under control of the string.  See \`format-message' for
details.

If the first argument is nil or the empty string, clear any existing
message; let the minibuffer contents show.`, (...args: LispObject[]) => (args[0] === NIL ? NIL : styledFormat(args, true)));

defun("message-or-box", "(format-string &rest args)", `Display a message in a dialog box or in the echo area.
If this command was invoked with the mouse, use a dialog box if
\`use-dialog-box' is non-nil.
Otherwise, use the echo area.
The first argument is a format control string, and the rest are data
to be formatted under control of the string.  See \`format-message' for
details.

If the first argument is nil or the empty string, clear any existing
message; let the minibuffer contents show.`, (...args: LispObject[]) => (args[0] === NIL ? NIL : styledFormat(args, true)));

defun("current-message", "()", "Return the string currently displayed in the echo area, or nil if none.", () => NIL);
