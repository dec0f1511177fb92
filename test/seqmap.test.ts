// seq.el and map.el (GNU: lisp/emacs-lisp/seq.el, map.el): expectations in test/data/seqmap-cases.expected come from GNU Emacs 28.2.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("seq and map functions, places, pcase patterns and generic methods give GNU's results", () => {
  assert.deepEqual(checkCaseFile("seqmap"), []);
});
