// `message' and its relatives in batch mode (GNU: editfns.c Fmessage, Fcurrent_message; xdisp.c message3,
// message_to_stderr). The echo area and the *Messages* log come with the display.
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue } from "../env.js";
import { LispObject, LString, NIL } from "../lisp.js";
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
  if (findSymbolValue(Vinhibit_message) !== NIL) return;
  let text = takeNeedNewline() ? "\n" : "";
  if (m instanceof LString) text += m.s;
  E.stderr.write(text + "\n");
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
