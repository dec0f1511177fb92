// The forms backquote expands to (GNU: backquote.el's backquote-process), which code that inspects
// macro expansions sees: constant tails stay quoted, `cons' chains, `append' merging, vectors, nesting.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("backquote expands to the same forms as GNU's backquote.el", () => {
  assert.deepEqual(checkCaseFile("backquote"), []);
});
