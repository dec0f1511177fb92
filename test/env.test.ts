// Two Lisp worlds in one process are isolated (GNU: no counterpart; the embedding API relies on it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createEnv } from "../src/emacs.js";
import { enterEnv } from "../src/env.js";
import { evalForm } from "../src/eval.js";
import { readFromString } from "../src/lread.js";
import { prin1ToString } from "../src/print.js";
import { T } from "../src/lisp.js";

const ev = (src: string) => prin1ToString(evalForm(readFromString(src), T));

test("definitions, variables and properties in one world are invisible in another", () => {
  const a = createEnv();
  ev("(progn (defun only-in-a () 'a) (setq print-length 3) (put 'car 'marker 'a) (defvar var-a 1))");
  const b = createEnv();
  assert.equal(ev("(list (fboundp 'only-in-a) print-length (get 'car 'marker) (boundp 'var-a))"), "(nil nil nil nil)");
  ev("(progn (defun only-in-a () 'b) (setq print-length 7))");
  enterEnv(a);
  assert.equal(ev("(list (only-in-a) print-length (get 'car 'marker))"), "(a 3 a)");
  assert.equal(ev("var-a"), "1");
  enterEnv(b);
  assert.equal(ev("(list (only-in-a) print-length)"), "(b 7)");
  assert.equal(ev("(mapcar (lambda (x) (* x x)) '(1 2 3))"), "(1 4 9)");
});
