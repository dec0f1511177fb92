// shell-command, shell-command-on-region, call-shell-region and display-message-or-buffer (GNU: simple.el),
// run synchronously over call-process, as GNU Emacs 28.2 answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("shell commands put output, errors and point where GNU Emacs 28.2 does", () => {
  assert.deepEqual(checkCaseFile("shellcmd"), []);
});
