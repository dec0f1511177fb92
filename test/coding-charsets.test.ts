// Charset-based coding systems (single-byte and CJK), NOCOPY identity conversions, region conversion,
// check-coding-systems-region and the buffer's file coding system, against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("coding conversions, charsets and buffer-file coding functions as GNU answers them", () => {
  assert.deepEqual(checkCaseFile("coding2"), []);
});

test("prefer-coding-system sets the priority, the defaults, and what undecided detects", () => {
  assert.deepEqual(checkCaseFile("prefer-coding"), []);
});
