// Lisp modes, Lisp indentation and indent.el against GNU Emacs 28.2 (GNU: lisp-mode.el, elisp-mode.el, indent.el, text-mode.el).
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLisp, checkCaseFile } from "./helpers.js";

// test/data/lisp-mode-cases.el: unindented snippets re-indented with `indent-region' (compared byte for
// byte with GNU's result), syntax tables entry by entry, mode variables, and the indent.el commands.
test("lisp-mode cases match GNU Emacs", () => {
  assert.deepEqual(checkCaseFile("lisp-mode"), []);
});

// The `(declare (indent N))' of a macro defined after lisp-mode.el is loaded reaches the indenter.
test("declare indent of a new macro is honoured", () => {
  assertLisp(`(progn (defmacro lm-test-with (a &rest body) (declare (indent 1)) (list a body))
    (with-temp-buffer (emacs-lisp-mode) (insert "(lm-test-with x\\ny\\nz)")
      (indent-region (point-min) (point-max)) (buffer-string)))`, `"(lm-test-with x\n  y\n  z)"`);
});

// A function as `lisp-indent-function' property is called with the line start and the parse state.
test("indentation method functions are called", () => {
  assertLisp(`(progn (put 'lm-test-fn 'lisp-indent-function (lambda (_p state) (list 7 (nth 1 state))))
    (with-temp-buffer (emacs-lisp-mode) (insert "(lm-test-fn a\\nb)")
      (indent-region (point-min) (point-max)) (buffer-string)))`, `"(lm-test-fn a\n       b)"`);
});
