// Syntax tables, motion, parsing and categories (GNU: syntax.c, category.c, lisp.el): expectations in
// test/data/syntax-cases.expected come from GNU Emacs 28.2 (scripts/gen-cases.sh syntax).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("syntax tables, scanning, parsing, words and categories give GNU's results", () => {
  assert.deepEqual(checkCaseFile("syntax"), []);
});
