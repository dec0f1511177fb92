// Columns and indentation (GNU: indent.c), against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertLisp, checkCaseFile } from "./helpers.js";

test("current-column, indent-to, current-indentation, move-to-column as GNU answers them", () => {
  assert.deepEqual(checkCaseFile("indent"), []);
});

test("columns of a long line are counted without a property lookup per character", () => {
  assertLisp(`(with-temp-buffer (insert (make-string 200000 ?a) (propertize "bb" 'invisible t) "c") (current-column))`, "200001");
});
