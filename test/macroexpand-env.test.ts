// macroexpand-all binds macroexpand-all-environment for the macros it calls, and eval-and-compile
// evaluates its body when expanded (GNU: macroexp.el, byte-run.el); expectations from GNU Emacs 28.2.
import { test } from "node:test";
import { assertLisp } from "./helpers.js";

test("macros expanded by macroexpand-all see its ENVIRONMENT in macroexpand-all-environment", () => {
  assertLisp(`(progn (defmacro tsmacs--env-probe () (list 'quote macroexpand-all-environment))
    (macroexpand-all '(list (tsmacs--env-probe)) '((:rx-locals . x))))`, `(list '((:rx-locals . x)))`);
  assertLisp(`(progn (defmacro tsmacs--env-probe () (list 'quote macroexpand-all-environment))
    (list (macroexpand-all '(tsmacs--env-probe)) macroexpand-all-environment))`, "('nil nil)");
});

test("eval-and-compile evaluates its body at expansion time and expands to the quoted value", () => {
  assertLisp(`(progn (defvar tsmacs--eac nil) (list (macroexpand-all '(eval-and-compile (setq tsmacs--eac 5) 7)) tsmacs--eac))`, "('7 5)");
  assertLisp(`(eval-and-compile 1 2)`, "2");
});

test("macroexp-file-name names the file being loaded or evaluated, also inside macros", () => {
  assertLisp(`(let ((f (make-temp-file "tsmacs-mfn" nil ".el")))
    (unwind-protect
        (progn
          (with-temp-file f (insert "(defconst tsmacs--mfn (macroexp-file-name))\\n(defmacro tsmacs--mfn-m () (macroexp-file-name))\\n(defun tsmacs--mfn-g () (tsmacs--mfn-m))\\n"))
          (load f nil t)
          (list (equal tsmacs--mfn f) (equal (tsmacs--mfn-g) f) (macroexp-file-name)))
      (delete-file f)))`, "(t t nil)");
});
