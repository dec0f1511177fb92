// font-lock's text-property helpers (GNU: lisp/font-lock.el), against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("font-lock-prepend/append/fillin-text-property and font-lock--remove-face-from-text-property as GNU", () => {
  assert.deepEqual(checkCaseFile("font-lock"), []);
});
