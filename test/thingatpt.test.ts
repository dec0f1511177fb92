// thing-at-point and friends (GNU: lisp/thingatpt.el), against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("bounds-of-thing-at-point, thing-at-point and the *-at-point functions as GNU answers them", () => {
  assert.deepEqual(checkCaseFile("thingatpt"), []);
});
