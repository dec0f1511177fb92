// base64 over regions, buffer-hash and buffer-line-statistics (GNU: fns.c), against GNU Emacs 28.2's answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("base64-*-region, buffer-hash and buffer-line-statistics as GNU answers them", () => {
  assert.deepEqual(checkCaseFile("bufferfns"), []);
});
