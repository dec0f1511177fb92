// button.el (GNU: lisp/button.el): button types, overlay and text buttons, moving between them and
// pushing them, as GNU Emacs 28.2 answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("buttons behave as in GNU Emacs 28.2", () => {
  assert.deepEqual(checkCaseFile("button"), []);
});
