// The small remaining fileio.c primitives (auto-save bookkeeping, ACL/SELinux stubs, car-less-than-car) and
// startup.el's `user-emacs-directory`.
import { existsSync } from "node:fs";
import { defun, defvar } from "../defun.js";
import { Cons, list, LString, NIL, T } from "../lisp.js";
import { checkString, wrongType } from "../signal.js";
import { funcall } from "../eval.js";
import { curBuf } from "../buffer.js";
import { defsym } from "../lisp.js";
import { expandFileName, homeDirectory } from "../fileio.js";

/**
 * GNU 28 (startup--xdg-or-homedot): "~/.emacs.d/" when it exists, else the XDG directory when that
 * exists, else "~/.emacs.d/". Recomputed at each start because the answer depends on this machine.
 */
defvar("user-emacs-directory", () => {
  let home: string;
  try { home = homeDirectory(); } catch { return LString.fromJs("~/.emacs.d/"); }
  if (existsSync(home + "/.emacs.d")) return LString.fromJs("~/.emacs.d/");
  const xdgConfig = process.env.XDG_CONFIG_HOME || home + "/.config";
  const xdg = xdgConfig + "/emacs";
  if (existsSync(xdg)) {
    const abbrev = xdg.startsWith(home + "/") ? "~" + xdg.slice(home.length) : xdg;
    return LString.fromJs(abbrev + "/");
  }
  return LString.fromJs("~/.emacs.d/");
}, "Directory beneath which additional per-user Emacs-specific files are placed.", { perStart: true });

defvar("path-separator", () => LString.fromJs(":"), "String containing the character that separates directories in search paths.");

defun("recent-auto-save-p", "()", `Return t if current buffer has been auto-saved recently.
More precisely, if it has been auto-saved since last read from or saved
in the visited file.  If the buffer has no visited file,
then any auto-save counts as "recent".`, () => {
  const b = curBuf();
  return b.text.saveModiff < b.autoSaveModiff ? T : NIL;
});

defun("set-buffer-auto-saved", "()", `Mark current buffer as auto-saved with its current text.
No auto-save file will be written until the buffer changes again.`, () => {
  const b = curBuf();
  b.autoSaveModiff = b.text.modiff;
  return NIL;
});

defun("clear-buffer-auto-save-failure", "()", "Clear any record of a recent auto-save failure in the current buffer.", () => NIL);

// do-auto-save is deliberately undefined until auto-saving exists (void-function, not a silent no-op).

defun("next-read-file-uses-dialog-p", "()", "Return t if a call to `read-file-name' will use a dialog.", () => NIL);

defun("set-binary-mode", "(stream mode)", `Switch STREAM to binary I/O mode or text I/O mode.
On POSIX systems there is no difference: the previous mode (t) is returned.`, () => T);

defun("car-less-than-car", "(a b)", `Return t if (car A) is numerically less than (car B).`, (a, b) => {
  const x = a instanceof Cons ? a.car : a === NIL ? NIL : wrongType(defsym("listp"), a);
  const y = b instanceof Cons ? b.car : b === NIL ? NIL : wrongType(defsym("listp"), b);
  return funcall(defsym("<"), x, y);
});

defun("unix-sync", "()", "Tell Unix to finish all pending disk updates.", () => NIL, { interactive: "" });

defun("file-selinux-context", "(filename)", `Return SELinux context of file named FILENAME.
The return value is a list (USER ROLE TYPE RANGE), where the list
elements are strings naming the components of a SELinux context.
tsmacs has no SELinux support: every component is nil.`, (filename) => {
  expandFileName(checkString(filename));
  return list(NIL, NIL, NIL, NIL);
});

defun("set-file-selinux-context", "(filename context)", "Set SELinux context of file named FILENAME to CONTEXT (unsupported: nil).", () => NIL);
defun("file-acl", "(filename)", "Return ACL entries of file named FILENAME (unsupported: nil).", () => NIL);
defun("set-file-acl", "(filename acl-string)", "Set ACL of file named FILENAME to ACL-STRING (unsupported: nil).", () => NIL);

