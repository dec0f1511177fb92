// syntax.el (GNU: lisp/emacs-lisp/syntax.el): syntax-propertize, syntax-propertize-rules and the region
// extenders, with syntax-ppss calling them, as GNU Emacs 28.2 answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("syntax-table properties are set on demand as in GNU Emacs 28.2", () => {
  assert.deepEqual(checkCaseFile("syntaxprop"), []);
});
