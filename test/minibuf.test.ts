// Completion primitives and assoc-string (GNU: minibuf.c), against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLisp, checkCaseFile } from "./helpers.js";

test("try-completion, all-completions, test-completion, assoc-string as GNU answers them", () => {
  assert.deepEqual(checkCaseFile("minibuf"), []);
});

test("predicates see the caller's case-fold-search, regexps see completion-ignore-case", () => {
  assertLisp(`(let ((case-fold-search nil) (completion-ignore-case t) (completion-regexp-list '("X")) seen)
    (all-completions "a" '("ax" "ay") (lambda (_) (push case-fold-search seen) t))
    seen)`, "(nil)");
  assertLisp(`(let ((completion-regexp-list '("x"))) (all-completions "a" '("aX" "ax")))`, `("ax")`);
});

test("a predicate interning symbols while an obarray is walked does not disturb the walk", () => {
  assertLisp(`(let ((ob (obarray-make)) (n 0))
    (intern "pa" ob) (intern "pb" ob)
    (all-completions "p" ob (lambda (s) (intern (format "q%d" (setq n (1+ n))) ob) t))
    n)`, "2");
});
