// Filling text (GNU: textmodes/fill.el and simple.el's auto-fill-mode): fill-paragraph, fill-region,
// fill-region-as-paragraph, adaptive fill prefixes, sentence ends and do-auto-fill, as GNU Emacs 28.2 fills.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkCaseFile } from "./helpers.js";

test("filling paragraphs and regions, and auto-fill, as GNU Emacs 28.2 does", () => {
  assert.deepEqual(checkCaseFile("fill"), []);
});
