// Major mode selection and file-local variables for visited files (GNU: files.el's set-auto-mode,
// hack-local-variables and normal-mode), form by form as GNU Emacs 28.2 answers in batch mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("visiting files picks the major mode and applies the safe local variables as GNU does", () => {
  assert.deepEqual(checkCaseFile("files-modes"), []);
});
