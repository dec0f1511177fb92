// Edebug (GNU: lisp/emacs-lisp/edebug.el): specifications, instrumentation and the non-stopping execution
// modes; the expectations in test/data/edebug-cases.expected come from GNU Emacs 28.2 (scripts/gen-cases.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("edebug specs, instrumentation and Go-nonstop runs give GNU's results", () => {
  assert.deepEqual(checkCaseFile("edebug"), []);
});
