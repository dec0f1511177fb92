// time-date.el (GNU: lisp/calendar/time-date.el): format-seconds, seconds-to-string, day counts and
// conversions, as GNU Emacs 28.2 answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("durations and day counts as GNU Emacs 28.2 gives them", () => {
  assert.deepEqual(checkCaseFile("timedate"), []);
});
