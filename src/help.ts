// What help-fns.el needs to know that only the TypeScript side knows: whether a variable is built in
// (GNU tells by the variable's documentation being an offset into etc/DOC; help-fns.el then says the
// variable is "defined in ‘C source code’").
import { defun, defvar, varRegistry } from "./defun.js";
import { LSymbol, NIL, T } from "./lisp.js";
import { perBufferInfo } from "./buffer.js";

let builtins: Set<LSymbol> | null = null;

defun("help-fns--builtin-variable-p", "(symbol)", "Return t if SYMBOL is a variable built into tsmacs.", (symbol) => {
  // Built once: the registry is complete when Lisp can first call this.
  builtins ??= new Set(varRegistry.map((v) => v.sym));
  return symbol instanceof LSymbol && (builtins.has(symbol) || perBufferInfo(symbol) !== undefined) ? T : NIL;
});

// A keymap.c variable in GNU, so special from the start: code binds it before help.el is loaded.
defvar("describe-bindings-check-shadowing-in-ranges", NIL,
  "If non-nil, consider command shadowing when describing ranges of keys.");
