// Visited files (GNU: files.el): choosing major modes and file-local variables (set-auto-mode,
// hack-local-variables, normal-mode), wildcards, dominating files and cd, as GNU Emacs 28.2 answers in batch mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("visiting files picks the major mode and applies the safe local variables as GNU does", () => {
  assert.deepEqual(checkCaseFile("files-modes"), []);
});

test("wildcards, dominating files, cd and the small file commands, as GNU Emacs 28.2 answers", () => {
  assert.deepEqual(checkCaseFile("files-cmds"), []);
});
