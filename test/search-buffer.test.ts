// Searching buffer text (GNU: search.c search_command, looking_at_1); expectations from GNU Emacs 28.2.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("re-search-*, search-*, posix-search-*, looking-at and looking-back give GNU's results", () => {
  assert.deepEqual(checkCaseFile("bsearch"), []);
});

test("replace-match in a buffer substitutes, recases and adjusts the match data as GNU does", () => {
  assert.deepEqual(checkCaseFile("breplace"), []);
});
