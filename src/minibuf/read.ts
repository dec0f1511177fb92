// Reading from the minibuffer in batch mode: a prompt on stdout and a line from stdin (GNU: minibuf.c
// read_minibuf_noninteractive, read-from-minibuffer, read-string, completing-read; fns.c yes-or-no-p;
// subr.el y-or-n-p and read-number). The interactive minibuffer comes with the terminal UI.
import { readSync } from "node:fs";
import { defun, defvar } from "../defun.js";
import { E, findSymbolValue } from "../env.js";
import { Cons, defsym, LFloat, LispObject, LString, NIL, T } from "../lisp.js";
import { checkString, LispSignal, xsignal } from "../signal.js";
import { funcall } from "../eval.js";
import { readFromLString } from "../lread.js";

const Qend_of_file = defsym("end-of-file");
const Qinhibited_interaction = defsym("inhibited-interaction");
const Qinvalid_read_syntax = defsym("invalid-read-syntax");
const Qmessage = defsym("message");
const Qformat = defsym("format");

const Vinhibit_interaction = defvar("inhibit-interaction", NIL,
  `Non-nil means any user interaction will signal an error.
This variable can be bound when user interaction can't be performed,
for instance when running a headless Emacs server.  Functions like
\`read-from-minibuffer' (and the like) will signal \`inhibited-interaction'
instead.`);
defvar("minibuffer-history", NIL, `Default minibuffer history list.
This is used for all minibuffer input
except when an alternate history list is specified.

Maximum length of the history list is determined by the value
of \`history-length', which see.`);

/** Bytes read from stdin beyond the last line returned (stdin is read in blocks). */
interface StdinState { pending: Buffer; eof: boolean }
function stdinState(): StdinState {
  return (E.ext.minibufStdin ??= { pending: Buffer.alloc(0), eof: false });
}

/** One line of stdin without its newline, or null at end of input (GNU reads byte by byte up to a newline). */
function readStdinLine(): string | null {
  const st = stdinState();
  const chunk = Buffer.alloc(4096);
  for (;;) {
    const nl = st.pending.indexOf(10);
    if (nl >= 0) {
      const line = st.pending.subarray(0, nl);
      st.pending = st.pending.subarray(nl + 1);
      return line.toString("utf8");
    }
    if (st.eof) {
      if (st.pending.length === 0) return null;
      const rest = st.pending.toString("utf8");
      st.pending = Buffer.alloc(0);
      return rest;
    }
    let n: number;
    try { n = readSync(0, chunk, 0, chunk.length, null); }
    catch (e) {
      // A non-blocking stdin has nothing yet: wait a little and try again; anything else ends the input.
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); continue; }
      n = 0;
    }
    if (n === 0) st.eof = true;
    else st.pending = Buffer.concat([st.pending, chunk.subarray(0, n)]);
  }
}

/** GNU read_minibuf_noninteractive: the prompt on stdout, then a line of stdin (end-of-file at its end). */
function readLine(prompt: LString): LString {
  if (findSymbolValue(Vinhibit_interaction) !== NIL) xsignal(Qinhibited_interaction);
  E.stdout.write(prompt.s);
  const line = readStdinLine();
  if (line === null) xsignal(Qend_of_file, LString.fromJs("Error reading from stdin"));
  return LString.fromJs(line!);
}

/** The first default when DEFAULT is a list of them. */
function firstDefault(dflt: LispObject): LispObject {
  return dflt instanceof Cons ? dflt.car : dflt;
}

/** read-from-minibuffer's READ: exactly one expression, with only whitespace after it. */
function readWhole(text: LString): LispObject {
  const { obj, end } = readFromLString(text);
  for (let i = end; i < text.length; i++) {
    const c = text.charAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) xsignal(Qinvalid_read_syntax, LString.fromJs("Trailing garbage following expression"));
  }
  return obj;
}

defun("read-from-minibuffer", "(prompt &optional initial-contents keymap read hist default-value inherit-input-method)",
  `Read a string from the minibuffer, prompting with string PROMPT.
The optional second arg INITIAL-CONTENTS is an obsolete alternative to
  DEFAULT-VALUE.  It normally should be nil in new code, except when
  HIST is a cons.  It is discussed in more detail below.

Third arg KEYMAP is a keymap to use whilst reading;
  if omitted or nil, the default is \`minibuffer-local-map'.

If fourth arg READ is non-nil, interpret the result as a Lisp object
  and return that object:
  in other words, do \`(car (read-from-string INPUT-STRING))'

Fifth arg HIST, if non-nil, specifies a history list and optionally
  the initial position in the list.

Sixth arg DEFAULT-VALUE, if non-nil, should be a string, which is used
  as the default to \`read' if READ is non-nil and the user enters
  empty input.  But if READ is nil, this function does _not_ return
  DEFAULT-VALUE for empty input!  Instead, it returns the empty string.

In batch mode, the prompt is written to the standard output and a line
is read from the standard input.`,
(prompt, _initial, _keymap, read, _hist, dflt) => {
  const text = readLine(checkString(prompt));
  if (read === NIL) return text;
  // An empty answer reads the default, as GNU's read_minibuf does.
  const d = firstDefault(dflt);
  return readWhole(text.length === 0 && d instanceof LString ? d : text);
});

defun("read-string", "(prompt &optional initial-input history default-value inherit-input-method)",
  `Read a string from the minibuffer, prompting with string PROMPT.
If non-nil, second arg INITIAL-INPUT is a string to insert before reading.
  This argument has been superseded by DEFAULT-VALUE and should normally be nil
  in new code.  It behaves as INITIAL-CONTENTS in \`read-from-minibuffer' (which
  see).
The third arg HISTORY, if non-nil, specifies a history list
  and optionally the initial position in the list.
See \`read-from-minibuffer' for details of HISTORY argument.
Fourth arg DEFAULT-VALUE is the default value or the list of default values.
 If non-nil, it is used for history commands, and as the value (or the first
 element of the list of default values) to return if the user enters the
 empty string.
Fifth arg INHERIT-INPUT-METHOD, if non-nil, means the minibuffer inherits
 the current input method and the setting of \`enable-multibyte-characters'.`,
(prompt, _initial, _history, dflt) => {
  const text = readLine(checkString(prompt));
  const d = firstDefault(dflt);
  return text.length === 0 && d !== NIL ? d : text;
});

defun("completing-read", "(prompt collection &optional predicate require-match initial-input hist def inherit-input-method)",
  `Read a string in the minibuffer, with completion.
PROMPT is a string to prompt with; normally it ends in a colon and a space.
COLLECTION can be a list of strings, an alist, an obarray or a hash table.
COLLECTION can also be a function to do the completion itself.
PREDICATE limits completion to a subset of COLLECTION.
See \`try-completion', \`all-completions', \`test-completion',
and \`completion-boundaries', for more details on completion,
COLLECTION, and PREDICATE.

DEF, if non-nil, is the default value or the list of default values;
if the user enters the empty string, the first default is returned.

In batch mode the line read is returned as it is: there is no completion.`,
(prompt, _collection, _predicate, _requireMatch, _initial, _hist, def) => {
  const text = readLine(checkString(prompt));
  const d = firstDefault(def);
  return text.length === 0 && d !== NIL ? (d instanceof LString ? d : funcall(Qformat, LString.fromJs("%s"), d)) : text;
});

defun("read-minibuffer", "(prompt &optional initial-contents)",
  `Return a Lisp object read using the minibuffer, unevaluated.
Prompt with PROMPT.  If non-nil, optional second arg INITIAL-CONTENTS
is a string to insert in the minibuffer before reading.`,
(prompt) => readWhole(readLine(checkString(prompt))));

defun("eval-minibuffer", "(prompt &optional initial-contents)",
  `Return value of Lisp expression read using the minibuffer.
Prompt with PROMPT.  If non-nil, optional second arg INITIAL-CONTENTS
is a string to insert in the minibuffer before reading.`,
(prompt) => funcall(defsym("eval"), readWhole(readLine(checkString(prompt))), T));

defun("yes-or-no-p", "(prompt)", `Ask user a yes-or-no question.
Return t if answer is yes, and nil if the answer is no.
PROMPT is the string to display to ask the question; \`yes-or-no-p'
appends \`yes-or-no-prompt' (default \"(yes or no) \") to it.

The user must confirm the answer with RET, and can edit it until it
has been confirmed.`,
(prompt) => {
  const full = LString.fromJs(checkString(prompt).s + "(yes or no) ");
  for (;;) {
    const answer = readLine(full).s;
    if (answer === "yes") return T;
    if (answer === "no") return NIL;
    funcall(Qmessage, LString.fromJs("Please answer yes or no."));
  }
});

defun("y-or-n-p", "(prompt)", `Ask user a "y or n" question.
Return t if answer is "y" and nil if it is "n".

In batch mode a line is read from the standard input; it must be "y" or
"n" (in either case), else the question is asked again.`,
(prompt) => {
  const base = checkString(prompt).s + "(y or n) ";
  let full = base;
  for (;;) {
    const answer = readLine(LString.fromJs(full)).s;
    if (answer === "y" || answer === "Y") return T;
    if (answer === "n" || answer === "N") return NIL;
    full = "Please answer y or n.  " + base;
  }
});

defun("read-number", "(prompt &optional default hist)", `Read a numeric value in the minibuffer, prompting with PROMPT.
DEFAULT specifies a default value to return if the user just types RET.
The value of DEFAULT is inserted into PROMPT.
HIST specifies a history list variable.  See \`read-from-minibuffer'
for details of the HIST argument.
This function is used by the \`interactive' code letter \`n'.`,
(prompt, dflt) => {
  let p = checkString(prompt).s;
  const d = firstDefault(dflt);
  if (d !== NIL) {
    const shown = funcall(Qformat, LString.fromJs("%s"), d) as LString;
    // The default goes before the prompt's final colon and spaces.
    const m = /:\s*$/.exec(p);
    p = m ? `${p.slice(0, m.index)} (default ${shown.s})${p.slice(m.index)}` : `${p}(default ${shown.s}) `;
  }
  for (;;) {
    const text = readLine(LString.fromJs(p));
    if (text.length === 0 && d !== NIL) return d;
    let n: LispObject = NIL;
    try { n = readWhole(text); } catch (e) { if (!(e instanceof LispSignal)) throw e; }
    if (typeof n === "number" || typeof n === "bigint" || n instanceof LFloat) return n;
    funcall(Qmessage, LString.fromJs("Please enter a number."));
  }
});
