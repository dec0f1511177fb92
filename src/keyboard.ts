// The command loop's state as seen from batch Lisp: recursion depth, pending input, the keys of the
// current command, idle time (GNU: keyboard.c; the interactive command loop itself comes with the terminal UI).
import { defun, defvar } from "./defun.js";
import { E, findSymbolValue, setInternal } from "./env.js";
import { LString, NIL, T } from "./lisp.js";
import { checkFixnum, xsignal } from "./signal.js";

/** Per-world command-loop state; nothing here runs a command loop yet, so the key lists stay empty. */
interface KeyboardState { recursionDepth: number; thisCommandKeys: number[]; recent: number[]; lossage: number }
function kb(): KeyboardState {
  return (E.ext.keyboard ??= { recursionDepth: 0, thisCommandKeys: [], recent: [], lossage: 300 });
}

defvar("unread-command-events", NIL, `List of events to be read as the command input.
These events are processed first, before actual keyboard input.
Events read from this list are not normally added to \`this-command-keys',
as they will already have been added once as they were read for the first time.
An element of the form (t . EVENT) forces EVENT to be added to that list.
An element of the form (no-record . EVENT) means process EVENT, but do not
record it in the keyboard macros, recent-keys, and the dribble file.`);

defun("recursion-depth", "()", `Return the current depth in recursive edits.`, () => kb().recursionDepth);

defun("input-pending-p", "(&optional check-timers)", `Return t if command input is currently available with no wait.
Actually, the value is nil only if we can be sure that no input is available;
if there is a doubt, the value is t.

If CHECK-TIMERS is non-nil, timers that are ready to run will do so.`,
() => (findSymbolValue(defvarSym("unread-command-events")) !== NIL ? T : NIL));

function defvarSym(name: string) { return E.intern(name); }

defun("this-command-keys", "()", `Return the key sequence that invoked this command.
However, if the command has called \`read-key-sequence', it returns
the last key sequence that has been read.
The value is a string or a vector.

See also \`this-command-keys-vector'.`, () => LString.fromJs(String.fromCharCode(...kb().thisCommandKeys), false));
defun("this-command-keys-vector", "()", `Return the key sequence that invoked this command, as a vector.
However, if the command has called \`read-key-sequence', it returns
the last key sequence that has been read.

See also \`this-command-keys'.`, () => [...kb().thisCommandKeys]);
defun("this-single-command-keys", "()", `Return the key sequence that invoked this command.
More generally, it returns the last key sequence read, either by
the command loop or by \`read-key-sequence'.
The value is always a vector.`, () => [...kb().thisCommandKeys]);
defun("this-single-command-raw-keys", "()", `Return the raw events that were read for this command.
More generally, it returns the last key sequence read, either by
the command loop or by \`read-key-sequence'.
Unlike \`this-single-command-keys', this function's value
shows the events before all translations (except for input methods).
The value is always a vector.`, () => [...kb().thisCommandKeys]);
defun("clear-this-command-keys", "(&optional keep-record)", `Clear out the vector that \`this-command-keys' returns.
Also clear the record of the last 100 events, unless optional arg
KEEP-RECORD is non-nil.`, (keep) => { kb().thisCommandKeys = []; if (keep === NIL) kb().recent = []; return NIL; });

defun("recent-keys", "(&optional include-cmds)", `Return vector of last few events, not counting those from keyboard macros.
If INCLUDE-CMDS is non-nil, include the commands that were run,
represented as pseudo-events of the form (nil . COMMAND).`, () => [...kb().recent]);
defun("lossage-size", "(&optional n)", `Return or set the maximum number of keystrokes to save.
If called with a non-nil ARG, set the limit to ARG and return it.
Otherwise, return the current limit.

The saved keystrokes are shown by \`view-lossage'.`,
(n) => {
  if (n === NIL) return kb().lossage;
  const v = checkFixnum(n);
  if (v < 100) xsignal(E.intern("user-error"), LString.fromJs("Value must be >= 100"));
  kb().lossage = v;
  return v;
}, { interactive: "p" });

defun("current-idle-time", "()", `Return the current length of Emacs idleness, or nil.
The value when Emacs is idle is a Lisp timestamp in the style of
\`current-time'.

The value when Emacs is not idle is nil.

PSEC is a multiple of the system clock resolution.`, () => NIL);

defun("discard-input", "()", `Discard the contents of the terminal input buffer.
Also end any kbd macro being defined.`, () => {
  // Batch mode has no terminal input buffer; what is pending is `unread-command-events' (no macros yet).
  setInternal(defvarSym("unread-command-events"), NIL);
  return NIL;
});

defun("daemonp", "()", `Return non-nil if the current emacs process is a daemon.
If the daemon was given a name argument, return that name.`, () => NIL);
