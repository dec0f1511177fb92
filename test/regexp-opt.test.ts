// regexp-opt, regexp-opt-depth and regexp-opt-charset (GNU: lisp/emacs-lisp/regexp-opt.el): GNU's exact strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, checkGroup } from "./helpers.js";

test("regexp-opt gives GNU's regexps for the case corpus", () => {
  assert.deepEqual(checkCaseFile("regexp-opt"), []);
});

test("regexp-opt's result matches the longest string whatever the order", () => {
  checkGroup([
    [`(let ((s "abcd")) (and (string-match (regexp-opt '("ac" "abc" "a" "ab")) s) (match-string 0 s)))`, `"abc"`],
    [`(let ((s "forma")) (and (string-match (regexp-opt '("for" "form" "f")) s) (match-string 0 s)))`, `"form"`],
    [`(string-match-p (regexp-opt '("foo" "bar") 'words) "a foo b")`, `2`],
    [`(string-match-p (regexp-opt '("foo" "bar") 'words) "afoo b")`, `nil`],
    [`(regexp-opt-depth (regexp-opt '("x" "y" "zz") "\\\\(?2:"))`, `0`],
  ]);
});
