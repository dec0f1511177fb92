// Editing commands of lisp/simple.el, lisp/replace.el and lisp/facemenu.el against GNU Emacs 28.2 (GNU: lisp/simple.el, replace.el, facemenu.el).
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLisp, checkCaseFile } from "./helpers.js";

test("mark, region, kill ring, yank and the editing commands behave as GNU's", () => {
  assert.deepEqual(checkCaseFile("simple"), []);
});

test("whitespace, transposition, kill and indentation commands agree with GNU on random text", () => {
  assert.deepEqual(checkCaseFile("simple-edit"), []);
});

test("undo, undo-only, undo-redo and undo in region behave as GNU's", () => {
  assert.deepEqual(checkCaseFile("simple-undo"), []);
});

test("undo in region keeps and translates the same changes as GNU's, after random edits", () => {
  assert.deepEqual(checkCaseFile("simple-region"), []);
});

test("sequences of edits, undo, undo-only and undo-redo end as in GNU", () => {
  assert.deepEqual(checkCaseFile("simple-undoseq"), []);
});

test("flush-lines, keep-lines, how-many, replace-string/regexp and facemenu-add-face behave as GNU's", () => {
  assert.deepEqual(checkCaseFile("simple-replace"), []);
});

test("flush-lines, keep-lines, how-many and the replace commands agree with GNU on random text", () => {
  assert.deepEqual(checkCaseFile("simple-replrand"), []);
});

test("query replacement answered through read-event agrees with GNU on random text", () => {
  assert.deepEqual(checkCaseFile("simple-query"), []);
});

test("primitive-undo reports an unknown entry as GNU's Lisp version does", () => {
  assertLisp("(condition-case e (primitive-undo 1 '((0.0 bogus))) (error e))",
    "(error \"Unrecognized entry in undo list (0.0 bogus)\")");
  assertLisp("(condition-case e (primitive-undo nil nil) (error e))", "(wrong-type-argument number-or-marker-p nil)");
});

test("what-cursor-position describes the character after point as GNU Emacs 28.2 does", () => {
  assert.deepEqual(checkCaseFile("whatcursor"), []);
});

test("newline, open-line and the left margin as GNU Emacs 28.2 has them", () => {
  assert.deepEqual(checkCaseFile("margins"), []);
});
