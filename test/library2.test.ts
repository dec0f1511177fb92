// Lisp library, part 2 (GNU: nadvice.el, ring.el, thunk.el, let-alist.el, format-spec.el): expectations in test/data/library2-cases.expected come from GNU Emacs 28.2.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("nadvice, ring, thunk, let-alist and format-spec give GNU's results", () => {
  assert.deepEqual(checkCaseFile("library2"), []);
});
