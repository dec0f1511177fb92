// The primitive registry: arity parsing, argument checking, and one definition per name (GNU: DEFUN/DEFVAR).
import { test } from "node:test";
import assert from "node:assert/strict";
import "../src/all.js";
import { arityOf, subrRegistry, varRegistry } from "../src/defun.js";
import { MANY } from "../src/lisp.js";
import { assertLisp, assertLispError } from "./helpers.js";

test("arity is parsed from GNU-style arglists", () => {
  assert.deepEqual(arityOf("(a b &optional c)"), [2, 3]);
  assert.deepEqual(arityOf("(&rest args)"), [0, MANY]);
  assert.deepEqual(arityOf("()"), [0, 0]);
  assert.deepEqual(arityOf("(a &optional b &rest c)"), [1, MANY]);
});

test("every primitive and built-in variable is declared exactly once", () => {
  const dup = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);
  assert.deepEqual(dup(subrRegistry.map((s) => s.name)), []);
  assert.deepEqual(dup(varRegistry.map((v) => v.sym.name)), []);
});

test("calling a primitive with the wrong number of arguments signals GNU's error", () => {
  assertLispError("(car 1 2)", "(wrong-number-of-arguments car 2)");
  assertLispError("(funcall #'cons 1)", "(wrong-number-of-arguments #<subr cons> 1)");
});

test("missing optional arguments arrive as nil", () => {
  assertLisp("(substring \"hello\" 1)", "\"ello\"");
});

test("documentation of a primitive carries its usage line", () => {
  assertLisp("(let ((d (documentation 'cons))) (substring d (- (length d) 12)))", "\"(fn CAR CDR)\"");
});
