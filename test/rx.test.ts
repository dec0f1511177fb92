// rx, rx-to-string, rx-define, rx-let, rx-let-eval and the rx pcase pattern (GNU: lisp/emacs-lisp/rx.el): GNU's exact regexps.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, checkGroup } from "./helpers.js";

test("rx is autoloaded, and so is its pcase pattern", () => {
  checkGroup([
    [`(featurep 'rx)`, `nil`],
    [`(pcase "a1" ((rx alpha (let d digit)) d))`, `"1"`],
    [`(featurep 'rx)`, `t`],
  ]);
});

test("rx gives GNU's regexp strings, errors and expansions for the case corpus", () => {
  assert.deepEqual(checkCaseFile("rx"), []);
});

test("rx-define made in a function body is seen by rx forms later in the same body", () => {
  checkGroup([
    [`(defun rx-test--f () (rx-define rx-test--w (+ "w")) (rx bol rx-test--w))`, `rx-test--f`],
    [`(rx-test--f)`, `"^w+"`],
    [`(rx-let ((a "A")) (rx-let ((b (seq a "B"))) (list (rx b) (rx a))))`, `("AB" "A")`],
  ]);
});
