// load-history of the preloaded library, symbol-file and the non-interactive find-func.el (GNU: subr.el
// symbol-file, lisp/emacs-lisp/find-func.el), plus float-sup.el's constants.
import { test } from "node:test";
import { assertLisp, assertLispError } from "./helpers.js";

test("preloaded files are in load-history, so symbol-file names the defining file", () => {
  assertLisp(`(file-name-nondirectory (symbol-file 'when-let))`, `"subr-x.el"`);
  assertLisp(`(file-name-nondirectory (symbol-file 'float-pi 'defvar))`, `"float-sup.el"`);
  assertLisp(`(symbol-file 'car)`, "nil");
  assertLisp(`(symbol-file 'no-such-symbol-anywhere)`, "nil");
  assertLisp(`(progn (autoload 'tsmacs-test-auto "some-lib") (symbol-file 'tsmacs-test-auto))`, `"some-lib"`);
  assertLisp(`(and (assoc-default (symbol-file 'when-let) load-history) t)`, "t");
});

test("find-function-noselect and find-variable-noselect find the definition in the source", () => {
  assertLisp(`(let ((r (find-function-noselect 'when-let)))
    (with-current-buffer (car r) (goto-char (cdr r)) (buffer-substring (point) (+ (point) 19))))`, `"(defmacro when-let "`);
  assertLisp(`(let ((r (find-variable-noselect 'float-e)))
    (with-current-buffer (car r) (goto-char (cdr r)) (buffer-substring (point) (+ (point) 17))))`, `"(defconst float-e"`);
  assertLispError(`(find-function-noselect 'car)`, `(error "car is a primitive, defined in the TypeScript sources of tsmacs")`);
  assertLisp(`(progn (require 'ert) (and (assq 'ert--test find-function-regexp-alist) t))`, "t");
});

test("with-syntax-table restores the buffer's table, float-sup constants", () => {
  assertLisp(`(with-temp-buffer (let ((st (syntax-table)))
    (list (with-syntax-table (make-syntax-table) (eq st (syntax-table))) (eq st (syntax-table)))))`, "(nil t)");
  assertLisp(`(list float-pi float-e (degrees-to-radians 180) (radians-to-degrees float-pi) (featurep 'lisp-float-type))`,
    "(3.141592653589793 2.718281828459045 3.141592653589793 180.0 t)");
  assertLisp(`(sha1 "foo")`, `"0beec7b5ea3f0fdbc95d0dd47f3c5bc275da8a33"`);
});
