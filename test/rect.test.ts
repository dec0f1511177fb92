// Rectangles (GNU: rect.el), tabify/untabify (tabify.el), delete-duplicate-lines (sort.el) and mark-word,
// form by form as GNU Emacs 28.2 answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("rectangles, tabify and duplicate lines as GNU Emacs 28.2 edits them", () => {
  assert.deepEqual(checkCaseFile("rect"), []);
});
