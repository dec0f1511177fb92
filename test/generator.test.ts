// Generators: iter-lambda, iter-defun, iter-make, iter-yield(-from), iter-next, iter-close, iter-do (GNU: lisp/emacs-lisp/generator.el).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, checkGroup } from "./helpers.js";

test("generators are autoloaded", () => {
  checkGroup([
    [`(featurep 'generator)`, `nil`],
    [`(iter-next (funcall (iter-lambda () (iter-yield 'first))))`, `first`],
    [`(featurep 'generator)`, `t`],
  ]);
});

test("cl-loop's iter-by clause loads generator.el when needed", () => {
  checkGroup([
    [`(progn (setq features (delq 'generator features)) (fmakunbound 'generator--cl-loop-iter-by)
             (autoload 'generator--cl-loop-iter-by "generator") nil)`, `nil`],
    [`(cl-loop for x iter-by (iter-make (iter-yield 1) (iter-yield 2)) collect x)`, `(1 2)`],
  ]);
});

test("generators behave as GNU's for the case corpus", () => {
  assert.deepEqual(checkCaseFile("generator"), []);
});

test("a generator that loops many times between yields does not grow the stack", () => {
  checkGroup([
    [`(iter-next (funcall (iter-lambda () (let ((i 0)) (while (< i 300000) (when (= i 299999) (iter-yield i)) (setq i (1+ i)))))))`, `299999`],
    [`(let ((it (funcall (iter-lambda () (dotimes (i 100000) (iter-yield i))))) (sum 0))
        (iter-do (x it) (setq sum (+ sum x))) sum)`, `4999950000`],
  ]);
});

test("iter-close runs each cleanup once, outermost first and outside the generator's dynamic bindings, as GNU does", () => {
  checkGroup([
    [`(defvar gen-t--v 'outside)`, `gen-t--v`],
    [`(let* ((log nil)
             (it (funcall (iter-lambda ()
                   (let ((gen-t--v 'inside))
                     (unwind-protect
                         (unwind-protect (iter-yield 1) (push (list 'inner gen-t--v) log))
                       (push (list 'outer gen-t--v) log)))))))
        (iter-next it) (iter-close it) (iter-close it) (list log gen-t--v))`,
     `(((inner outside) (outer outside)) outside)`],
  ]);
});
