// describe-function, describe-variable, with-help-window and the *Help* window in batch mode (GNU:
// help.el, help-fns.el), against GNU Emacs 28.2's answers (text only: GNU's faces and buttons are absent).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("describe-function and describe-variable write GNU's *Help* text and show it in a window", () => {
  assert.deepEqual(checkCaseFile("help"), []);
});

test("help-mode's cross-reference buttons are made where and as GNU Emacs 28.2 makes them", () => {
  assert.deepEqual(checkCaseFile("helpmode"), []);
});
