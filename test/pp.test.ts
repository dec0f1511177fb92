// pp-to-string / pp / pp-buffer against GNU Emacs 28.2 output (GNU: lisp/emacs-lisp/pp.el).
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

// test/data/pp-cases.el: nested lists, vectors, strings with newlines, quoted and backquoted forms,
// lambdas, dotted pairs, records and hash tables, each compared with the string GNU's pp produces.
test("pp cases match GNU Emacs", () => {
  assert.deepEqual(checkCaseFile("pp"), []);
});
