// Evaluator tests: special forms, closures, dynamic binding, non-local exits, errors (GNU: test/src/eval-tests.el).
// Expectations in test/data/eval-cases.expected come from GNU Emacs 28.2 (scripts/gen-eval-cases.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { evalLisp, assertLisp, assertLispError, setup, checkCaseFile } from "./helpers.js";
import { readAll } from "../src/lread.js";
import { prin1ToString } from "../src/print.js";
import { evalForm } from "../src/eval.js";
import { Cons, T, list, defsym, LispObject } from "../src/lisp.js";
import { LispSignal } from "../src/signal.js";

test("GNU-generated evaluator cases give GNU's results, in order", () => {
  assert.deepEqual(checkCaseFile("eval"), []);
});

test("lexical closures share mutable bindings", () => {
  assertLisp("(let* ((n 0) (inc (lambda () (setq n (1+ n))))) (funcall inc) (funcall inc) n)", "2");
});

test("a closure made from a list shares its environment cells", () => {
  assertLisp("(let* ((c (list 'closure (list (cons 'x 1) t) '() '(setq x (1+ x))))) (funcall c) (funcall c) (cdr (car (cadr c))))", "3");
});

test("eval with an alist environment reads and writes the alist", () => {
  assertLisp("(let ((env (list (cons 'x 1)))) (eval '(setq x (+ x 41)) env) env)", "((x . 42))");
});

test("dynamic bindings are undone by throw and by errors", () => {
  assertLisp("(progn (defvar dyn-a 1) (catch 'out (let ((dyn-a 2)) (throw 'out nil))) dyn-a)", "1");
  assertLisp("(progn (defvar dyn-b 1) (condition-case nil (let ((dyn-b 2)) (car 1)) (error nil)) dyn-b)", "1");
});

test("unwind-protect cleanup runs with the bindings of its own extent", () => {
  assertLisp("(progn (defvar dyn-c 'outer) (let ((seen nil)) (catch 'x (unwind-protect (let ((dyn-c 'inner)) (throw 'x 1)) (setq seen dyn-c))) seen))", "outer");
});

test("runaway recursion signals an error and the session goes on", () => {
  assertLisp("(condition-case e (progn (defun rr (n) (rr (1+ n))) (rr 0)) (error (car e)))", "error");
  assertLisp("(+ 1 2)", "3");
});

test("deep non-tail recursion within the depth limits works", () => {
  assertLisp("(progn (defun deep (n) (if (= n 0) 0 (1+ (deep (1- n))))) (deep 1000))", "1000");
});

test("a JS stack overflow never escapes as a JS exception", () => {
  setup();
  let caught: unknown;
  try { evalLisp("(let ((max-lisp-eval-depth 10000000) (max-specpdl-size 10000000)) (defun inf (n) (1+ (inf n))) (inf 0))"); }
  catch (e) { caught = e; }
  assert.ok(caught instanceof LispSignal, "expected a Lisp signal");
});

test("redefining a function is seen by already-compiled callers", () => {
  assertLisp("(progn (defun callee () 1) (defun caller () (callee)) (caller) (defun callee () 2) (caller))", "2");
  assertLisp("(progn (defun c2 () 1) (defun k2 () (c2)) (k2) (fset 'c2 (lambda () 3)) (k2))", "3");
});

test("inlined primitives honour redefinition", () => {
  assertLisp("(progn (defun use-car (x) (car x)) (use-car '(1 2)))", "1");
});

test("macros expand at call time of the enclosing function", () => {
  assertLisp("(progn (defmacro twice (x) (list '* 2 x)) (defun tw (y) (twice y)) (tw 21))", "42");
});

test("wrong number of arguments data matches GNU for lambdas and subrs", () => {
  assertLispError("((lambda (x) x))", "(wrong-number-of-arguments ((t) (x) x) 0)");
  assertLispError("(funcall '(lambda (x) x))", "(wrong-number-of-arguments (lambda (x) x) 0)");
});

test("setq with an odd number of arguments signals", () => {
  assertLispError("(setq a)", "(wrong-number-of-arguments setq 1)");
});

test("special forms are subrs that special-form-p recognises", () => {
  assertLisp("(list (special-form-p 'if) (special-form-p 'when) (special-form-p 'car))", "(t nil nil)");
});

test("backquote handles nesting and splicing", () => {
  assertLisp("(let ((x 1) (l '(2 3))) `(a ,x ,@l (b ,@l) . ,x))", "(a 1 2 3 (b 2 3) . 1)");
  assertLisp("`(1 `(2 ,(3 ,(+ 1 3))))", "(1 `(2 ,(3 4)))");
});

void (null as unknown as LispObject);

test("the preloaded library's macros expand (setq-default is defined after push, as in GNU's subr.el)", () => {
  assertLisp("(progn (defvar sd-test 1) (setq-default sd-test 2) sd-test)", "2");
});

test("eval-buffer and eval-region evaluate buffer text form by form, printing to PRINTFLAG", () => {
  assertLisp(`(with-temp-buffer (insert "(setq eb-x 5) (+ eb-x 1) ; done") (list (eval-buffer) eb-x (with-output-to-string (eval-region 1 (point-max) standard-output))))`,
    `(nil 5 "\n5\n\n6\n")`);
});
