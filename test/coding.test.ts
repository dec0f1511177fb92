// Coding systems (GNU: coding.c): expectations in test/data/coding-cases.expected come from GNU Emacs 28.2.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("encode/decode-coding-string and coding-system queries give GNU's results", () => {
  assert.deepEqual(checkCaseFile("coding"), []);
});
