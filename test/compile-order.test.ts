// Argument evaluation order in compiled calls with inlined primitives: a later argument that assigns a
// variable must not change what an earlier argument read (GNU evaluates arguments left to right).
import { test } from "node:test";
import { assertLisp } from "./helpers.js";

test("inlined arithmetic reads its operands in order even when a later one assigns", () => {
  assertLisp(`(progn (defun tsmacs--order (a b)
    (list (% a (setq a b)) (+ a (setq a 100)) (< a (setq a 0)) (* a (setq a 3)) (aref (vector a) (setq a 0)) a))
    (tsmacs--order 12 18))`, "(12 118 nil 0 3 0)");
  assertLisp(`(list (cl-gcd 12 18) (cl-gcd -4 6) (cl-lcm 4 6))`, "(6 2 12)");
});
