// Paragraph and sentence motion (GNU: lisp/textmodes/paragraphs.el), against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("forward/backward-paragraph and -sentence, marking, killing and transposing as GNU does", () => {
  assert.deepEqual(checkCaseFile("paragraphs"), []);
});
