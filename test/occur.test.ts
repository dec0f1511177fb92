// occur (GNU: replace.el's occur-1 and occur-mode): the *Occur* listing with context lines and
// separators, its header and messages, case folding, navigation, as GNU Emacs 28.2 answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("occur lists matching lines, multi-line matches and context as GNU Emacs 28.2 does", () => {
  assert.deepEqual(checkCaseFile("occur"), []);
});
