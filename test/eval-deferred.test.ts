// Evaluator behaviour that GNU's own Lisp relies on while bootstrapping (GNU: eval.c eval_sub, Fdefvar,
// readevalloop; bytecode.c exec_byte_code for run-time byte code): macro expansion at GNU's moment,
// file-local (defvar X), byte-compile to JavaScript, and make-byte-code objects.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertLisp, assertLispError } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "tsmacs-deferred-"));

test("a macro expansion error in a branch that never runs is not an error (GNU expands when evaluating)", () => {
  assertLisp(`(progn (defmacro dfr-bad () (error "expanded")) (defun dfr-f (x) (if x 'fine (dfr-bad))) (dfr-f t))`, "fine");
  assertLispError(`(dfr-f nil)`, `(error "expanded")`);
});

test("a macro expansion that fails at compile time is retried when the form runs", () => {
  // The expander needs a helper that only exists by the time the function body runs.
  assertLisp(`(progn
    (defmacro dfr-late (x) (dfr-late-helper x))
    (defun dfr-g (y) (let ((z (* y 2))) (fset 'dfr-late-helper (lambda (v) (list '+ v 1))) (dfr-late z)))
    (list (dfr-g 3) (dfr-g 4)))`, "(7 9)");
});

test("a deferred form sees and assigns the enclosing lexical variables", () => {
  assertLisp(`(progn
    (defmacro dfr-set (v) (dfr-set-helper v))
    (defun dfr-h () (let ((a 1)) (fset 'dfr-set-helper (lambda (v) (list 'setq v (list '+ v 10)))) (dfr-set a) a))
    (dfr-h))`, "11");
});

test("a function undefined at compile time that becomes a macro is expanded when called", () => {
  assertLisp(`(progn
    (defun dfr-k (n) (if (> n 0) (dfr-later-macro n) 'none))
    (dfr-k 0))`, "none");
  assertLisp(`(progn (defmacro dfr-later-macro (n) (list 'list ''m n)) (dfr-k 5))`, "(m 5)");
});

test("a file's top-level (defvar X) makes X dynamic for the rest of the file, closures included", () => {
  const f = join(dir, "dv.el");
  writeFileSync(f, [";;; -*- lexical-binding: t -*-", "(defvar dfr-dyn)", "(defun dfr-dyn-get () dfr-dyn)",
    "(defun dfr-dyn-f () (let ((dfr-dyn 1)) (dfr-dyn-get)))",
    "(defalias 'dfr-dyn-h (lambda () (let* ((dfr-dyn 2)) (dfr-dyn-get))))", ""].join("\n"));
  // GNU 28.2: (1 2 nil) — the declaration is local to the file, so the symbol is not special globally.
  assertLisp(`(progn (load ${JSON.stringify(f)} nil t) (list (dfr-dyn-f) (dfr-dyn-h) (special-variable-p 'dfr-dyn)))`, "(1 2 nil)");
});

test("byte-compile compiles a lambda (to JavaScript) and returns a callable function", () => {
  assertLisp(`(funcall (byte-compile '(lambda (x) (* x x))) 7)`, "49");
  assertLisp(`(progn (defun dfr-sq (x) (* x x)) (byte-compile 'dfr-sq) (dfr-sq 5))`, "25");
});

test("byte code built with make-byte-code runs (nadvice's :around and :before wrappers)", () => {
  // GNU 28.2 nadvice.el's programs for :around and :before, with the constant vector [apply FUNCTION MAIN].
  assertLisp(`(funcall (make-byte-code 128 "\\300\\301\\302\\003#\\207" (vector #'apply (lambda (f &rest a) (list 'around (apply f a))) #'list) 5) 1 2)`,
    "(around (1 2))");
  assertLisp(`(let ((log nil)) (list (funcall (make-byte-code 128 "\\300\\301\\002\\"\\210\\300\\302\\002\\"\\207" (vector #'apply (lambda (&rest a) (push a log)) #'+) 4) 3 4) log))`,
    "(7 ((3 4)))");
  assertLispError(`(funcall (make-byte-code 257 "\\300\\207" [x] 1))`, "(wrong-number-of-arguments (1 . 1) 0)");
});

test("a deferred form and a closure it calls share the enclosing variables (GNU's called-interactively-p)", () => {
  // The expected value is GNU Emacs 28.2's: the closure's assignments and the form's own both stick.
  assertLisp(`(progn
    (defun dtest-f () (let* ((i 0) (bump (lambda () (setq i (+ i 10)))))
                        (dtest-later-macro (funcall bump) (setq i (1+ i)) (funcall bump)) i))
    (list (condition-case e (dtest-f) (error (car e)))
          (progn (defmacro dtest-later-macro (&rest body) (cons 'progn body)) (dtest-f))))`, "(void-function 21)");
});

test("apply leaves a backtrace frame with its own arguments, as GNU's does", () => {
  assertLisp(`(let ((r nil)) (defun bt-g (&rest _) (setq r (backtrace-frame 1 'bt-g)))
    (apply 'bt-g 1 '(2 3)) (list (car r) (cadr r) (cddr r)))`, "(t apply (bt-g 1 (2 3)))");
});
