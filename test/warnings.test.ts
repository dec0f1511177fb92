// warnings.el (GNU: lisp/emacs-lisp/warnings.el): display-warning, lwarn, warn, levels, types and
// suppression, as GNU Emacs 28.2 answers in batch mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile, evalLisp } from "./helpers.js";

test("warnings are logged and printed as GNU Emacs 28.2 does", () => {
  // The expectations come from GNU in batch mode, where every logged warning is also printed.
  evalLisp("(setq noninteractive t)");
  assert.deepEqual(checkCaseFile("warnings"), []);
});
