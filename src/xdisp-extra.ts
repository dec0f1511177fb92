// xdisp.c primitives that Lisp calls outside of redisplay proper (GNU: xdisp.c). frame.el installs
// `set-buffer-redisplay' as the variable watcher of display-affecting variables (bidi-paragraph-direction...).
import { defun } from "./defun.js";
import { NIL } from "./lisp.js";
import { checkSymbol } from "./signal.js";

defun("set-buffer-redisplay", "(symbol newval op where)", `Mark the current buffer for redisplay.
This function may be passed to \`add-variable-watcher'.
tsmacs has no redisplay yet (the terminal UI is a later issue), so there is nothing to mark.`, (symbol) => {
  checkSymbol(symbol);
  return NIL;
});
