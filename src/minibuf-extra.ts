// minibuf.c's predicates on minibuffers (GNU: minibuf.c). tsmacs reads no input through a minibuffer yet
// (the terminal UI is a later issue), so no buffer is ever a minibuffer.
import { defun } from "./defun.js";
import { LString, NIL, LispObject } from "./lisp.js";
import { checkBuffer, getBuffer } from "./buffer.js";

defun("minibufferp", "(&optional buffer live)", `Return t if BUFFER is a minibuffer.
No argument or nil as argument means use current buffer as BUFFER.
BUFFER can be a buffer or a buffer name.  If LIVE is non-nil, then
return t only if BUFFER is an active minibuffer.`, (buffer: LispObject) => {
  // GNU: a name is looked up (an unknown one is simply not a minibuffer), anything else must be a buffer.
  if (buffer instanceof LString) getBuffer(buffer);
  else if (buffer !== NIL) checkBuffer(buffer);
  return NIL;
});
