// benchmark.el (GNU: lisp/emacs-lisp/benchmark.el): the timing macros and functions, autoloaded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evalLisp, printed } from "./helpers.js";

test("benchmark-run runs its forms the given number of times and reports (TIME GCS GC-TIME)", () => {
  assert.equal(printed(`(let ((n 0)) (benchmark-run 3 (setq n (1+ n))) n)`), "3");
  assert.equal(printed(`(let ((n 0)) (benchmark-run (setq n (1+ n))) n)`), "1");
  assert.equal(printed(`(let ((r (benchmark-run 2 (+ 1 2)))) (list (length r) (floatp (car r)) (natnump (nth 1 r)) (floatp (nth 2 r))))`), "(3 t t t)");
  // The compiled variant times a quoted lambda: only dynamic variables reach it (as in GNU).
  evalLisp("(defvar bench-lib-test-count 0)");
  assert.equal(printed(`(progn (benchmark-run-compiled 4 (setq bench-lib-test-count (1+ bench-lib-test-count))) (list bench-lib-test-count (consp (benchmark-run-compiled (1+ 0)))))`), "(4 t)");
});

test("benchmark, benchmark-progn, benchmark-elapse and adaptive benchmark-call", () => {
  // The empty loop's cost is subtracted, so a trivial form can even come out slightly negative.
  assert.match(printed(`(benchmark 2 '(+ 1 2))`), /^"Elapsed time: -?[0-9.]+s/);
  assert.equal(printed(`(benchmark-progn (+ 40 2))`), "42");
  assert.equal(printed(`(let ((e (benchmark-elapse (+ 1 2)))) (and (floatp e) (>= e 0)))`), "t");
  // A float asks for at least that many seconds, and the repetitions used come first.
  assert.equal(printed(`(let ((r (benchmark-call (lambda () (make-list 100 0)) 0.02))) (list (natnump (car r)) (>= (cadr r) 0.02)))`), "(t t)");
  // A heavier form takes longer.
  evalLisp(`(defun bench-lib-test-loop () (let ((n 200000)) (while (> n 1) (setq n (1- n)))))`);
  assert.equal(printed(`(> (car (benchmark-run (bench-lib-test-loop))) (car (benchmark-run (+ 1 0))))`), "t");
});
